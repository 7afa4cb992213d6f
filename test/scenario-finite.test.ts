import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStream, makeDistribution, type DistributionSpec } from '../src/sim/random/index.js';
import {
  LIMITS,
  MAX_DURATION_MINUTES,
  parseScenario,
  ScenarioError,
  type Scenario,
} from '../src/sim/scenario/index.js';
import { requireBuiltCli, removeTempDirs, ROOT, STACK_FRAME, tempDir, tiersim } from './fixtures/cli/cli.js';

const FILE = 'scenarios/x.json';
const NINES = `${'9'.repeat(400)}m`;

/** Parses a scenario whose CSV files are given as text by name. */
function parse(raw: Record<string, unknown>, csv: Record<string, string> = {}): Scenario {
  return parseScenario(
    { name: 'x', ...raw },
    {
      file: FILE,
      readText: (path) => {
        if (!(path in csv)) throw new Error(`no file ${path}`);
        return csv[path];
      },
    },
  );
}

/** The error lines of a scenario that must not load. */
function problems(raw: Record<string, unknown>, csv: Record<string, string> = {}): string[] {
  try {
    parse(raw, csv);
  } catch (error) {
    if (error instanceof ScenarioError) return error.message.split('\n');
    throw error;
  }
  throw new Error('the scenario loaded');
}

/** A scenario whose router triage time is `triage`. */
function withTriage(triage: unknown): Record<string, unknown> {
  return { pools: { router: { triage } } };
}

describe('numbers that are not finite after unit conversion', () => {
  it('refuses a duration of 400 nines in minutes, which is Infinity, naming the field and the bound', () => {
    expect(Number.parseFloat(NINES)).toBe(Infinity);
    const [line, ...rest] = problems({ sla: { firstResponse: { A: NINES } } });
    expect(rest).toEqual([]);
    expect(line).toMatch(
      /^scenarios\/x\.json: sla\.firstResponse\.A: expected a duration of at most 36525d \(100 years\), got "9{70,}\.\.\.$/,
    );
    expect(line.length).toBeLessThan(200);
    expect(problems(withTriage({ dist: 'exponential', mean: NINES }))[0]).toMatch(
      /^scenarios\/x\.json: pools\.router\.triage\.mean: expected a duration of at most 36525d/,
    );
  });

  it('accepts a duration of exactly 100 years and refuses one a minute longer', () => {
    expect(parse({ sla: { firstResponse: { C: `${LIMITS.days}d` } } }).sla.firstResponse.C).toBe(
      MAX_DURATION_MINUTES,
    );
    expect(parse({ sla: { firstResponse: { C: MAX_DURATION_MINUTES } } }).sla.firstResponse.C).toBe(
      MAX_DURATION_MINUTES,
    );
    expect(problems({ sla: { firstResponse: { C: MAX_DURATION_MINUTES + 1 } } })).toEqual([
      `${FILE}: sla.firstResponse.C: expected a duration of at most 36525d (100 years), got 52596001`,
    ]);
  });

  it('refuses costs and an overtime factor of 1e308, which would make kpis.csv say Infinity', () => {
    expect(problems({ costs: { se: 1e308, overtimeFactor: 1e308 } })).toEqual([
      `${FILE}: costs.se: expected at most ${LIMITS.costPerHour}, got 1e+308`,
      `${FILE}: costs.overtimeFactor: expected at most ${LIMITS.overtimeFactor}, got 1e+308`,
    ]);
    const csv = { 'costs.csv': 'role,costPerHour\nse,1e308\n' };
    expect(problems({ costs: { file: 'costs.csv' } }, csv)).toEqual([
      `${FILE}: costs.file: costs.csv row 2: costPerHour: expected a number from 0 to ${LIMITS.costPerHour}, got "1e308"`,
    ]);
  });

  it('refuses a weekly profile whose weights sum to Infinity, or are too small to scale', () => {
    const profile = (weight: string) => ({
      'week.csv': `weight\n${Array.from({ length: 168 }, () => weight).join('\n')}\n`,
    });
    expect(problems({ arrivals: { weeklyProfile: 'week.csv' } }, profile('1e308'))).toEqual([
      `${FILE}: arrivals.weeklyProfile: week.csv: the weights are too large: their sum is not a finite number`,
    ]);
    const tiny = { 'week.csv': `weight\n5e-324\n${Array.from({ length: 167 }, () => '0').join('\n')}\n` };
    expect(problems({ arrivals: { weeklyProfile: 'week.csv' } }, tiny)).toEqual([
      `${FILE}: arrivals.weeklyProfile: week.csv: the weights are so close to 0 that they cannot be scaled`,
    ]);
    // The same weights a million times larger are fine: only their ratios matter.
    const flat = parse({ arrivals: { weeklyProfile: 'week.csv' } }, profile('1e300'));
    expect(flat.arrivals.weeklyProfile?.weights[0]).toBe(1e300);
  });

  it('refuses empirical values beyond 100 years and cells that are not finite numbers', () => {
    const csv = { 't.csv': 'minutes\n5\n1e12\n1e400\n' };
    expect(problems(withTriage({ dist: 'empirical', file: 't.csv', column: 'minutes' }), csv)).toEqual([
      `${FILE}: pools.router.triage.file: t.csv row 3: minutes: expected a duration (minutes, or "90m"/"4h"/"2d"), got "1e12"`,
      `${FILE}: pools.router.triage.file: t.csv row 4: minutes: expected a duration (minutes, or "90m"/"4h"/"2d"), got "1e400"`,
    ]);
  });
});

describe('distributions whose draws would not be finite numbers', () => {
  const cases: Array<[string, unknown, RegExp]> = [
    [
      'a lognormal with sd 1e200 (sd² is Infinity)',
      { dist: 'lognormal', mean: '6m', sd: 1e200 },
      /triage\.sd: expected a duration of at most 36525d/,
    ],
    [
      'a lognormal with sd 1e-200 (no spread a double can hold)',
      { dist: 'lognormal', mean: '6m', sd: 1e-200 },
      /triage\.sd: expected sd at least mean \/ 1,000,000 \(for no spread, use a constant\), got sd 1e-200 with mean 6/,
    ],
    [
      'a lognormal with mean 1e308',
      { dist: 'lognormal', mean: 1e308, sd: 1 },
      /triage\.mean: expected a duration of at most 36525d/,
    ],
    [
      'a gamma with mean 1e308',
      { dist: 'gamma', mean: 1e308, sd: 1 },
      /triage\.mean: expected a duration of at most 36525d/,
    ],
    [
      'a gamma with sd 101 times its mean (shape 1e-4: draws underflow)',
      { dist: 'gamma', mean: 1, sd: 101 },
      /triage\.sd: expected sd at most 100 x mean, got sd 101 with mean 1/,
    ],
    [
      'a gamma with sd 1e-200 (shape Infinity, draws NaN)',
      { dist: 'gamma', mean: 1, sd: 1e-200 },
      /triage\.sd: expected sd at least mean \/ 1,000,000/,
    ],
    [
      'an exponential with mean 1e308',
      { dist: 'exponential', mean: 1e308 },
      /triage\.mean: expected a duration of at most 36525d/,
    ],
    [
      'a triangular up to 1e308',
      { dist: 'triangular', min: 0, mode: 1e308, max: 1e308 },
      /triage\.mode: expected a duration of at most 36525d/,
    ],
    [
      'a uniform near the double range',
      { dist: 'uniform', min: 1e308, max: 1.7e308 },
      /triage\.min: expected a duration of at most 36525d/,
    ],
  ];
  for (const [what, triage, message] of cases) {
    it(`refuses ${what}, naming the field`, () => {
      const lines = problems(withTriage(triage));
      expect(lines[0]).toMatch(message);
      expect(lines[0]).toMatch(/^scenarios\/x\.json: pools\.router\.triage\./);
    });
  }

  it('has samplers that refuse parameters whose derived values overflow, whoever calls them', () => {
    const bad: Array<[DistributionSpec, RegExp]> = [
      [
        { dist: 'lognormal', mean: 6, sd: 1e200 },
        /lognormal: its parameters give the variance sd² = Infinity/,
      ],
      [{ dist: 'lognormal', mean: 1e-200, sd: 1e-200 }, /lognormal: its parameters give mean² = 0/],
      [{ dist: 'gamma', mean: 1, sd: 1e-200 }, /gamma: its parameters give the shape mean²\/sd² = Infinity/],
      [{ dist: 'gamma', mean: 1e200, sd: 1 }, /gamma: its parameters give the shape mean²\/sd² = Infinity/],
      [{ dist: 'exponential', mean: 1e308 }, /exponential: its parameters give the largest draw = Infinity/],
      [{ dist: 'uniform', min: -1.7e308, max: 1.7e308 }, /uniform: its parameters give the width/],
      [{ dist: 'triangular', min: 0, mode: 1e200, max: 1e200 }, /triangular: its parameters give/],
      [
        { dist: 'empirical', values: [1.7e308, 1.7e308] },
        /empirical: its parameters give the mean = Infinity/,
      ],
    ];
    for (const [spec, message] of bad) expect(() => makeDistribution(spec)).toThrow(message);
  });

  /**
   * Specs at the corners of what the format accepts: means from a thousandth of a minute to
   * 100 years, sd from a millionth to 100 times the mean (and at most 100 years itself).
   */
  function cornerSpecs(): Array<Record<string, unknown>> {
    const specs: Array<Record<string, unknown>> = [];
    for (const mean of [1e-3, 1, MAX_DURATION_MINUTES]) {
      specs.push({ dist: 'exponential', mean });
      for (const cv of [LIMITS.minCoefficientOfVariation, 1, LIMITS.coefficientOfVariation]) {
        const sd = Math.min(mean * cv, MAX_DURATION_MINUTES);
        specs.push({ dist: 'lognormal', mean, sd });
        specs.push({ dist: 'gamma', mean, sd });
      }
    }
    specs.push({ dist: 'triangular', min: 0, mode: 0, max: MAX_DURATION_MINUTES });
    specs.push({ dist: 'triangular', min: 0, mode: MAX_DURATION_MINUTES, max: MAX_DURATION_MINUTES });
    specs.push({ dist: 'uniform', min: 0, max: MAX_DURATION_MINUTES });
    specs.push({ dist: 'constant', value: MAX_DURATION_MINUTES });
    return specs;
  }

  it('gives finite draws >= 0 (> 0 for a lognormal) from every distribution the format accepts, at its corners', () => {
    const rng = createStream(13, 0, 'corners');
    for (const raw of cornerSpecs()) {
      // Through the parser: what it accepts is what the engine samples.
      const spec = parse(withTriage(raw)).pools.router.triage;
      const dist = makeDistribution(spec);
      expect(Number.isFinite(dist.mean) && Number.isFinite(dist.variance), JSON.stringify(raw)).toBe(true);
      let bad = 0;
      for (let i = 0; i < 4000; i++) {
        const x = dist.sample(rng);
        const low = spec.dist === 'lognormal' ? x > 0 : x >= 0;
        if (!(Number.isFinite(x) && low)) bad++;
      }
      expect(bad, JSON.stringify(raw)).toBe(0);
    }
  });

  it('never draws below min from a triangular whose mode is its min, even where (max − min)² rounds up', () => {
    const dist = makeDistribution({ dist: 'triangular', min: 0.1, mode: 0.1, max: 0.3 });
    // u = 0 takes the falling side at its far end: max − sqrt((max − min)²) must not undershoot min.
    expect(dist.sample(() => 0)).toBeGreaterThanOrEqual(0.1);
    const rng = createStream(5, 0, 'triangular');
    for (let i = 0; i < 4000; i++) expect(dist.sample(rng)).toBeGreaterThanOrEqual(0.1);
  });
});

describe('tiersim on numbers that are not finite', () => {
  beforeAll(requireBuiltCli);
  afterAll(removeTempDirs);

  it('validate and run refuse an SLA target of 400 nines in minutes: exit 2, one line naming the field', () => {
    const dir = tempDir();
    const file = relative(ROOT, join(dir, 'nines.json'));
    writeFileSync(
      join(ROOT, file),
      JSON.stringify({ name: 'x', textbook: true, sla: { firstResponse: { A: NINES } } }),
    );
    for (const args of [
      ['validate', file],
      ['run', file, '--reps', '1', '--days', '2'],
    ]) {
      const result = tiersim(...args);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).not.toMatch(STACK_FRAME);
      const lines = result.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        new RegExp(
          `^${file.replace(/[.]/g, '\\.')}: sla\\.firstResponse\\.A: expected a duration of at most 36525d`,
        ),
      );
    }
  });
});
