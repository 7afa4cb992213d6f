// The browser build bundles its own Buffer: plain `csv-parse/sync` reads Node's global Buffer
// when loaded and fails in a browser bundle or a worker.
import { parse } from 'csv-parse/browser/esm/sync';
import { columnNames, csvParseProblem } from './csv-problems.js';

/** A CSV table: trimmed header names and the data rows, each with its row number in the file. */
export interface CsvTable {
  readonly columns: readonly string[];
  readonly rows: readonly CsvRow[];
}

/** One data row. `row` is the file's line number as a spreadsheet shows it (the header is row 1). */
export interface CsvRow {
  readonly row: number;
  readonly cells: readonly string[];
}

/** A CSV the reader could not make into a table; `row` is set when one row is at fault. */
export class CsvFormatError extends Error {
  constructor(
    message: string,
    readonly row?: number,
  ) {
    super(message);
  }
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

/**
 * Parses CSV text with a header row. Blank lines and lines starting with `#` are skipped,
 * cells are trimmed, and every row must have as many fields as the header.
 */
export function parseCsv(text: string): CsvTable {
  let records: ParsedRecord[];
  try {
    records = parse(text, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      comment: '#',
      comment_no_infix: true,
      relax_column_count: true,
      info: true,
    }) as unknown as ParsedRecord[];
  } catch (error) {
    throw new CsvFormatError(`malformed CSV: ${csvParseProblem(error)}`);
  }
  if (records.length === 0) throw new CsvFormatError('empty file: expected a header row');
  const [header, ...data] = records;
  const columns = header.record;
  const rows = data.map(({ record, info }) => {
    if (record.length !== columns.length) {
      // The header is quoted only when it reads as names (see csv-problems.ts).
      const names = columnNames(columns);
      throw new CsvFormatError(
        `expected ${columns.length} fields${names === null ? '' : ` (${names})`}, got ${record.length}`,
        info.lines,
      );
    }
    return { row: info.lines, cells: record };
  });
  return { columns, rows };
}
