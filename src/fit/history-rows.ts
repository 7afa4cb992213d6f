import type { Options } from 'csv-parse';
import { clip } from '../sim/scenario/messages.js';
import { columnNames } from '../sim/scenario/csv-problems.js';
import { HistoryError } from './history-error.js';
import { COLUMN_KINDS, type Mapping, type MappingColumns } from './mapping.js';
import { rowExample, type ProblemLog } from './problem-log.js';

/** What a mapped column holds (`case`, `time`, `status`, ...). */
export type ColumnKind = keyof MappingColumns;

/**
 * One data row of a history: the value of each mapped column, trimmed, null when empty or one
 * of the mapping's `missing` values (a column the mapping does not name is always null).
 */
export type HistoryRow = { readonly [K in ColumnKind]: string | null } & {
  /** The row's place in the file, 1-based with the header as row 1 (the line it ends on). */
  readonly line: number;
};

/**
 * csv-parse's options for a history read through `mapping`: fields trimmed, a byte-order mark
 * and empty lines skipped, rows of any width (a ragged row is a data problem, not an error).
 */
export function historyCsvOptions(mapping: Mapping): Options {
  return {
    bom: true,
    delimiter: mapping.delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
  };
}

/**
 * The rows of a history's CSV, one record at a time as csv-parse gives them, keeping only the
 * columns the mapping names. The first record is the header: {@link HistoryError} naming `file`
 * when it is empty or lacks a column the mapping names (with the mapping key and
 * `mappingFile`). A row with more or fewer fields than the header is a data problem
 * (`ragged-row`): its fields are read by position, the missing ones as empty.
 */
export class HistoryRowReader {
  private positions: Partial<Record<ColumnKind, number>> | null = null;
  private width = 0;
  private readonly missing: ReadonlySet<string>;
  /** Data rows read so far (the header excluded). */
  rows = 0;

  constructor(
    private readonly mapping: Mapping,
    private readonly problems: ProblemLog,
    private readonly file: string,
    private readonly mappingFile: string,
  ) {
    this.missing = new Set(['', ...mapping.missing.map((value) => value.trim())]);
  }

  /**
   * The row of `record`, whose last line is `line` of the file (1-based), or null for the
   * header (the first record).
   */
  read(record: readonly string[], line: number): HistoryRow | null {
    if (this.positions === null) {
      if (record.every((name) => name === ''))
        throw new HistoryError(this.file, 'no header: the file is empty');
      this.positions = columnPositions(record, this.mapping, this.file, this.mappingFile);
      this.width = record.length;
      return null;
    }
    if (record.length !== this.width)
      this.problems.add(
        'ragged-row',
        rowExample(line),
        `fields read by position (the header has ${this.width}); missing ones taken as empty`,
      );
    const row: Record<string, string | number | null> = { line };
    for (const kind of COLUMN_KINDS) {
      const at = this.positions[kind];
      const value = at === undefined ? undefined : record[at];
      row[kind] = value === undefined || this.missing.has(value) ? null : value;
    }
    this.rows++;
    return row as HistoryRow;
  }

  /** Throws the header's {@link HistoryError} when the file had no record at all. */
  finish(): void {
    if (this.positions === null) throw new HistoryError(this.file, 'no header: the file is empty');
  }
}

/** The header position of each column the mapping names; throws for one the header lacks. */
function columnPositions(
  header: readonly string[],
  mapping: Mapping,
  file: string,
  mappingFile: string,
): Partial<Record<ColumnKind, number>> {
  const positions: Partial<Record<ColumnKind, number>> = {};
  for (const kind of COLUMN_KINDS) {
    const name = mapping.columns[kind];
    if (name === undefined) continue;
    // The first of two columns of the same name, as a spreadsheet's lookup would.
    const at = header.indexOf(name.trim());
    if (at < 0) {
      const listed = columnNames(header);
      const has = listed === null ? 'its first row does not read as column names' : `it has ${listed}`;
      throw new HistoryError(
        file,
        `no column ${JSON.stringify(clip(name))} (columns.${kind} in ${mappingFile}) in the header: ${has}`,
      );
    }
    positions[kind] = at;
  }
  return positions;
}
