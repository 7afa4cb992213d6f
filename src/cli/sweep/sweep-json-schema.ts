import { z } from 'zod';
import { JSON_SCHEMA_DRAFT, LIMITS, toJsonSchema, type JsonSchema } from '../../sim/index.js';

/**
 * The JSON Schema of sweep files (see sweep-file.ts), for editors. The parser in sweep-file.ts
 * checks more (each path's form, ranges, values given once); this accepts at least every file
 * the parser accepts.
 */
export function sweepJsonSchema(): JsonSchema {
  const nonEmpty = z.string().regex(/\S/);
  const values = z.union([z.number(), z.array(z.number()).min(1), nonEmpty]);
  const schema = z.strictObject({
    $schema: z
      .string()
      .optional()
      .describe('The JSON Schema of sweep files (../sweep.schema.json); ignored.'),
    name: nonEmpty,
    description: z.string().optional(),
    scenario: nonEmpty.describe(
      "The scenario file to sweep over, relative to this file (e.g. '../baseline.json').",
    ),
    set: z.record(z.string().regex(/^[^.]+(\.[^.]+)*$/), values).meta({
      minProperties: 1,
      description:
        'Dotted paths into the scenario, each with its values: a list [20, 25, 30], a string "20,25,30", a range "1..4" or "10..30:5", or one number.',
    }),
    replications: z
      .int()
      .min(1)
      .max(LIMITS.replications)
      .optional()
      .describe("Replications per variant (default: the scenario's)."),
  });
  const { $schema: _, ...rest } = toJsonSchema(schema);
  return {
    $schema: JSON_SCHEMA_DRAFT,
    title: 'tiersim sweep',
    description: 'A sweep: a scenario and the fields to vary over it (every combination of the values).',
    ...rest,
  };
}
