import { mappingJsonSchema } from '../fit/mapping-json-schema.js';
import { scenarioJsonSchema, type JsonSchema } from '../sim/index.js';
import { sweepJsonSchema } from './sweep/sweep-json-schema.js';

/** A JSON Schema shipped in `scenarios/` for editors. */
export interface EditorSchema {
  /** Its file name in `scenarios/`. */
  readonly file: string;
  /** What it describes, in words: `scenario files`. */
  readonly describes: string;
  /** The schema as this version of tiersim generates it. */
  readonly generate: () => JsonSchema;
}

/**
 * The JSON Schemas of `scenarios/`, generated from the parsers' zod schemas by
 * `scripts/gen-schema.mjs` during `npm run build` and committed; scenario files name them in
 * `$schema` (`./scenario.schema.json`, `../sweep.schema.json` from `sweeps/`), and so do history
 * mappings (`../../scenarios/mapping.schema.json` from `data/mappings/`).
 */
export const EDITOR_SCHEMAS: readonly EditorSchema[] = [
  { file: 'scenario.schema.json', describes: 'scenario files', generate: scenarioJsonSchema },
  { file: 'sweep.schema.json', describes: 'sweep files', generate: sweepJsonSchema },
  {
    file: 'mapping.schema.json',
    describes: 'history mappings',
    generate: mappingJsonSchema,
  },
];

/** A schema as its file holds it: two-space JSON and a final newline. */
export function schemaText(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** True for parsed JSON that is a JSON Schema document (it names a json-schema.org draft). */
export function isJsonSchemaDocument(raw: unknown): boolean {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
  const draft = (raw as Record<string, unknown>).$schema;
  return typeof draft === 'string' && /^https?:\/\/json-schema\.org\//.test(draft);
}
