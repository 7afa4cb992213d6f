import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLI,
  FIXTURES,
  ROOT,
  requireBuiltCli,
  STACK_FRAME,
  removeTempDirs,
  tempDir,
  tiersim,
  tiersimWithNode,
  type CliResult,
} from './fixtures/cli/cli.js';

beforeAll(requireBuiltCli);
afterAll(removeTempDirs);

/** Checks the shape every user mistake must have: exit 2, nothing on stdout, no stack trace. */
function expectUserMistake(result: CliResult): string[] {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).not.toMatch(STACK_FRAME);
  expect(result.stderr).not.toContain('internal error');
  return result.stderr.trimEnd().split('\n');
}

/** The stderr lines of `tiersim run` on a fixture scenario that must not load. */
function runFixture(name: string): string[] {
  return expectUserMistake(tiersim('run', `${FIXTURES}/${name}`, '--days', '12', '--reps', '2'));
}

describe('tiersim run on a bad scenario file', () => {
  it('names the field of a staff count given as a word', () => {
    expect(runFixture('wrong-type.json')).toEqual([
      `${FIXTURES}/wrong-type.json: pools.router.staff: expected a whole number >= 0, got "ten"`,
    ]);
  });

  it('names the field of a negative staff count', () => {
    expect(runFixture('negative-staff.json')).toEqual([
      `${FIXTURES}/negative-staff.json: pools.router.staff: expected a whole number >= 0, got -2`,
    ]);
  });

  it('says that specialty shares of 0.5 + 0.3 + 0.1 do not sum to 1', () => {
    expect(runFixture('shares-sum.json')).toEqual([
      `${FIXTURES}/shares-sum.json: arrivals.mix.specialty: shares must sum to 1, got 0.9`,
    ]);
  });

  it('names a specialty key that is not in the list of specialties', () => {
    expect(runFixture('unknown-specialty.json')).toEqual([
      `${FIXTURES}/unknown-specialty.json: arrivals.mix.specialty.XCSX: unknown specialty "XCSX" (specialties are XADM, XCON, XCSI)`,
    ]);
  });

  it('names the field of a CSV file that does not exist', () => {
    const lines = runFixture('missing-csv.json');
    expect(lines).toHaveLength(1);
    // The parser may add the reason after the path; the field and the file name are what matter.
    expect(lines[0]).toBe(
      `${FIXTURES}/missing-csv.json: arrivals.weeklyProfile: cannot read no-such-profile.csv (no such file)`,
    );
  });

  it('gives the row and column of a malformed CSV cell (line 14 of the file)', () => {
    expect(runFixture('malformed-csv.json')).toEqual([
      `${FIXTURES}/malformed-csv.json: arrivals.weeklyProfile: bad-profile.csv row 14: weight: expected a number >= 0, got "abc"`,
    ]);
  });

  it('names an unknown distribution and lists the known ones', () => {
    expect(runFixture('unknown-dist.json')).toEqual([
      `${FIXTURES}/unknown-dist.json: pools.router.triage.dist: unknown distribution "weibull" ` +
        '(expected one of exponential, lognormal, gamma, triangular, uniform, constant, empirical)',
    ]);
  });

  it('names a misspelt field', () => {
    expect(runFixture('unknown-field.json')).toEqual([
      `${FIXTURES}/unknown-field.json: replicatons: unknown field`,
    ]);
  });

  it('gives the line and column of invalid JSON', () => {
    const [message, ...rest] = runFixture('invalid-json.json');
    expect(rest).toEqual([]);
    expect(message).toMatch(new RegExp(`^${FIXTURES}/invalid-json\\.json: not valid JSON: .+`));
    // The trailing comma after `"seed": 1,` is found at the closing brace on line 4.
    expect(message).toContain('(line 4, column 1)');
  });

  it('reports all five mistakes of a file at once, one per line', () => {
    const file = `${FIXTURES}/several-mistakes.json`;
    expect(runFixture('several-mistakes.json').sort()).toEqual(
      [
        `${file}: arrivals.casesPerHour: expected a number from 0 to 100000, got "many"`,
        `${file}: pools.router.staff: expected a whole number >= 0, got -2`,
        `${file}: pools.router.closeShare: expected a share in [0, 1], got 1.5`,
        `${file}: pools.problemControl.work.dist: unknown distribution "weibull" ` +
          '(expected one of exponential, lognormal, gamma, triangular, uniform, constant, empirical)',
        `${file}: colour: unknown field`,
      ].sort(),
    );
  });

  it('says a scenario file does not exist', () => {
    const file = join(tempDir(), 'absent.json');
    expect(expectUserMistake(tiersim('run', file))).toEqual([
      `${file}: cannot read the file: no such file or folder`,
    ]);
  });

  it('says a folder is not a scenario file', () => {
    expect(expectUserMistake(tiersim('run', 'scenarios'))).toEqual([
      'scenarios: cannot read the file: it is a folder, not a file',
    ]);
  });

  it('accepts a file saved with a byte-order mark', () => {
    const file = join(tempDir(), 'bom.json');
    writeFileSync(file, '\uFEFF{ "name": "BOM", "textbook": true, "arrivals": { "casesPerHour": 6 } }');
    const result = tiersim('validate', file);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`${file}: ok (BOM)\n`);
    expect(result.status).toBe(0);
  });
});

describe('tiersim run with a bad option', () => {
  it('rejects an unknown option', () => {
    const lines = expectUserMistake(tiersim('run', 'scenarios/baseline.json', '--bogus'));
    expect(lines[0]).toBe("tiersim: unknown option '--bogus'");
  });

  it('suggests --reps for the misspelt --rep', () => {
    expect(expectUserMistake(tiersim('run', 'scenarios/baseline.json', '--rep', '3')).join('\n')).toContain(
      '--reps?',
    );
  });

  it('rejects zero replications', () => {
    const lines = expectUserMistake(tiersim('run', 'scenarios/baseline.json', '--reps', '0'));
    expect(lines[0]).toContain("option '--reps <n>' argument '0' is invalid");
    expect(lines[0]).toContain('--reps must be a whole number >= 1, got "0"');
  });

  it('rejects a fractional replication count', () => {
    expect(expectUserMistake(tiersim('run', 'scenarios/baseline.json', '--reps', '1.5'))[0]).toContain(
      'whole number >= 1',
    );
  });

  it('rejects a negative seed', () => {
    expect(expectUserMistake(tiersim('run', 'scenarios/baseline.json', '--seed', '-1'))[0]).toContain(
      '--seed must be a whole number >= 0',
    );
  });

  it('rejects days that are not a number', () => {
    expect(expectUserMistake(tiersim('run', 'scenarios/baseline.json', '--days', 'ten'))[0]).toContain(
      '--days must be a number > 0, got "ten"',
    );
  });

  it('rejects an output format it does not have', () => {
    const lines = expectUserMistake(tiersim('run', 'scenarios/baseline.json', '--format', 'xml'));
    expect(lines[0]).toBe(
      "tiersim: option '--format <format>' argument 'xml' is invalid. Allowed choices are table, json, csv.",
    );
  });

  it('rejects --days equal to the warm-up of 7 days, which leaves nothing to measure', () => {
    expect(expectUserMistake(tiersim('run', 'scenarios/baseline.json', '--days', '7'))).toEqual([
      "scenarios/baseline.json: --days 7 must exceed the scenario's warm-up of 7 days",
    ]);
  });

  it('rejects --days below the textbook tiers warm-up of 10 days', () => {
    expect(expectUserMistake(tiersim('run', 'scenarios/textbook-tiers.json', '--days', '3'))[0]).toContain(
      'warm-up of 10 days',
    );
  });

  it('reports a missing scenario argument', () => {
    expect(expectUserMistake(tiersim('run'))[0]).toBe("tiersim: missing required argument 'scenarios'");
  });

  it('reports an unknown command', () => {
    expect(expectUserMistake(tiersim('simulate', 'scenarios/baseline.json'))[0]).toBe(
      "tiersim: unknown command 'simulate'",
    );
  });

  it('refuses an --out that is a file before simulating anything', () => {
    const file = join(tempDir(), 'taken');
    writeFileSync(file, 'not a folder');
    expect(expectUserMistake(tiersim('run', 'scenarios/baseline.json', '--out', file))).toEqual([
      `tiersim: --out ${file}: cannot create the folder: a file of that name is in the way`,
    ]);
  });
});

describe('tiersim on an internal error', () => {
  it('exits 1 and keeps the stack trace for the bug report', () => {
    // Only the CLI's progress line reads the wall clock, so breaking Date.now fails inside the run.
    const breakClock =
      'data:text/javascript,Date.now = () => { throw new Error("clock broken for a test"); };';
    const result = tiersimWithNode(
      ['--import', breakClock],
      'run',
      'scenarios/textbook-mmc.json',
      '--days',
      '2',
      '--reps',
      '1',
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^tiersim: internal error: Error: clock broken for a test/);
    expect(result.stderr).toMatch(STACK_FRAME);
  });
});

describe('tiersim piped into a reader that stops early', () => {
  it('ends quietly instead of printing an EPIPE stack trace', () => {
    // `true` exits before the run ends, so the CLI writes its 40 kB of JSON into a closed pipe.
    const result = spawnSync(
      'sh',
      [
        '-c',
        `"${process.execPath}" "${CLI}" run scenarios/baseline.json --days 10 --reps 2 --format json | true`,
      ],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('tiersim help and version', () => {
  it('prints the version from package.json and exits 0', () => {
    const result = tiersim('--version');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('prints the options of run and exits 0', () => {
    const result = tiersim('run', '--help');
    expect(result.status).toBe(0);
    for (const option of ['--reps', '--seed', '--days', '--out', '--format', '--trace', '--quiet'])
      expect(result.stdout).toContain(option);
  });
});
