import { CsvFormatError, parseCsv, type CsvTable } from './csv.js';

/** Reads the text of a file named in a scenario, by the path as written; throws if it cannot. */
export type ReadText = (pathAsWritten: string) => string;

/** The CSV files of one scenario, each read and parsed once however often it is named. */
export class CsvSource {
  private readonly tables = new Map<string, CsvTable | string>();

  constructor(private readonly readText: ReadText | undefined) {}

  /** The table in `path`, or the message saying why there is none. */
  read(path: string): CsvTable | string {
    let table = this.tables.get(path);
    if (table === undefined) {
      table = this.load(path);
      this.tables.set(path, table);
    }
    return table;
  }

  private load(path: string): CsvTable | string {
    if (this.readText === undefined) return `cannot read ${path}: no file reader was given to the parser`;
    let text: string;
    try {
      text = this.readText(path);
    } catch (error) {
      return `cannot read ${path} (${readFailure(error)})`;
    }
    try {
      return parseCsv(text);
    } catch (error) {
      if (!(error instanceof CsvFormatError)) throw error;
      return error.row === undefined
        ? `${path}: ${error.message}`
        : `${path} row ${error.row}: ${error.message}`;
    }
  }
}

/** Why a file could not be read, in words (Node's error codes, or the error's message). */
export function readFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
