import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS, parseScenario, ScenarioError, setIn } from '../src/sim/scenario/index.js';
import { requireBuiltCli, removeTempDirs, ROOT, STACK_FRAME, tempDir, tiersim } from './fixtures/cli/cli.js';

const FILE = 'scenarios/x.json';

/** The error lines of a scenario (null when it loads). */
function problemsOf(raw: Record<string, unknown>): string[] | null {
  try {
    parseScenario(raw, { file: FILE });
    return null;
  } catch (error) {
    if (error instanceof ScenarioError) return error.message.split('\n');
    throw error;
  }
}

/** A textbook scenario (no CSV) with `value` at `path`. */
function withValue(path: string, value: unknown): Record<string, unknown> {
  const raw: Record<string, unknown> = { name: 'x', textbook: true };
  setIn(raw, path, value);
  return raw;
}

/** Every count of the format with its maximum: the value at the maximum loads, one more does not. */
const COUNTS: Array<[string, number]> = [
  ['replications', LIMITS.replications],
  ['horizon.days', LIMITS.days],
  ['pools.router.staff', LIMITS.staff],
  ['pools.beta.staff', LIMITS.staff],
  ['pools.problemControl.staff', LIMITS.staff],
  ['pools.escalation.staff', LIMITS.staff],
  ['pools.escalationManagers.staff', LIMITS.staff],
  ['pools.se.specialties.XADM.teams', LIMITS.teams],
  ['pools.se.specialties.XADM.sesPerTeam', LIMITS.sesPerTeam],
  ['pools.se.sessions', LIMITS.sessions],
  ['pools.pods.count', LIMITS.pods],
  ['pools.pods.members.XCON', LIMITS.podMembers],
  ['pools.tams.premierAccounts', LIMITS.premierAccounts],
  ['costs.escalation', LIMITS.costPerHour],
  ['costs.overtimeFactor', LIMITS.overtimeFactor],
];

describe('the documented maximum of every count', () => {
  for (const [path, max] of COUNTS) {
    it(`accepts ${path} = ${max} and refuses ${max + 1}, naming the field and the maximum`, () => {
      expect(problemsOf(withValue(path, max))).toBeNull();
      expect(problemsOf(withValue(path, max + 1))).toEqual([
        `${FILE}: ${path}: expected at most ${max}, got ${max + 1}`,
      ]);
    });
  }

  it('refuses the fuzzer’s huge counts (staff 1e9, premierAccounts 1e12, sesPerTeam 1e7, pods 1e7, replications 1e308, horizon 1e308 days)', () => {
    const raw: Record<string, unknown> = { name: 'x', textbook: true };
    setIn(raw, 'pools.router.staff', 1e9);
    setIn(raw, 'pools.tams.premierAccounts', 1e12);
    setIn(raw, 'pools.se.specialties.XADM.sesPerTeam', 1e7);
    setIn(raw, 'pools.pods.count', 1e7);
    setIn(raw, 'replications', 1e308);
    setIn(raw, 'horizon.days', 1e308);
    expect(problemsOf(raw)).toEqual([
      `${FILE}: horizon.days: expected at most ${LIMITS.days}, got 1e+308`,
      `${FILE}: replications: expected at most ${LIMITS.replications}, got 1e+308`,
      `${FILE}: pools.router.staff: expected at most ${LIMITS.staff}, got 1000000000`,
      `${FILE}: pools.se.specialties.XADM.sesPerTeam: expected at most ${LIMITS.sesPerTeam}, got 10000000`,
      `${FILE}: pools.pods.count: expected at most ${LIMITS.pods}, got 10000000`,
      `${FILE}: pools.tams.premierAccounts: expected at most ${LIMITS.premierAccounts}, got 1000000000000`,
    ]);
  });

  it('keeps the usual message below the minimum and for values that are not whole numbers', () => {
    expect(problemsOf(withValue('pools.router.staff', -2))).toEqual([
      `${FILE}: pools.router.staff: expected a whole number >= 0, got -2`,
    ]);
    expect(problemsOf(withValue('pools.router.staff', 20000.5))).toEqual([
      `${FILE}: pools.router.staff: expected a whole number >= 0, got 20000.5`,
    ]);
  });

  it('bounds surges: the volume factor, their days and how many there are', () => {
    const surge = { fromDay: 1, toDay: 2, volumeFactor: 1e9 };
    expect(problemsOf(withValue('arrivals.surges', [surge]))).toEqual([
      `${FILE}: arrivals.surges[0].volumeFactor: expected at most ${LIMITS.volumeFactor}, got 1000000000`,
    ]);
    expect(problemsOf(withValue('arrivals.surges', [{ fromDay: 1, toDay: 1e308 }]))).toEqual([
      `${FILE}: arrivals.surges[0].toDay: expected at most ${LIMITS.days}, got 1e+308`,
    ]);
    const many = Array.from({ length: LIMITS.surges + 1 }, (_, i) => ({ fromDay: i, toDay: i + 0.5 }));
    expect(problemsOf(withValue('arrivals.surges', many))).toEqual([
      `${FILE}: arrivals.surges: expected at most ${LIMITS.surges} surges, got ${LIMITS.surges + 1}`,
    ]);
    expect(problemsOf(withValue('arrivals.surges', many.slice(0, LIMITS.surges)))).toBeNull();
  });

  it('bounds specialties, their names, schedules and shifts', () => {
    const names = Array.from({ length: LIMITS.specialties + 1 }, (_, i) => `S${i}`);
    expect(problemsOf({ name: 'x', specialties: names })).toEqual([
      `${FILE}: specialties: expected at most ${LIMITS.specialties} specialty names, got ${names.length}`,
    ]);
    const long = 'X'.repeat(LIMITS.specialtyName + 1);
    expect(problemsOf({ name: 'x', specialties: ['XADM', long] })).toEqual([
      `${FILE}: specialties[1]: expected a specialty name of at most ${LIMITS.specialtyName} characters, got "${long}"`,
    ]);
    const shift = { days: 'Mon-Sun', start: '00:00', end: '24:00', share: 0.5 };
    const schedules = Object.fromEntries(
      Array.from({ length: LIMITS.schedules + 1 }, (_, i) => [`s${i}`, { shifts: [shift, shift] }]),
    );
    expect(problemsOf({ name: 'x', schedules })).toEqual([
      `${FILE}: schedules: expected at most ${LIMITS.schedules} named schedules, got ${LIMITS.schedules + 1}`,
    ]);
    const shifts = Array.from({ length: LIMITS.shifts + 1 }, () => ({
      ...shift,
      share: 1 / (LIMITS.shifts + 1),
    }));
    expect(problemsOf({ name: 'x', schedules: { many: { shifts } } })).toEqual([
      `${FILE}: schedules.many.shifts: expected at most ${LIMITS.shifts} shifts, got ${LIMITS.shifts + 1}`,
    ]);
  });

  it('lists every limit in the README with the same number', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('#### Limits'));
    expect(section.length).toBeLessThan(readme.length);
    const documented = new Map<string, string>();
    for (const [, key, value] of section.matchAll(/^\| `(\w+)` \| [^|]+ \| ([\d,.e-]+) \|/gm))
      documented.set(key, value.replace(/,/g, ''));
    for (const [key, value] of Object.entries(LIMITS)) expect(documented.get(key), key).toBe(String(value));
  });
});

describe('tiersim on counts beyond their maximum', () => {
  beforeAll(requireBuiltCli);
  afterAll(removeTempDirs);

  /** Exit 2, nothing on stdout, no stack trace; the stderr lines. */
  function refused(...args: string[]): string[] {
    const result = tiersim(...args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(STACK_FRAME);
    return result.stderr.trimEnd().split('\n');
  }

  it('run refuses staff of 1e9 with one line naming the field and the maximum', () => {
    const file = relative(ROOT, join(tempDir(), 'staff.json'));
    writeFileSync(join(ROOT, file), JSON.stringify(withValue('pools.router.staff', 1e9)));
    expect(refused('run', file)).toEqual([
      `${file}: pools.router.staff: expected at most 10000, got 1000000000`,
    ]);
  });

  it('run refuses --reps and --days beyond the maximum, naming the option', () => {
    expect(refused('run', 'scenarios/baseline.json', '--reps', '20000')).toEqual([
      'scenarios/baseline.json: --reps 20000: at most 10000 replications',
    ]);
    expect(refused('run', 'scenarios/baseline.json', '--days', '1e308')).toEqual([
      'scenarios/baseline.json: --days 1e+308: at most 36525 days (100 years)',
    ]);
  });
});
