import type { CsvRow, CsvTable } from './csv.js';
import type { CsvSource } from './csv-source.js';
import { columnNames } from './csv-problems.js';
import { expected, unknownName } from './messages.js';

/** Row errors reported per file; past this a file is clearly wrong throughout. */
const MAX_ROW_PROBLEMS = 10;

/** A number as CSV files and spreadsheets write it: `12`, `-3.5`, `.5`, `1e-05`, `2.5E3`. */
// Unambiguous (digits, then an optional fraction), so a 2 MB cell of digits is matched in linear time.
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The number a CSV cell writes in decimal notation (an exponent allowed), or undefined for
 * anything else: text, an empty cell, `0x10`, `Infinity`, or a number too large for a double.
 */
export function parseDecimal(cell: string): number | undefined {
  if (!DECIMAL.test(cell)) return undefined;
  const value = Number(cell);
  return Number.isFinite(value) ? value : undefined;
}

/** Receives one error message about the field that names a CSV file. */
export type Report = (message: string) => void;

/**
 * Reads the cells of one CSV input and reports what is wrong with them in the format's words:
 * `../data/p.csv row 12: weight: expected a number >= 0, got "abc"`.
 */
export class CsvReader {
  private problems = 0;

  private constructor(
    readonly path: string,
    readonly table: CsvTable,
    private readonly report: Report,
  ) {}

  /** The reader for `path`, or undefined (and the reason reported) when it cannot be read. */
  static open(source: CsvSource, path: string, report: Report): CsvReader | undefined {
    const table = source.read(path);
    if (typeof table === 'string') {
      report(table);
      return undefined;
    }
    return new CsvReader(path, table, report);
  }

  /** Index of a column; a missing required column is reported and gives undefined. */
  column(name: string, required: boolean): number | undefined {
    const index = this.table.columns.indexOf(name);
    if (index >= 0) return index;
    if (!required) return undefined;
    // The header is quoted only when it reads as names: the first line of a file that is not
    // this CSV at all (a key, a password file) is not printed.
    const names = columnNames(this.table.columns);
    this.fail(
      `missing column "${name}" (${names === null ? 'the first row is not a row of column names' : `columns are ${names}`})`,
    );
    return undefined;
  }

  /** Reports a problem with the whole file. */
  fail(message: string): void {
    this.report(`${this.path}: ${message}`);
  }

  /** Reports a problem with one cell; false so callers can `return reader.rowProblem(...)`. */
  rowProblem(row: CsvRow, column: string, message: string): false {
    this.problems += 1;
    if (this.problems <= MAX_ROW_PROBLEMS) this.report(`${this.path} row ${row.row}: ${column}: ${message}`);
    return false;
  }

  /** Reports how many row problems were left out, if any; true when the file had none. */
  finish(): boolean {
    if (this.problems > MAX_ROW_PROBLEMS) {
      this.fail(`${this.problems - MAX_ROW_PROBLEMS} more rows with errors not shown`);
    }
    return this.problems === 0;
  }

  /** A cell read as a number (see {@link parseDecimal}) >= `min` and <= `max`, or undefined (reported). */
  number(row: CsvRow, index: number, min: number, max = Number.MAX_VALUE): number | undefined {
    const cell = row.cells[index];
    const value = parseDecimal(cell);
    if (value !== undefined && value >= min && value <= max) return value;
    const what = max === Number.MAX_VALUE ? `a number >= ${min}` : `a number from ${min} to ${max}`;
    this.rowProblem(row, this.table.columns[index], expected(what, cell));
    return undefined;
  }

  /** A cell read as 0/1/true/false/yes/no (any case); empty means `fallback`. */
  flag(row: CsvRow, index: number | undefined, fallback: boolean): boolean | undefined {
    if (index === undefined) return fallback;
    const cell = row.cells[index].toLowerCase();
    if (cell === '') return fallback;
    if (cell === '1' || cell === 'true' || cell === 'yes') return true;
    if (cell === '0' || cell === 'false' || cell === 'no') return false;
    this.rowProblem(row, this.table.columns[index], expected('0/1, true/false or yes/no', row.cells[index]));
    return undefined;
  }

  /** A cell that must be one of `names`, or undefined (reported). */
  name<T extends string>(
    row: CsvRow,
    index: number,
    names: readonly T[],
    what: string,
    plural: string,
  ): T | undefined {
    const cell = row.cells[index];
    const found = names.find((name) => name === cell);
    if (found !== undefined) return found;
    this.rowProblem(row, this.table.columns[index], unknownName(what, cell, plural, names));
    return undefined;
  }
}
