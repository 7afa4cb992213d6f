import type { z } from 'zod';

/**
 * How a field checked by code looks in JSON Schema, for editors. zod cannot translate a
 * `z.custom` check or a transform that picks a schema by looking at the value (select.ts); such
 * fields say here what they accept, either as a JSON Schema fragment or as a plain zod schema
 * that accepts the same values. json-schema.ts reads this when it generates the schema. Every
 * form accepts at least what the parser accepts (an editor must never flag a file that runs).
 */
export type JsonForm = JsonFragment | z.core.$ZodType;

/** A piece of JSON Schema (draft-07): `{ "type": "integer", "minimum": 0 }`. */
export type JsonFragment = { readonly [keyword: string]: unknown };

/** A recorded form; a `name` puts it once in the schema's definitions, referred to wherever it is used. */
export interface NamedForm {
  readonly form: JsonForm;
  readonly name?: string;
}

const forms = new WeakMap<z.core.$ZodType, NamedForm>();

/**
 * Records the JSON Schema form of `schema` and returns `schema`. Give a `name` to a form used
 * in many fields (a distribution), so the schema holds it once.
 */
export function withJsonForm<T extends z.core.$ZodType>(schema: T, form: JsonForm, name?: string): T {
  forms.set(schema, name === undefined ? { form } : { form, name });
  return schema;
}

/** The recorded form of `schema`, if any. */
export function jsonFormOf(schema: z.core.$ZodType): NamedForm | undefined {
  return forms.get(schema);
}

/** A JSON number, with optional bounds (`exclusive` bounds leave the value itself out). */
export function numberForm(options: {
  integer?: boolean;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
}): JsonFragment {
  const { integer, ...bounds } = options;
  return { type: integer ? 'integer' : 'number', ...bounds };
}

/** A string that is not empty or only spaces. */
export const NON_EMPTY_STRING: JsonFragment = { type: 'string', pattern: '\\S' };
