/**
 * Reading a history as it streams in (readHistoryStream over the pieces of text historyText
 * gives, as tiersim fit does) gives what reading its whole text gives: the same history, the
 * same data problems in the same order and the same errors, wherever the pieces end.
 */
import { existsSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyText } from '../src/cli/fit-input.js';
import { UserError } from '../src/cli/user-error.js';
import type { History } from '../src/fit/case-history.js';
import { HistoryError } from '../src/fit/history-error.js';
import { checkMapping, parseMapping, type Mapping } from '../src/fit/mapping.js';
import { readHistory, readHistoryStream, type ReadHistoryOptions } from '../src/fit/read-history.js';
import { removeTempDirs, tempDir } from './fixtures/cli/cli.js';
import { EVENTS_CSV, EVENTS_MAPPING } from './fixtures/fit-read/hand-made.js';

const OPTIONS: ReadHistoryOptions = { file: 'history.csv', mappingFile: 'mapping.json' };
const events = checkMapping(EVENTS_MAPPING, 'm.json');
const tickets = checkMapping(
  {
    format: 'tickets',
    delimiter: ';',
    columns: { case: 'id', opened: 'created', resolved: 'solved', tier: 'level' },
    tiers: { L1: 'se', PC: 'problemControl' },
  },
  't.json',
);
const plain = checkMapping({ format: 'events', columns: { case: 'c', time: 't', status: 's' } }, 'p.json');

/** `text` in pieces of `size` characters (the whole text for Infinity). */
async function* pieces(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

/** The history read, or the message of the HistoryError thrown instead. */
async function outcome(read: () => History | Promise<History>): Promise<History | string> {
  try {
    return await read();
  } catch (error) {
    expect(error).toBeInstanceOf(HistoryError);
    return (error as HistoryError).message;
  }
}

const SIZES = [1, 2, 3, 5, 8, 13, 64, Infinity];

/** Checks that every piece size streams `text` to what reading it whole gives; that outcome. */
async function sameAsWhole(text: string, mapping: Mapping): Promise<History | string> {
  const whole = await outcome(() => readHistory(text, mapping, OPTIONS));
  for (const size of SIZES) {
    const streamed = await outcome(() => readHistoryStream(pieces(text, size), mapping, OPTIONS));
    expect(streamed, `pieces of ${size}`).toEqual(whole);
  }
  return whole;
}

describe('a history read as it streams in', () => {
  it('is the history its whole text gives, however the text is cut', async () => {
    const history = (await sameAsWhole(EVENTS_CSV, events)) as History;
    expect(history.cases).toHaveLength(7);
    const ticketsCsv =
      'id;created;solved;level\n' +
      'T1;2024-01-01T08:00:00;2024-01-01T10:30:00;L1\n' +
      'T2;2024-01-01T09:00:00Z;;PC\n' +
      'T1;2024-01-03T08:00:00;2024-01-03T09:00:00;L1\n';
    expect(((await sameAsWhole(ticketsCsv, tickets)) as History).cases).toHaveLength(2);
  });

  it('cuts nothing wrong: CRLF line ends, quoted line breaks and delimiters, a byte-order mark, empty lines', async () => {
    const csv =
      '\ufeffc,t,s,note\r\n' +
      'A,2024-01-01T08:00,queued,"two\r\nlines, one comma"\r\n' +
      '\r\n' +
      'A,2024-01-01T09:00,"working",é€\r\n' +
      'A,2024-01-01T10:00,resolved,""""\r\n';
    const history = (await sameAsWhole(csv, plain)) as History;
    expect(history.rows).toBe(3);
    expect(history.cases[0].spells.map((s) => s.status)).toEqual(['queued', 'working', 'resolved']);
  });

  it('lists ragged rows first, as when every row was read before any case', async () => {
    const csv =
      'c,t,s\n' +
      'A,yesterday,queued\n' +
      'A,2024-01-01T08:00,queued,extra\n' +
      'A,2024-01-01T09:00,working\n' +
      'A,2024-01-01T10:00,resolved\n';
    const history = (await sameAsWhole(csv, plain)) as History;
    expect(history.problems.map((p) => [p.kind, p.count, p.examples[0]])).toEqual([
      ['ragged-row', 1, 'row 3'],
      ['unparseable-time', 1, 'row 2: "yesterday"'],
    ]);
  });

  it('throws the errors the whole text throws, with the same row numbers', async () => {
    const errors = [
      ['', 'history.csv: no header: the file is empty'],
      [',,\n', 'history.csv: no header: the file is empty'],
      ['c,t\nA,2024-01-01T08:00\n', 'history.csv: no column "s" (columns.status in mapping.json)'],
      ['c,t,s\n', 'history.csv: no data rows after the header'],
      [
        'c,t,s\nA,2024-01-01T08:00,queued\nB,"2024,queued\n',
        'history.csv: not a CSV file: Quote Not Closed: the parsing is finished with an opening quote at line 3',
      ],
      ['c,t,s\nA,x,queued\nA,y,queued\n', 'history.csv: no usable row among 2 (unparseable-time 2; first'],
    ];
    for (const [csv, start] of errors) expect(await sameAsWhole(csv, plain), csv).toContain(start);
  });
});

describe('the text of a history file, as tiersim fit reads it', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(removeTempDirs);

  const file = (name: string, bytes: string | Buffer): string => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };
  const textOf = async (path: string): Promise<string[]> => {
    const out: string[] = [];
    for await (const piece of historyText(path)) out.push(piece);
    return out;
  };
  /** The message of the UserError that reading `path` throws. */
  const failure = async (path: string): Promise<string> => {
    try {
      await textOf(path);
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      return (error as UserError).message;
    }
    throw new Error(`${path} was read`);
  };

  // 200,000 euro signs (3 bytes each) after a line: the 64 kB reads end inside a character.
  const text = `c,t,s\r\n${'€'.repeat(200_000)}\nÿé😀\n`;

  it('is the decoded text without its byte-order mark, no character cut between pieces, gzip or not', async () => {
    for (const path of [
      file('plain.csv', `\ufeff${text}`),
      file('packed.csv.gz', gzipSync(`\ufeff${text}`)),
      // gzip by its first bytes, whatever the name, and a .gz that is not gzip is read as text.
      file('packed-named.csv', gzipSync(text)),
      file('named.csv.gz', text),
    ]) {
      const read = await textOf(path);
      expect(read.length, path).toBeGreaterThan(1);
      expect(
        read.some((piece) => piece.includes('\ufffd')),
        path,
      ).toBe(false);
      expect(read.join('') === text, path).toBe(true);
    }
    expect(await textOf(file('empty.csv', ''))).toEqual([]);
  });

  it('says when a file is not there, is a folder, or is gzip that does not unpack', async () => {
    expect(() => historyText(join(dir, 'absent.csv'))).toThrow(
      `${join(dir, 'absent.csv')}: cannot read the history: no such file or folder`,
    );
    expect(() => historyText(dir)).toThrow(`${dir}: cannot read the history: it is a folder, not a file`);
    const broken = file('broken.csv.gz', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01]));
    expect(await failure(broken)).toBe(`${broken}: cannot read the history: not a valid gzip file`);
    const whole = gzipSync(text);
    const cut = file('cut.csv.gz', whole.subarray(0, whole.length - 100));
    expect(await failure(cut)).toBe(`${cut}: cannot read the history: not a valid gzip file`);
  });

  it('closes the file when the reader stops at the header', async () => {
    const path = file('no-status.csv.gz', gzipSync(`c,t\n${'A,2024-01-01T08:00\n'.repeat(50_000)}`));
    await expect(readHistoryStream(historyText(path), plain, OPTIONS)).rejects.toThrow(
      'history.csv: no column "s" (columns.status in mapping.json) in the header: it has c, t',
    );
    if (!existsSync('/proc/self/fd')) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const open = readdirSync('/proc/self/fd').filter((fd) => {
      try {
        return readlinkSync(`/proc/self/fd/${fd}`) === path;
      } catch {
        return false;
      }
    });
    expect(open).toEqual([]);
  });
});

// The real export of ../shared/data/history, as tiersim fit reads it and as its whole text reads.
const SERVICENOW = join(
  import.meta.dirname,
  '../../shared/data/history/servicenow-incident-event-log.csv.gz',
);

describe.skipIf(!existsSync(SERVICENOW))('the ServiceNow incident event log read as a stream', () => {
  it('gives the history its whole text gives', async () => {
    const mapping = parseMapping(
      readFileSync(join(import.meta.dirname, '../data/mappings/servicenow.json'), 'utf8'),
      'servicenow.json',
    );
    const options = { file: 'servicenow-incident-event-log.csv.gz' };
    const streamed = await readHistoryStream(historyText(SERVICENOW), mapping, options);
    const whole = readHistory(gunzipSync(readFileSync(SERVICENOW)).toString('utf8'), mapping, options);
    expect(streamed.rows).toBe(119_998);
    expect(JSON.stringify(streamed) === JSON.stringify(whole)).toBe(true);
  });
});
