/**
 * `tiersim fit` refuses a history or mapping it cannot read with exit 2 and one line naming the
 * row or the mapping key at fault, and its options likewise.
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  removeTempDirs,
  requireBuiltCli,
  STACK_FRAME,
  tempDir,
  tiersim,
  type CliResult,
} from './fixtures/cli/cli.js';

const MAPPING = 'test/fixtures/fit/round-trip-mapping.json';
const HEADER = 'case,time,status,tier,severity,specialty,contract,resource';
const GOOD_ROWS = [
  'C1,2024-01-01T09:00:00,queued,se,B,XADM,standard,',
  'C1,2024-01-01T09:10:00,working,se,B,XADM,standard,se/XADM/t1/1',
  'C1,2024-01-01T10:00:00,resolved,se,B,XADM,standard,se/XADM/t1/1',
];

let dir: string;
beforeAll(() => {
  requireBuiltCli();
  dir = tempDir();
});
afterAll(removeTempDirs);

/** A file in the test's folder with `text`; its path. */
function file(name: string, text: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** The one stderr line of a user mistake (exit 2, nothing on stdout, no stack trace). */
function mistake(result: CliResult): string {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).not.toMatch(STACK_FRAME);
  expect(result.stderr).not.toContain('internal error');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0];
}

function fit(history: string, mapping = MAPPING, ...more: string[]): CliResult {
  return tiersim('fit', history, '--map', mapping, '--out', join(dir, 'out'), '--quiet', ...more);
}

describe('tiersim fit on a history it cannot read', () => {
  it('names the row of a CSV that does not parse', () => {
    const history = file(
      'unclosed.csv',
      `${HEADER}\n${GOOD_ROWS[0]}\nC2,"2024-01-01T09:00:00,queued,se,B,XADM,standard,\n`,
    );
    expect(mistake(fit(history))).toMatch(/^.*unclosed\.csv: not a CSV file: Quote Not Closed.*line 3/);
  });

  it('names the first unusable row when no row can be used', () => {
    const history = file('times.csv', `${HEADER}\nC1,yesterday,queued,se,B,XADM,standard,\n`);
    expect(mistake(fit(history))).toMatch(/times\.csv: no usable row among 1 .*row 2: "yesterday"/);
  });

  it('names the mapping key whose column the header lacks', () => {
    const history = file('no-status.csv', 'case,time\nC1,2024-01-01T09:00:00\n');
    expect(mistake(fit(history))).toBe(
      `${history}: no column "status" (columns.status in ${MAPPING}) in the header: it has case, time`,
    );
  });

  it('reads a gzipped history, and says when a .gz is not gzip or a file is missing', () => {
    const gz = file('good.csv.gz', gzipSync(`${HEADER}\n${GOOD_ROWS.join('\n')}\n`));
    const result = fit(gz, MAPPING, '--reps', '1');
    expect(result.stderr).not.toContain('internal error');
    expect([0, 3]).toContain(result.status);
    const broken = file('broken.csv.gz', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01]));
    expect(mistake(fit(broken))).toBe(`${broken}: cannot read the history: not a valid gzip file`);
    expect(mistake(fit(join(dir, 'absent.csv')))).toBe(
      `${join(dir, 'absent.csv')}: cannot read the history: no such file or folder`,
    );
  });
});

describe('tiersim fit with a mapping it cannot use', () => {
  const history = () => file('good.csv', `${HEADER}\n${GOOD_ROWS.join('\n')}\n`);

  it('names the mapping key of a value that is not a tier', () => {
    const mapping = file(
      'bad-tier.json',
      JSON.stringify({
        format: 'events',
        columns: { case: 'case', time: 'time', tier: 'tier' },
        tiers: { se: 'tier9' },
      }),
    );
    expect(mistake(fit(history(), mapping))).toMatch(/bad-tier\.json: tiers\.se: "tier9" is not a tier/);
  });

  it('names a required key that is missing, and a file that is not JSON', () => {
    const noCase = file('no-case.json', JSON.stringify({ format: 'events', columns: { time: 'time' } }));
    expect(mistake(fit(history(), noCase))).toMatch(/no-case\.json: columns\.case: required/);
    const notJson = file('not-json.json', '{ "format": ');
    expect(mistake(fit(history(), notJson))).toMatch(/^.*not-json\.json: not JSON/);
  });

  it('refuses a bad --staff, --from or --to in one line', () => {
    expect(mistake(fit(history(), MAPPING, '--staff', 'support=3'))).toMatch(
      /^--staff: expected tier=people/,
    );
    expect(mistake(fit(history(), MAPPING, '--from', '2024-13-01'))).toMatch(/^--from: expected a date/);
    expect(mistake(fit(history(), MAPPING, '--from', '2024-02-01'))).toMatch(
      /--from\/--to: the window holds no time/,
    );
  });
});
