import { readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileProblem, isFileError, UserError } from './user-error.js';

/** Largest ticket history file read, compressed or not. */
export const MAX_HISTORY_BYTES = 256 * 1024 * 1024;
/** Largest text a `.gz` history may unpack to (the reader holds the whole text). */
export const MAX_HISTORY_TEXT_BYTES = 1024 * 1024 * 1024;

/**
 * The text of a ticket history named on the command line: a regular file (a device, FIFO or
 * socket is refused before it is opened) of at most {@link MAX_HISTORY_BYTES}, gunzipped when it
 * is gzip (by its first two bytes, whatever its name), decoded as UTF-8 without a byte-order
 * mark. A UserError of one line when it cannot be read.
 */
export function readHistoryText(file: string): string {
  let bytes: Buffer;
  try {
    const stat = statSync(file);
    if (stat.isDirectory())
      throw new UserError(`${file}: cannot read the history: it is a folder, not a file`);
    if (!stat.isFile())
      throw new UserError(`${file}: cannot read the history: not a regular file (a device, pipe or socket)`);
    if (stat.size > MAX_HISTORY_BYTES)
      throw new UserError(
        `${file}: cannot read the history: larger than ${MAX_HISTORY_BYTES / 1024 / 1024} MB`,
      );
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof UserError) throw error;
    if (isFileError(error)) throw new UserError(`${file}: cannot read the history: ${fileProblem(error)}`);
    throw error;
  }
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_HISTORY_TEXT_BYTES });
    } catch (error) {
      const why =
        error instanceof RangeError
          ? `unpacks to more than ${MAX_HISTORY_TEXT_BYTES / 1024 / 1024} MB`
          : 'not a valid gzip file';
      throw new UserError(`${file}: cannot read the history: ${why}`);
    }
  }
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The text of a small file named on the command line (a mapping), or a UserError naming it. */
export function readTextFile(file: string, what: string): string {
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new UserError(`${file}: cannot read the ${what}: not a regular file`);
    return readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof UserError) throw error;
    if (isFileError(error)) throw new UserError(`${file}: cannot read the ${what}: ${fileProblem(error)}`);
    throw error;
  }
}

/**
 * Minutes on a history's clock of a date given on the command line (`2016-03-07` or
 * `2016-03-07T08:00`, in the history's own local time, as its times are), or a UserError.
 */
export function minutesOnClock(option: string, value: string, origin: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(value.trim());
  const at = m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0)) : NaN;
  // Date.UTC rolls 2016-13-01 over into 2017: a date that does not read back is refused.
  const back = new Date(at);
  if (
    !m ||
    !Number.isFinite(at) ||
    back.getUTCMonth() + 1 !== Number(m[2]) ||
    back.getUTCDate() !== Number(m[3]) ||
    Number(m[4] ?? 0) > 23 ||
    Number(m[5] ?? 0) > 59
  )
    throw new UserError(`${option}: expected a date such as 2016-03-07 or 2016-03-07T08:00, got "${value}"`);
  return (at - Date.parse(`${origin}Z`)) / 60_000;
}
