import { JSON_SCHEMA_DRAFT, toJsonSchema, type JsonSchema } from '../sim/index.js';
import { FORMAT_COLUMNS, FORMAT_NEEDS, MAPPING_FORMATS, mappingSchema } from './mapping.js';

/**
 * The JSON Schema (draft-07) of history mappings (`tiersim fit --map`), for editors, generated
 * from the zod schema the reader checks a mapping with (mapping.ts), so the two never disagree,
 * plus what each format requires of `columns` (the column it needs, the columns it reads), from
 * the same constants the reader's check uses. It accepts every mapping the reader accepts and
 * may accept a few more (a column name of spaces, `resolved` beside `status`, a time format
 * date-fns refuses are the reader's to refuse).
 */
export function mappingJsonSchema(): JsonSchema {
  const { $schema: _, ...mapping } = toJsonSchema(mappingSchema);
  return {
    $schema: JSON_SCHEMA_DRAFT,
    title: 'tiersim history mapping',
    description:
      'How a ticket export reads as a tiersim history (tiersim fit --map): which column holds what, ' +
      "and the history's values in tiersim's names.",
    ...mapping,
    allOf: MAPPING_FORMATS.map((format) => ({
      if: { properties: { format: { const: format } }, required: ['format'] },
      then: {
        properties: {
          columns: {
            required: ['case', FORMAT_NEEDS[format]],
            propertyNames: { enum: FORMAT_COLUMNS[format] },
          },
        },
      },
    })),
  };
}
