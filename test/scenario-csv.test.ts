import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, ScenarioError, type Scenario } from '../src/sim/scenario/index.js';

const FILE = 'test/fixtures/scenario/x.json';

/** Reads CSVs as a scenario in test/fixtures/scenario/ names them. */
function readFixture(path: string): string {
  return readFileSync(new URL(`./fixtures/scenario/${path}`, import.meta.url), 'utf8');
}

function load(raw: object): Scenario {
  return parseScenario({ name: 'x', ...raw }, { file: FILE, readText: readFixture });
}

/** The error lines of a file that must not load; `readText` null: the parser gets no file reader. */
function errorLines(raw: object, readText: ((path: string) => string) | null = readFixture): string[] {
  try {
    parseScenario({ name: 'x', ...raw }, { file: FILE, readText: readText ?? undefined });
  } catch (error) {
    if (error instanceof ScenarioError) return error.message.split('\n');
    throw error;
  }
  throw new Error('the file loaded');
}

describe('a weekly profile CSV', () => {
  it('with 168 rows loads: weight 3 in the 45 business hours (Mon-Fri 08-17), 1 in the other 123', () => {
    const profile = load({ arrivals: { weeklyProfile: 'weekly-profile.csv' } }).arrivals.weeklyProfile;
    expect(profile?.file).toBe('weekly-profile.csv');
    expect(profile?.weights).toHaveLength(168);
    expect(profile?.weights.reduce((a, b) => a + b, 0)).toBe(3 * 45 + 123);
    expect(profile?.weights.slice(7, 10)).toEqual([1, 3, 3]); // Monday 07:00, 08:00, 09:00
    expect(profile?.weights[5 * 24 + 9]).toBe(1); // Saturday 09:00
  });

  it('that is missing is an error naming the path as written and why it cannot be read', () => {
    expect(errorLines({ arrivals: { weeklyProfile: '../data/nope.csv' } })).toEqual([
      'test/fixtures/scenario/x.json: arrivals.weeklyProfile: cannot read ../data/nope.csv (no such file)',
    ]);
  });

  it('with a malformed row names the row as a spreadsheet shows it, the column and the cell', () => {
    expect(errorLines({ arrivals: { weeklyProfile: 'weekly-profile-bad.csv' } })).toEqual([
      'test/fixtures/scenario/x.json: arrivals.weeklyProfile: weekly-profile-bad.csv row 12: weight: expected a number >= 0, got "abc"',
    ]);
  });

  it('with the wrong number of rows, hours out of order or no weight column is an error', () => {
    const text = (rows: string[]) => () => rows.join('\n');
    const hours = Array.from({ length: 168 }, (_, h) => `${h},1`);
    expect(errorLines({ arrivals: { weeklyProfile: 'p.csv' } }, text(['weight', '1', '2']))).toEqual([
      `${FILE}: arrivals.weeklyProfile: p.csv: expected 168 rows (one per hour of the week), got 2`,
    ]);
    const swapped = ['hourOfWeek,weight', '1,1', '0,1', ...hours.slice(2)];
    expect(errorLines({ arrivals: { weeklyProfile: 'p.csv' } }, text(swapped))).toEqual([
      `${FILE}: arrivals.weeklyProfile: p.csv row 2: hourOfWeek: expected 0 (hours 0..167 in order), got "1"`,
      `${FILE}: arrivals.weeklyProfile: p.csv row 3: hourOfWeek: expected 1 (hours 0..167 in order), got "0"`,
    ]);
    expect(errorLines({ arrivals: { weeklyProfile: 'p.csv' } }, text(['hour,w', ...hours]))).toEqual([
      `${FILE}: arrivals.weeklyProfile: p.csv: missing column "weight" (columns are hour, w)`,
    ]);
  });

  it('whose rows have a field too many is an error naming the row', () => {
    expect(errorLines({ arrivals: { weeklyProfile: 'p.csv' } }, () => 'weight\n1\n2,3\n')).toEqual([
      `${FILE}: arrivals.weeklyProfile: p.csv row 3: expected 1 fields (weight), got 2`,
    ]);
  });

  it('needs a file reader', () => {
    expect(errorLines({ arrivals: { weeklyProfile: 'weekly-profile.csv' } }, null)).toEqual([
      `${FILE}: arrivals.weeklyProfile: cannot read weekly-profile.csv: no file reader was given to the parser`,
    ]);
  });
});

describe('a trace CSV', () => {
  it('loads, sorted by arrival, with beta and sensitive read as flags', () => {
    const trace = load({ arrivals: { trace: 'trace.csv' } }).arrivals.trace;
    expect(trace).toEqual({
      file: 'trace.csv',
      cases: [
        {
          arrivedAt: 0,
          specialty: 'XADM',
          severity: 'C',
          contract: 'standard',
          beta: false,
          sensitive: false,
        },
        {
          arrivedAt: 60,
          specialty: 'XADM',
          severity: 'B',
          contract: 'standard',
          beta: false,
          sensitive: false,
        },
        {
          arrivedAt: 125.5,
          specialty: 'XCON',
          severity: 'B',
          contract: 'premier',
          beta: false,
          sensitive: true,
        },
        { arrivedAt: 300, specialty: 'XCSI', severity: 'A', contract: 'tier3', beta: true, sensitive: false },
      ],
    });
  });

  it('with unknown specialties, severities and negative times reports every bad row', () => {
    expect(errorLines({ arrivals: { trace: 'trace-bad.csv' } })).toEqual([
      `${FILE}: arrivals.trace: trace-bad.csv row 3: specialty: unknown specialty "XFOO" (specialties are XADM, XCON, XCSI)`,
      `${FILE}: arrivals.trace: trace-bad.csv row 4: arrivedAt: expected a number >= 0, got "-5"`,
      `${FILE}: arrivals.trace: trace-bad.csv row 4: severity: unknown severity "D" (severities are A, B, C)`,
    ]);
  });
});

describe('a costs CSV', () => {
  it('sets the roles it names; inline values win over it and defaults fill the rest', () => {
    const costs = load({ costs: { file: 'costs.csv', router: 50 } }).costs;
    expect(costs.file).toBe('costs.csv');
    expect(costs.perHour.se).toBe(60); // from the CSV
    expect(costs.perHour.router).toBe(50); // inline, over the CSV's 45
    expect(costs.perHour.tam).toBe(90); // default
  });

  it('with an unknown role is an error naming the row', () => {
    expect(errorLines({ costs: { file: 'costs-unknown-role.csv' } })).toEqual([
      `${FILE}: costs.file: costs-unknown-role.csv row 3: role: unknown role "dba" (roles are router, se, tl, teamManager, pod, beta, problemControl, escalation, escalationManager, tam)`,
    ]);
  });
});

describe('an empirical distribution', () => {
  it('reads the values of its column in minutes, skipping comment lines', () => {
    const triage = load({
      pools: { router: { triage: { dist: 'empirical', file: 'triage-minutes.csv', column: 'minutes' } } },
    }).pools.router.triage;
    expect(triage).toEqual({
      dist: 'empirical',
      file: 'triage-minutes.csv',
      column: 'minutes',
      values: [4, 7.5, 60],
    });
  });

  it('naming a missing column is an error on its file field', () => {
    expect(
      errorLines({
        pools: { router: { triage: { dist: 'empirical', file: 'triage-minutes.csv', column: 'seconds' } } },
      }),
    ).toEqual([
      `${FILE}: pools.router.triage.file: triage-minutes.csv: missing column "seconds" (columns are caseId, minutes)`,
    ]);
  });

  it('shares one read of a file named twice', () => {
    const reads: string[] = [];
    const empirical = { dist: 'empirical', file: 'triage-minutes.csv', column: 'minutes' };
    parseScenario(
      { name: 'x', pools: { router: { triage: empirical }, se: { consult: empirical } } },
      { file: FILE, readText: (path) => (reads.push(path), readFixture(path)) },
    );
    expect(reads).toEqual(['triage-minutes.csv']);
  });
});
