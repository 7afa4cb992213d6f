import { parse, type InfoRecord, type Options } from 'csv-parse/sync';
import { clip } from '../sim/scenario/messages.js';
import { columnNames, csvParseProblem } from '../sim/scenario/csv-problems.js';
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

/** What {@link readRows} gives: the data rows and how many there were. */
export interface RowsRead {
  readonly rows: HistoryRow[];
  /** The header's column names, trimmed. */
  readonly header: readonly string[];
}

/**
 * The rows of a history's CSV text (the whole file, decoded; reading `.gz` is the caller's
 * job), keeping only the columns `mapping` names. Throws {@link HistoryError} naming `file` when
 * the text is not CSV, has no header, or lacks a column the mapping names (with the mapping key
 * and `mappingFile`). A row with more or fewer fields than the header is a data problem
 * (`ragged-row`): its fields are read by position, the missing ones as empty. Empty lines are
 * skipped.
 */
export function readRows(
  text: string,
  mapping: Mapping,
  problems: ProblemLog,
  file: string,
  mappingFile: string,
): RowsRead {
  const options = {
    bom: true,
    delimiter: mapping.delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
  };
  const header = csvRecords(text, { ...options, to: 1 }, file)[0];
  if (header === undefined || header.every((name) => name === ''))
    throw new HistoryError(file, 'no header: the file is empty');
  const positions = columnPositions(header, mapping, file, mappingFile);
  const missing = new Set(['', ...mapping.missing.map((value) => value.trim())]);
  const width = header.length;
  const rows: HistoryRow[] = [];
  csvRecords(
    text,
    {
      ...options,
      from: 2,
      on_record: (record: string[], context: InfoRecord) => {
        if (record.length !== width)
          problems.add(
            'ragged-row',
            rowExample(context.lines),
            `fields read by position (the header has ${width}); missing ones taken as empty`,
          );
        const row: Record<string, string | number | null> = { line: context.lines };
        for (const kind of COLUMN_KINDS) {
          const at = positions[kind];
          const value = at === undefined ? undefined : record[at];
          row[kind] = value === undefined || missing.has(value) ? null : value;
        }
        rows.push(row as HistoryRow);
        // Nothing is kept by the parser itself: the rows are collected above.
        return null;
      },
    },
    file,
  );
  return { rows, header };
}

/** csv-parse's records of `text`, or a {@link HistoryError} for text that is not CSV. */
function csvRecords(text: string, options: Options, file: string): string[][] {
  try {
    return parse(text, options) as string[][];
  } catch (error) {
    throw new HistoryError(file, `not a CSV file: ${csvParseProblem(error)}`);
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
