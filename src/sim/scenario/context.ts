import type { CsvSource } from './csv-source.js';
import { distribution } from './distribution-schema.js';
import type { NamedSchedules } from './schedule-schema.js';

/**
 * What the schema of one file depends on: the file's own specialties and named schedules
 * (read first, so every field naming them can be checked in the same pass), and its CSV files.
 */
export interface SchemaContext {
  /** The file's specialties; null when the list itself is invalid (reported there; specialty keys go unchecked). */
  readonly specialties: readonly string[] | null;
  readonly schedules: NamedSchedules;
  readonly csv: CsvSource;
  /** The distribution schema, reading empirical CSVs through `csv`. */
  readonly distribution: ReturnType<typeof distribution>;
}

export function schemaContext(
  specialties: readonly string[] | null,
  schedules: NamedSchedules,
  csv: CsvSource,
): SchemaContext {
  return { specialties, schedules, csv, distribution: distribution(csv) };
}
