/**
 * Messages about a CSV file quote no more of it than the field at fault: a file that is not
 * the CSV it should be (a key, a password file named by mistake or on purpose) must not have
 * its first line printed as a "header".
 */

/** Longest field value a message quotes. */
const QUOTED_MAX = 80;

/** A header cell that reads as a column name: a letter, then letters, digits, `_ - . ( ) /` or spaces. */
const COLUMN_NAME = /^\p{L}[\p{L}\p{N}_\-.()/ ]{0,39}$/u;

/** Columns listed in one message before the rest are counted. */
const LISTED_MAX = 10;

/**
 * The columns of a header row as a message lists them (`hourOfWeek, weight`, at most
 * {@link LISTED_MAX}), or null when the first row does not read as column names: it is then
 * not quoted at all.
 */
export function columnNames(columns: readonly string[]): string | null {
  if (columns.length === 0 || !columns.every((c) => COLUMN_NAME.test(c))) return null;
  const shown = columns.slice(0, LISTED_MAX);
  const more = columns.length - shown.length;
  return `${shown.join(', ')}${more > 0 ? ` ... and ${more} more` : ''}`;
}

/**
 * The CSV parser's message with the value it quotes (`value is "..."`, the field being read)
 * cut to {@link QUOTED_MAX} characters.
 */
export function csvParseProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/(value is )("(?:[^"\\]|\\.)*")/, (_, lead: string, quoted: string) =>
    quoted.length > QUOTED_MAX ? `${lead}${quoted.slice(0, QUOTED_MAX - 4)}..."` : `${lead}${quoted}`,
  );
}
