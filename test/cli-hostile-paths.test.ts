import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ROOT,
  requireBuiltCli,
  STACK_FRAME,
  removeTempDirs,
  tempDir,
  tiersim,
  type CliResult,
} from './fixtures/cli/cli.js';

beforeAll(requireBuiltCli);
afterAll(removeTempDirs);

/** What the file outside the scenario's folder says: it must never reach the terminal. */
const SECRET = 's3cr3t-token-8c1f';

/** Exit 2, nothing on stdout, one line on stderr without a stack trace; the line. */
function oneLineMistake(result: CliResult): string {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).not.toMatch(STACK_FRAME);
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0];
}

/**
 * A temporary tree: `scenario/` (where scenario files go) beside `outside/secret.csv`, a file
 * whose first line is a secret. A scenario overlays the shipped baseline by a relative path.
 */
function tree(): { scenarioDir: string; outsideDir: string; secret: string; baseline: string } {
  const root = tempDir();
  const scenarioDir = join(root, 'scenario');
  const outsideDir = join(root, 'outside');
  mkdirSync(scenarioDir);
  mkdirSync(outsideDir);
  const secret = join(outsideDir, 'secret.csv');
  writeFileSync(secret, `${SECRET}:x:0:0\nsecond,line\n`);
  return {
    scenarioDir,
    outsideDir,
    secret,
    baseline: relative(scenarioDir, join(ROOT, 'scenarios/baseline.json')),
  };
}

/** A scenario in `dir` that extends the shipped baseline and reads its weekly profile from `profile`. */
function withProfile(dir: string, baseline: string, profile: string, name = 'x.json'): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify({ extends: baseline, arrivals: { weeklyProfile: profile } }));
  return file;
}

const OUTSIDE =
  "outside the folders a scenario may read: its own folder and the project's data/ and scenarios/";

describe('paths inside a scenario file', () => {
  it("runs a scenario from another folder that extends the shipped baseline (and the baseline's ../data CSV)", () => {
    const { scenarioDir, baseline } = tree();
    const file = join(scenarioDir, 'mine.json');
    writeFileSync(file, JSON.stringify({ extends: baseline, name: 'Mine', pools: { router: { staff: 9 } } }));
    const result = tiersim('validate', file);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`${file}: ok (Mine)\n`);
    expect(result.status).toBe(0);
  });

  it("refuses a CSV path that climbs out of the scenario's folder, quoting nothing of the file", () => {
    const { scenarioDir, baseline } = tree();
    const file = withProfile(scenarioDir, baseline, '../outside/secret.csv');
    const line = oneLineMistake(tiersim('validate', file));
    expect(line).toBe(
      `${file}: arrivals.weeklyProfile: cannot read ../outside/secret.csv (${OUTSIDE}; --allow-path <folder> or --allow-any-path allows more)`,
    );
  });

  it('refuses an absolute CSV path outside the allowed folders', () => {
    const { scenarioDir, baseline, secret } = tree();
    const line = oneLineMistake(tiersim('validate', withProfile(scenarioDir, baseline, secret)));
    expect(line).toContain(`arrivals.weeklyProfile: cannot read ${secret} (${OUTSIDE}`);
    expect(line).not.toContain(SECRET);
  });

  it('follows links: a link in the folder to a file outside it is refused', () => {
    const { scenarioDir, baseline, secret } = tree();
    symlinkSync(secret, join(scenarioDir, 'profile.csv'));
    const line = oneLineMistake(tiersim('validate', withProfile(scenarioDir, baseline, 'profile.csv')));
    expect(line).toContain(`cannot read profile.csv (${OUTSIDE}`);
  });

  it('reads the folder --allow-path names, and a file that is no CSV of the kind is not quoted', () => {
    const { scenarioDir, outsideDir, baseline } = tree();
    const file = withProfile(scenarioDir, baseline, '../outside/secret.csv');
    const line = oneLineMistake(tiersim('validate', file, '--allow-path', outsideDir));
    expect(line).toBe(
      `${file}: arrivals.weeklyProfile: ../outside/secret.csv row 2: expected 1 fields, got 2`,
    );
    // The same file with a header of names is listed by them.
    writeFileSync(join(outsideDir, 'named.csv'), 'hourOfWeek,weights\n1,2\n');
    const named = withProfile(scenarioDir, baseline, '../outside/named.csv', 'named.json');
    expect(oneLineMistake(tiersim('validate', named, '--allow-path', outsideDir))).toBe(
      `${named}: arrivals.weeklyProfile: ../outside/named.csv: missing column "weight" (columns are hourOfWeek, weights)`,
    );
  });

  it('does not quote a first row that is not column names, such as key=value (--allow-any-path)', () => {
    const { scenarioDir, baseline, outsideDir } = tree();
    writeFileSync(join(outsideDir, 'one.csv'), `password=${SECRET}\n1\n`);
    const file = withProfile(scenarioDir, baseline, '../outside/one.csv');
    const line = oneLineMistake(tiersim('validate', file, '--allow-any-path'));
    expect(line).toBe(
      `${file}: arrivals.weeklyProfile: ../outside/one.csv: missing column "weight" (the first row is not a row of column names)`,
    );
  });

  it('refuses an extends outside the allowed folders, and with --allow-any-path quotes no JSON text', () => {
    const { scenarioDir } = tree();
    const file = join(scenarioDir, 'x.json');
    writeFileSync(file, JSON.stringify({ extends: '../outside/secret.csv' }));
    expect(oneLineMistake(tiersim('validate', file))).toBe(
      `${file}: extends: cannot read ${join(scenarioDir, '../outside/secret.csv')} (${OUTSIDE}; --allow-path <folder> or --allow-any-path allows more)`,
    );
    const line = oneLineMistake(tiersim('validate', file, '--allow-any-path'));
    expect(line).toMatch(/: not valid JSON: Unexpected token 's'$/);
    expect(line).not.toContain(SECRET);
  });

  it('refuses /dev/zero at once (outside, and not a regular file)', () => {
    const { scenarioDir, baseline } = tree();
    const file = withProfile(scenarioDir, baseline, '/dev/zero');
    expect(oneLineMistake(tiersim('validate', file))).toContain(`cannot read /dev/zero (${OUTSIDE}`);
    const started = Date.now();
    expect(oneLineMistake(tiersim('validate', file, '--allow-any-path'))).toBe(
      `${file}: arrivals.weeklyProfile: cannot read /dev/zero (not a regular file (a device, pipe or socket): tiersim reads only files)`,
    );
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('refuses a FIFO without waiting for a writer, as a CSV input and as the scenario file', () => {
    const { scenarioDir, baseline } = tree();
    execFileSync('mkfifo', [join(scenarioDir, 'profile.csv')]);
    const file = withProfile(scenarioDir, baseline, 'profile.csv');
    const started = Date.now();
    expect(oneLineMistake(tiersim('validate', file))).toBe(
      `${file}: arrivals.weeklyProfile: cannot read profile.csv (not a regular file (a device, pipe or socket): tiersim reads only files)`,
    );
    const fifo = join(scenarioDir, 'scenario.json');
    execFileSync('mkfifo', [fifo]);
    expect(oneLineMistake(tiersim('run', fifo))).toBe(
      `${fifo}: cannot read the file: not a regular file (a device, pipe or socket): tiersim reads only files`,
    );
    // Either would block until the test's time-out if it waited for a writer.
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('refuses a file over the size limit by its size, without reading it', () => {
    const { scenarioDir, baseline } = tree();
    const big = join(scenarioDir, 'big.csv');
    writeFileSync(big, '');
    truncateSync(big, 64 * 1024 * 1024 + 1); // sparse: no 64 MB written
    const file = withProfile(scenarioDir, baseline, 'big.csv');
    expect(oneLineMistake(tiersim('validate', file))).toBe(
      `${file}: arrivals.weeklyProfile: cannot read big.csv (larger than 64 MB, the most tiersim reads from a file)`,
    );
  });

  it('lists the path options in the help of the commands', () => {
    const help = tiersim('run', '--help').stdout;
    expect(help).toContain('--allow-path <folder>');
    expect(help).toContain('--allow-any-path');
  });
});

describe('--out where no folder can be made', () => {
  it('says so at once in /proc, where a recursive mkdir would spin for ever', () => {
    const started = Date.now();
    expect(
      oneLineMistake(tiersim('run', 'scenarios/textbook-mmc.json', '--days', '2', '--out', '/proc/x/y')),
    ).toBe('tiersim: --out /proc/x/y: cannot create the folder: the file system does not allow it there');
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('names a file in the way of a folder', () => {
    const file = join(tempDir(), 'taken');
    writeFileSync(file, 'not a folder');
    expect(
      oneLineMistake(
        tiersim('run', 'scenarios/textbook-mmc.json', '--days', '2', '--out', join(file, 'sub')),
      ),
    ).toBe(
      `tiersim: --out ${join(file, 'sub')}: cannot create the folder: a part of the path is a file, not a folder`,
    );
  });
});
