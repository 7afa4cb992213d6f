import { closeSync, createReadStream, openSync, readFileSync, readSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { fileProblem, isFileError, UserError } from './user-error.js';

/** Largest ticket history file read, compressed or not, in bytes. */
export const MAX_HISTORY_BYTES = 256 * 1024 * 1024;
/**
 * Largest text a `.gz` history may unpack to, in bytes: the text is read as a stream, not held,
 * but a file that unpacks to more is not a ticket export (a gzip bomb would read for hours).
 */
export const MAX_HISTORY_TEXT_BYTES = 1024 * 1024 * 1024;

/**
 * The text of a ticket history named on the command line, in pieces as it is read: a regular
 * file (a device, FIFO or socket is refused before it is opened) of at most
 * {@link MAX_HISTORY_BYTES}, gunzipped as it is read when it is gzip (by its first two bytes,
 * whatever its name), decoded as UTF-8 without a byte-order mark; no piece ends inside a
 * character. Throws a UserError of one line, at once when the file cannot be opened, and from
 * the iteration when it cannot be read or unpacked. The file stays open until the iteration
 * ends or stops.
 */
export function historyText(file: string): AsyncIterable<string> {
  const cannot = (why: string) => new UserError(`${file}: cannot read the history: ${why}`);
  let fd: number;
  let gzip: boolean;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw cannot('it is a folder, not a file');
    if (!stat.isFile()) throw cannot('not a regular file (a device, pipe or socket)');
    if (stat.size > MAX_HISTORY_BYTES) throw cannot(`larger than ${MAX_HISTORY_BYTES / 1024 / 1024} MB`);
    fd = openSync(file, 'r');
    try {
      const magic = Buffer.alloc(2);
      const got = readSync(fd, magic, 0, 2, 0);
      gzip = got === 2 && magic[0] === 0x1f && magic[1] === 0x8b;
    } catch (error) {
      closeSync(fd);
      throw error;
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    if (isFileError(error)) throw cannot(fileProblem(error));
    throw error;
  }
  return decodedText(fd, gzip, cannot);
}

/** The UTF-8 text of the open file `fd` (gunzipped when `gzip`), its byte-order mark dropped. */
async function* decodedText(
  fd: number,
  gzip: boolean,
  cannot: (why: string) => UserError,
): AsyncGenerator<string> {
  const raw = createReadStream('', { fd, start: 0 });
  // pipeline passes a read error on to the gunzip, whose iteration throws it, and destroys the
  // file's stream (closing the file) with the gunzip.
  const bytes: Readable = gzip ? pipeline(raw, createGunzip(), () => {}) : raw;
  const chunks = (bytes as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const decoder = new StringDecoder('utf8');
  let read = 0;
  let first = true;
  try {
    for (;;) {
      let next: IteratorResult<Buffer>;
      try {
        next = await chunks.next();
      } catch (error) {
        if (isFileError(error)) throw cannot(fileProblem(error));
        if (gzip) throw cannot('not a valid gzip file');
        throw error;
      }
      if (next.done === true) break;
      read += next.value.length;
      if (gzip && read > MAX_HISTORY_TEXT_BYTES)
        throw cannot(`unpacks to more than ${MAX_HISTORY_TEXT_BYTES / 1024 / 1024} MB`);
      let piece = decoder.write(next.value);
      if (first && piece !== '') {
        first = false;
        if (piece.charCodeAt(0) === 0xfeff) piece = piece.slice(1);
      }
      if (piece !== '') yield piece;
    }
  } finally {
    // The reader may stop early (a header without a mapped column): the file is closed then too.
    bytes.destroy();
    raw.destroy();
  }
  // Bytes left of a character cut short by the end of the file: U+FFFD, as a whole read gives.
  const rest = decoder.end();
  if (rest !== '') yield rest;
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
