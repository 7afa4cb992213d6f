import { z } from 'zod';
import { schemaContext } from './context.js';
import { CsvSource } from './csv-source.js';
import { anyText, text } from './fields.js';
import { jsonFormOf, type JsonFragment } from './json-form.js';
import { isPlainObject } from './messages.js';
import { scenarioSchema } from './scenario-schema.js';

/**
 * The JSON Schema of scenario files, for editors (completion, hover, red squiggles), generated
 * from the zod schema the parser uses, so the two never disagree. It accepts every file the
 * parser accepts and may accept a few more (sums of shares, names of schedules and specialties,
 * CSV contents are the parser's to check).
 */

/** The JSON Schema draft written: draft-07, which editors support everywhere. */
export const JSON_SCHEMA_DRAFT = 'http://json-schema.org/draft-07/schema#';

/** A JSON Schema document or fragment. */
export type JsonSchema = Record<string, unknown>;

/**
 * The scenario schema without a file's context: any specialty and schedule names, no CSV read
 * (the schema's shape does not depend on them), plus the two fields the parser takes before
 * the schema sees the file: `$schema` (ignored) and `extends` (the resolver's).
 */
export function contextFreeScenarioSchema() {
  const context = schemaContext(null, new Map(), new CsvSource(undefined));
  return scenarioSchema(context).extend({
    $schema: anyText().optional().meta({
      description: 'The JSON Schema of this format, for editors (./scenario.schema.json); ignored.',
    }),
    extends: text().optional().meta({
      description:
        'The scenario file this one varies, relative to this file: objects merge key by key, lists and values replace, null removes a field.',
    }),
  });
}

/**
 * The JSON Schema of a scenario file: a full scenario, or, when the file has `extends`, an
 * overlay (every field optional, and null allowed anywhere to remove a field of the base).
 */
export function scenarioJsonSchema(): JsonSchema {
  const definitions = new Map<string, JsonSchema>();
  const { $schema: _, ...scenario } = toJsonSchema(contextFreeScenarioSchema(), definitions);
  const named = [...definitions].sort(([a], [b]) => a.localeCompare(b));
  return {
    $schema: JSON_SCHEMA_DRAFT,
    title: 'tiersim scenario',
    description:
      'A scenario of the tiersim support-organisation simulator (see MODEL.md and README.md). ' +
      'With "extends", only what differs from the scenario it names: objects merge key by key, ' +
      'lists and values replace, null removes a field.',
    if: { required: ['extends'] },
    then: { $ref: '#/definitions/overlay' },
    else: { $ref: '#/definitions/scenario' },
    definitions: Object.fromEntries([
      ['scenario', scenario],
      ['overlay', overlayForm(scenario)],
      ...named,
      ...named.map(([name, schema]) => [`${name}${OVERLAY}`, overlayForm(schema)]),
    ]),
  };
}

/** Suffix of the overlay form of a named definition. */
const OVERLAY = '-overlay';

/**
 * The JSON Schema (draft-07) of what `schema` accepts as input. Fields checked by code say
 * how they look through json-form.ts; one that does not is a mistake and throws here, so the
 * schema never silently accepts anything at a field. Named forms go to `definitions` (the
 * caller puts them at the root, under `#/definitions/`) and are referred to where used.
 */
export function toJsonSchema(
  schema: z.core.$ZodType,
  definitions: Map<string, JsonSchema> = new Map(),
): JsonSchema {
  return z.toJSONSchema(schema, {
    target: 'draft-07',
    io: 'input',
    unrepresentable: ({ zodSchema }) => (jsonFormOf(zodSchema) === undefined ? 'throw' : 'any'),
    override: ({ zodSchema, jsonSchema }) => {
      const found = jsonFormOf(zodSchema);
      if (found === undefined) return;
      const { form, name } = found;
      let json: JsonFragment =
        '_zod' in form ? withoutDraft(toJsonSchema(form as z.core.$ZodType, definitions)) : form;
      if (name !== undefined) {
        if (!definitions.has(name)) definitions.set(name, json);
        // allOf, not a bare $ref: draft-07 ignores every keyword beside a $ref, `default` too.
        json = { allOf: [{ $ref: `#/definitions/${name}` }] };
      }
      Object.assign(jsonSchema, structuredClone(json));
    },
  }) as JsonSchema;
}

function withoutDraft(schema: JsonSchema): JsonSchema {
  const { $schema: _, ...rest } = schema;
  return rest;
}

/**
 * The overlay form of a full schema: no field required, null allowed for every field (it
 * removes the base's), and any other field allowed as null (removing a key the base may have,
 * e.g. a distribution's `sd` when the overlay switches it to a constant). Lists are replaced
 * whole, so their items keep the full form.
 */
function overlayForm(node: JsonSchema): JsonSchema {
  const out: JsonSchema = { ...node };
  delete out.required;
  if (isPlainObject(out.properties)) {
    out.properties = Object.fromEntries(
      Object.entries(out.properties).map(([key, value]) => [key, orNull(overlayForm(value as JsonSchema))]),
    );
  }
  if (out.additionalProperties === false) out.additionalProperties = { type: 'null' };
  else if (isPlainObject(out.additionalProperties)) {
    out.additionalProperties = orNull(overlayForm(out.additionalProperties));
  }
  for (const key of ['anyOf', 'oneOf', 'allOf']) {
    if (Array.isArray(out[key])) out[key] = (out[key] as JsonSchema[]).map(overlayForm);
  }
  if (typeof out.$ref === 'string') out.$ref = `${out.$ref}${OVERLAY}`;
  return out;
}

function orNull(schema: JsonSchema): JsonSchema {
  const allowsNull =
    schema.type === 'null' ||
    (Array.isArray(schema.anyOf) && (schema.anyOf as JsonSchema[]).some((s) => s.type === 'null'));
  return allowsNull ? schema : { anyOf: [schema, { type: 'null' }] };
}
