import { describe, expect, it } from 'vitest';
import {
  parseScenario,
  parseScenarioText,
  ScenarioError,
  type ScenarioIssue,
} from '../src/sim/scenario/index.js';

const FILE = 'scenarios/x.json';

/** The issues of a file that must not load. */
function issuesOf(raw: unknown, readText?: (path: string) => string): ScenarioIssue[] {
  try {
    parseScenario(raw, { file: FILE, readText });
  } catch (error) {
    if (error instanceof ScenarioError) return error.issues;
    throw error;
  }
  throw new Error('the file loaded');
}

/** The error lines of a file that must not load, as its message prints them. */
function linesOf(raw: unknown): string[] {
  try {
    parseScenario(raw, { file: FILE });
  } catch (error) {
    if (error instanceof ScenarioError) return error.message.split('\n');
    throw error;
  }
  throw new Error('the file loaded');
}

describe('a bad scenario file', () => {
  it('names the file and field of a negative staff count', () => {
    expect(linesOf({ name: 'x', pools: { router: { staff: -2 } } })).toEqual([
      'scenarios/x.json: pools.router.staff: expected a whole number >= 0, got -2',
    ]);
  });

  it('reports wrong types with what was expected and what was found', () => {
    expect(
      issuesOf({ name: 'x', seed: 'seven', pools: { se: 'many' }, arrivals: { betaShare: true } }),
    ).toEqual([
      { path: 'seed', message: 'expected a whole number >= 0, got "seven"' },
      { path: 'arrivals.betaShare', message: 'expected a share in [0, 1], got true' },
      { path: 'pools.se', message: 'expected an object, got "many"' },
    ]);
  });

  it('reports a missing name and a file that is not an object', () => {
    expect(issuesOf({})).toEqual([{ path: 'name', message: 'expected a non-empty string, got nothing' }]);
    expect(() => parseScenario([1], { file: FILE })).toThrow('scenarios/x.json: expected an object, got [1]');
  });

  it('reports a mix whose shares do not sum to 1', () => {
    expect(issuesOf({ name: 'x', arrivals: { mix: { severity: { A: 0.1, B: 0.2, C: 0.6 } } } })).toEqual([
      { path: 'arrivals.mix.severity', message: 'shares must sum to 1, got 0.9' },
    ]);
  });

  it('reports unknown specialties, listing the known ones', () => {
    expect(
      issuesOf({
        name: 'x',
        arrivals: { mix: { specialty: { XADM: 1, XFOO: 0 } } },
        pools: { se: { specialties: { XADX: {} } } },
      }),
    ).toEqual([
      {
        path: 'arrivals.mix.specialty.XFOO',
        message: 'unknown specialty "XFOO" (specialties are XADM, XCON, XCSI)',
      },
      {
        path: 'pools.se.specialties.XADX',
        message: 'unknown specialty "XADX" (specialties are XADM, XCON, XCSI)',
      },
    ]);
  });

  it('checks specialty keys against the specialties the file names', () => {
    expect(issuesOf({ name: 'x', specialties: ['NET'], pools: { pods: { members: { XADM: 2 } } } })).toEqual([
      { path: 'pools.pods.members.XADM', message: 'unknown specialty "XADM" (specialties are NET)' },
    ]);
  });

  it('reports an unknown distribution name, listing the known ones', () => {
    expect(issuesOf({ name: 'x', pools: { router: { triage: { dist: 'weibull', shape: 2 } } } })).toEqual([
      {
        path: 'pools.router.triage.dist',
        message:
          'unknown distribution "weibull" (expected one of exponential, lognormal, gamma, triangular, uniform, constant, empirical)',
      },
    ]);
  });

  it('reports a bare duration where a distribution belongs', () => {
    expect(issuesOf({ name: 'x', pools: { se: { consult: '25m' } } })).toEqual([
      {
        path: 'pools.se.consult',
        message: 'expected a distribution such as { "dist": "exponential", "mean": "25m" }, got "25m"',
      },
    ]);
  });

  it('reports unknown fields, so typos are caught', () => {
    expect(issuesOf({ name: 'x', pools: { router: { staf: 4 } }, horizon: { day: 3 } })).toEqual([
      { path: 'horizon.day', message: 'unknown field' },
      { path: 'pools.router.staf', message: 'unknown field' },
    ]);
  });

  it('reports unknown fields of a distribution', () => {
    expect(
      issuesOf({ name: 'x', pools: { router: { triage: { dist: 'exponential', mean: 5, sd: 2 } } } }),
    ).toEqual([{ path: 'pools.router.triage.sd', message: 'unknown field' }]);
  });

  it('reports warmupDays >= days', () => {
    expect(issuesOf({ name: 'x', horizon: { days: 5, warmupDays: 5 } })).toEqual([
      { path: 'horizon.warmupDays', message: 'expected fewer warm-up days than days (5), got 5' },
    ]);
  });

  it('reports a triangular distribution with min > max, and a lognormal without sd', () => {
    expect(
      issuesOf({
        name: 'x',
        pools: {
          router: {
            triage: { dist: 'triangular', min: '30m', mode: '10m', max: '5m' },
            patience: { dist: 'lognormal', mean: 5 },
          },
        },
      }),
    ).toEqual([
      {
        path: 'pools.router.triage',
        message: 'expected min <= mode <= max and min < max, got min 30, mode 10, max 5 (minutes)',
      },
      {
        path: 'pools.router.patience.sd',
        message: 'expected a duration > 0 (minutes, or "90m"/"4h"/"2d"), got nothing',
      },
    ]);
  });

  it('reports out-of-range numbers with their range', () => {
    expect(
      issuesOf({
        name: 'x',
        pools: { router: { shrinkage: 1 }, tams: { accountsPerTam: 12 }, pods: { crossSkillEfficiency: 0 } },
      }),
    ).toEqual([
      { path: 'pools.router.shrinkage', message: 'expected a share in [0, 1), got 1' },
      { path: 'pools.pods.crossSkillEfficiency', message: 'expected a number in (0, 1], got 0' },
      { path: 'pools.tams.accountsPerTam', message: 'expected a whole number from 1 to 10, got 12' },
    ]);
  });

  it('reports every error of a file at once', () => {
    const lines = linesOf({
      name: 'x',
      horizon: { days: 5, warmupDays: 9 },
      arrivals: { weeklyProfile: '../data/nope.csv', mix: { contract: { standard: 0.5 } } },
      pools: {
        router: { staff: -2, staf: 1, triage: { dist: 'weibull' } },
        se: { specialties: { XADX: {} }, sessions: 0 },
        pods: { work: { C: { dist: 'triangular', min: 9, mode: 5, max: 1 } } },
      },
      sla: { goal: 'high' },
    });
    expect(lines).toEqual([
      'scenarios/x.json: horizon.warmupDays: expected fewer warm-up days than days (5), got 9',
      'scenarios/x.json: arrivals.weeklyProfile: cannot read ../data/nope.csv: no file reader was given to the parser',
      'scenarios/x.json: arrivals.mix.contract: shares must sum to 1, got 0.5',
      'scenarios/x.json: pools.router.staff: expected a whole number >= 0, got -2',
      'scenarios/x.json: pools.router.triage.dist: unknown distribution "weibull" (expected one of exponential, lognormal, gamma, triangular, uniform, constant, empirical)',
      'scenarios/x.json: pools.router.staf: unknown field',
      'scenarios/x.json: pools.se.specialties.XADX: unknown specialty "XADX" (specialties are XADM, XCON, XCSI)',
      'scenarios/x.json: pools.se.sessions: expected a whole number >= 1, got 0',
      'scenarios/x.json: pools.pods.work.C: expected min <= mode <= max and min < max, got min 9, mode 5, max 1 (minutes)',
      'scenarios/x.json: sla.goal: expected a share in [0, 1], got "high"',
    ]);
  });

  it('reports a bad list of specialties without complaining about the keys that use them', () => {
    expect(
      issuesOf({
        name: 'x',
        specialties: ['XADM', 'XADM', 'X Y'],
        pools: { pods: { members: { XADM: 2 } } },
      }),
    ).toEqual([
      {
        path: 'specialties[2]',
        message: 'expected a specialty name (letters, digits, "_" or "-"), got "X Y"',
      },
    ]);
    expect(issuesOf({ name: 'x', specialties: ['XADM', 'XADM'] })).toEqual([
      { path: 'specialties[1]', message: '"XADM" is listed twice' },
    ]);
  });

  it('reports text that is not JSON at all', () => {
    expect(() => parseScenarioText('{ "name": "x", }', { file: FILE })).toThrow(
      /^scenarios\/x\.json: not valid JSON: /,
    );
    expect(parseScenarioText('{ "name": "x" }', { file: FILE }).name).toBe('x');
  });
});
