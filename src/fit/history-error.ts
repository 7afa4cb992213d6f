import { printable } from '../sim/index.js';

/**
 * A ticket history or mapping that cannot be read at all: a file that is not CSV, has no header,
 * lacks a column the mapping names, or has no usable row; a mapping that is not valid. One line,
 * `file: where: what` (`mapping.json: tiers."7": "tier9" is not a tier (...)`,
 * `history.csv: columns.time: column "updated" is not in the header`), for the CLI to print as
 * it is and exit 2. Problems of single rows or cases are never thrown: they are
 * `DataProblem`s of the history read.
 */
export class HistoryError extends Error {
  override readonly name = 'HistoryError';

  /**
   * @param file the file at fault, as the user named it (`mapping.json`, `history.csv.gz`)
   * @param detail where and what: `columns.case: required`
   */
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    // The names are the user's: control characters are escaped, and the message stays one line.
    super(printable(`${file}: ${detail}`));
  }
}
