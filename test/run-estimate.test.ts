import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outOfMemory } from '../src/cli/run-budget.js';
import { runScenario, simulateReplication } from '../src/sim/run/index.js';
import { callbacksBound } from '../src/sim/run/callback-bound.js';
import {
  estimateRun,
  eventsPerCaseBound,
  expectedArrivals,
  overBudget,
  RUN_BUDGET,
} from '../src/sim/run/index.js';
import { setIn, type Scenario } from '../src/sim/scenario/index.js';
import { requireBuiltCli, removeTempDirs, ROOT, STACK_FRAME, tempDir, tiersim } from './fixtures/cli/cli.js';
import { mergedScenarioJson, scenarioFrom } from './support/scenario.js';

/** Every shipped scenario (not the JSON Schemas, not sweep files). */
const SHIPPED = [
  ...readdirSync(join(ROOT, 'scenarios'))
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .map((f) => `scenarios/${f}`),
  ...readdirSync(join(ROOT, 'scenarios/teach')).map((f) => `scenarios/teach/${f}`),
];

/** A shipped scenario with changes (dotted path -> value), at most `days` long. */
function variant(file: string, changes: Record<string, unknown> = {}, days = 21): Scenario {
  const raw = mergedScenarioJson(file);
  const horizon = raw.horizon as { days?: number; warmupDays?: number } | undefined;
  const warmupDays = Math.min(horizon?.warmupDays ?? 7, 3);
  raw.horizon = { days: Math.min(horizon?.days ?? 35, days), warmupDays };
  for (const [path, value] of Object.entries(changes)) setIn(raw, path, value);
  return scenarioFrom(raw, file);
}

describe('the event estimate is an upper bound of the events a run processes', () => {
  for (const file of SHIPPED) {
    it(`for ${file}, replication by replication`, () => {
      const scenario = variant(file);
      const estimate = estimateRun(scenario);
      for (const replication of [0, 1]) {
        const result = simulateReplication(scenario, { replication });
        expect(result.casesGenerated).toBeLessThanOrEqual(estimate.arrivalsPerReplication);
        expect(result.events).toBeLessThanOrEqual(estimate.eventsPerReplication);
        expect(result.events).toBeGreaterThan(0);
      }
    });
  }

  /** Variants that set every timer a case or a person can: the bound must hold there too. */
  const extremes: Array<[string, string, Record<string, unknown>]> = [
    [
      'every SE timer: 8 sessions, customer waits, a consult and a misroute for every case, all the way to a hotfix',
      'scenarios/baseline.json',
      {
        'pools.se.sessions': 8,
        'pools.se.consultShare': 1,
        'pools.router.misrouteShare': 1,
        'pools.router.closeShare': 0,
        'arrivals.sensitiveShare': 1,
        'arrivals.mix.contract': { standard: 0, premier: 1, tier3: 0 },
        'arrivals.betaShare': 0,
        'escalation.toProblemControl': 1,
        'escalation.toEscalation': 1,
        'escalation.hotfixShare': 1,
      },
    ],
    [
      'every case a tier3 case at the pods, crossing skills, escalated',
      'scenarios/baseline.json',
      { 'arrivals.mix.contract': { standard: 0, premier: 0, tier3: 1 }, 'escalation.fromPods': 1 },
    ],
    [
      'every case a beta case',
      'scenarios/baseline.json',
      { 'arrivals.betaShare': 1, 'escalation.fromBeta': 1 },
    ],
    [
      'two routers for a launch-week surge: callers hang up, cases escalate by age',
      'scenarios/beta-launch-surge.json',
      { 'pools.router.staff': 2, 'escalation.escalateAfter': { A: '1h', B: '2h', C: '4h' } },
    ],
    [
      'shifts and shrinkage everywhere, nobody on duty half the week',
      'scenarios/baseline.json',
      {
        schedules: {
          odd: {
            shifts: [
              { days: 'Mon-Wed', start: '06:00', end: '02:00', share: 0.5 },
              { days: 'Sat,Sun', start: '22:00', end: '10:00', share: 0.5 },
            ],
          },
        },
        'pools.router.schedule': 'odd',
        'pools.se.schedule': 'odd',
        'pools.escalation.schedule': 'odd',
        'pools.se.shrinkage': 0.9,
        'pools.router.shrinkage': 0.5,
      },
    ],
    ['a replayed trace that scripts hotfixes', 'scenarios/teach/hard-case-hotfix.json', {}],
    [
      'callers who call back 9 times in 10 after a widely spread delay, to two routers',
      'scenarios/baseline.json',
      {
        'pools.router.staff': 2,
        'pools.router.retrial': { share: 0.9, delay: { dist: 'lognormal', mean: '10m', sd: '60m' } },
      },
    ],
    [
      'callers who all call back, again and again, to routers who are never there',
      'scenarios/baseline.json',
      {
        'pools.router.staff': 0,
        'pools.router.patience': { dist: 'exponential', mean: '2m' },
        'pools.router.retrial': { share: 1, delay: { dist: 'exponential', mean: '3h' } },
      },
    ],
    [
      'callers who all call back after exactly 3 hours, to one router',
      'scenarios/baseline.json',
      {
        'pools.router.staff': 1,
        'pools.router.patience': { dist: 'constant', value: '1m' },
        'pools.router.retrial': { share: 1, delay: { dist: 'constant', value: '3h' } },
      },
    ],
  ];
  for (const [what, file, changes] of extremes) {
    it(`with ${what}`, () => {
      const scenario = { ...variant(file, changes, 14), replications: 3 };
      const estimate = estimateRun(scenario);
      const summary = runScenario(scenario);
      expect(summary.events).toBeLessThanOrEqual(estimate.events);
      expect(summary.casesGenerated).toBeLessThanOrEqual(3 * estimate.arrivalsPerReplication);
    });
  }

  it('counts only the timers a scenario can set: two events per case for the M/M/c (arrival, service)', () => {
    expect(eventsPerCaseBound(variant('scenarios/textbook-mmc.json'))).toBe(2);
    // Arrival, age limit, escalation manager, TAM, then triage + patience + transfer + 3 sessions
    // + 2 customer waits + consult, then Problem Control's 3 sessions + 2 waits between them, the
    // escalation engineer's 3 + 2, hotfix: 4 + 9 + 5 + 5 + 1.
    expect(eventsPerCaseBound(variant('scenarios/baseline.json'))).toBe(24);
  });
});

describe('the calls back the estimate counts', () => {
  const withRetrial = (retrial: unknown) =>
    variant('scenarios/baseline.json', { 'pools.router.retrial': retrial }, 14);
  const day = 1440;

  it('are none without retrial, with a share of 0, or when nobody hangs up', () => {
    expect(
      callbacksBound(variant('scenarios/baseline.json', { 'pools.router.retrial': null }), 1000, day),
    ).toBe(0);
    expect(callbacksBound(withRetrial({ share: 0 }), 1000, day)).toBe(0);
    const patient = variant('scenarios/baseline.json', {
      'pools.router.patience': null,
      'pools.router.retrial': { share: 1 },
    });
    expect(callbacksBound(patient, 1000, day)).toBe(0);
  });

  it('are, at share 1 with a constant delay d, at most cases × (horizon / d + 1), plus 6 √cases + 21', () => {
    const constant20 = withRetrial({ share: 1, delay: { dist: 'constant', value: '20m' } });
    expect(callbacksBound(constant20, 100, day)).toBe(Math.ceil(100 * (day / 20 + 1) + 6 * 10 + 21));
  });

  it('are, at share s < 1, at most the negative binomial count of (cases + 1) s / (1 − s), plus its margin', () => {
    const s = 0.75;
    const expected = (101 * s + 6 * Math.sqrt(101 * s) + 21) / (1 - s);
    expect(callbacksBound(withRetrial({ share: s }), 100, 30 * day)).toBe(Math.ceil(expected));
  });
});

describe('the arrivals the estimate expects', () => {
  const flat = (changes: Record<string, unknown> = {}) =>
    variant('scenarios/textbook-mmc.json', { 'arrivals.casesPerHour': 60, ...changes }, 14);

  it('are the rate times the horizon for a flat week, and for a weekly profile over whole weeks', () => {
    expect(expectedArrivals(flat(), 14 * 1440)).toBeCloseTo(60 * 24 * 14, 6);
    const profiled = variant('scenarios/baseline.json', { 'arrivals.casesPerHour': 60 }, 14);
    expect(profiled.arrivals.weeklyProfile).not.toBeNull();
    expect(expectedArrivals(profiled, 14 * 1440)).toBeCloseTo(60 * 24 * 14, 6);
  });

  it('add what a surge adds', () => {
    const surged = flat({ 'arrivals.surges': [{ fromDay: 2, toDay: 4, volumeFactor: 3 }] });
    expect(expectedArrivals(surged, 14 * 1440)).toBeCloseTo(60 * 24 * 14 + 2 * 60 * 48, 6);
  });

  it('match the mean of simulated arrivals within four standard errors (Poisson)', () => {
    const scenario = variant(
      'scenarios/baseline.json',
      { 'arrivals.surges': [{ fromDay: 3, toDay: 5, volumeFactor: 2 }] },
      10,
    );
    const expected = expectedArrivals(scenario, 10 * 1440);
    const n = 12;
    let sum = 0;
    for (let r = 0; r < n; r++) sum += simulateReplication(scenario, { replication: r }).casesGenerated;
    const standardError = Math.sqrt(expected / n);
    expect(Math.abs(sum / n - expected)).toBeLessThan(4 * standardError);
  });
});

describe('the run budget', () => {
  it('lets every shipped scenario run as shipped, with --trace and two jobs', () => {
    for (const file of SHIPPED) {
      const scenario = scenarioFrom(mergedScenarioJson(file), file);
      const estimate = estimateRun(scenario, { trace: true, concurrent: 2 });
      expect(overBudget(estimate), file).toBeNull();
      expect(estimate.memoryBytes).toBeLessThan(RUN_BUDGET.memoryBytes);
    }
  });

  it('counts every case as open where a pool cannot keep up, and says which pool', () => {
    const stuck = variant('scenarios/textbook-mmc.json', { 'arrivals.casesPerHour': 100_000 }, 3);
    const estimate = estimateRun(stuck);
    expect(estimate.overloaded).toEqual(['router']);
    expect(estimate.memory.cases).toBeGreaterThanOrEqual(estimate.arrivalsPerReplication * 512);
    expect(overBudget(estimate)).toMatch(
      /^the run would need about \d+\.\d GB of memory \(limit 2\.0 GB\): add staff to router, or lower arrivals\.casesPerHour or horizon\.days$/,
    );
    // The same load with the staff to serve it keeps few cases open and fits.
    const served = variant(
      'scenarios/textbook-mmc.json',
      {
        'arrivals.casesPerHour': 100_000,
        'pools.router.staff': 2000,
        'pools.router.triage': { dist: 'exponential', mean: '0.5m' },
      },
      3,
    );
    expect(estimateRun(served).overloaded).toEqual([]);
    expect(overBudget(estimateRun(served))).toBeNull();
  });

  it('grows with --jobs and --trace, and says to drop the trace when it is the largest part', () => {
    const scenario = variant('scenarios/textbook-mmc.json', { 'horizon.days': 3000 }, 3000);
    const one = estimateRun(scenario);
    expect(estimateRun(scenario, { concurrent: 4 }).memoryBytes).toBeGreaterThan(one.memoryBytes);
    const traced = estimateRun(scenario, { trace: true });
    expect(traced.memory.trace).toBeGreaterThan(RUN_BUDGET.memoryBytes);
    expect(overBudget(traced)).toMatch(/: run without --trace, or lower horizon\.days$/);
    // Written to trace.csv as it is made (--out), the trace is a chunk and the run fits.
    expect(overBudget(estimateRun(scenario, { trace: true, traceStreamed: true }))).toBeNull();
  });

  it('refuses a run longer than 30 minutes of one core, saying what to lower', () => {
    // 100,000 cases an hour, served at once, for 30 days and 10 replications: 1.4 billion events.
    const long = {
      ...variant(
        'scenarios/textbook-mmc.json',
        {
          'horizon.days': 30,
          'arrivals.casesPerHour': 100_000,
          'pools.router.staff': 2000,
          'pools.router.triage': { dist: 'exponential', mean: '0.5m' },
        },
        30,
      ),
      replications: 10,
    };
    const estimate = estimateRun(long);
    expect(estimate.seconds).toBeGreaterThan(RUN_BUDGET.seconds);
    expect(estimate.memoryBytes).toBeLessThan(RUN_BUDGET.memoryBytes);
    expect(overBudget(estimate)).toMatch(
      /^the run would take up to [\d.]+ (minutes|hours) \([\d.]+ (million|billion) events; limit 30 minutes\): lower replications \(--reps\), horizon\.days \(--days\) or arrivals\.casesPerHour$/,
    );
  });
});

describe('tiersim and the run budget', () => {
  beforeAll(requireBuiltCli);
  afterAll(removeTempDirs);

  it('run and validate refuse a run that would not fit in memory: exit 2, one line with the estimate and what to lower', () => {
    const dir = tempDir();
    const file = relative(ROOT, join(dir, 'flood.json'));
    const raw = {
      name: 'flood',
      textbook: true,
      horizon: { days: 3, warmupDays: 1 },
      replications: 1,
      arrivals: { casesPerHour: 100_000 },
      pools: { router: { closeShare: 1 } },
    };
    writeFileSync(join(ROOT, file), JSON.stringify(raw));
    for (const args of [
      ['run', file],
      ['validate', file],
    ]) {
      const result = tiersim(...args);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).not.toMatch(STACK_FRAME);
      expect(result.stderr).toMatch(
        new RegExp(
          `^${file.replace(/[.]/g, '\\.')}: the run would need about \\d+\\.\\d GB of memory \\(limit 2\\.0 GB\\): add staff to router, or lower arrivals\\.casesPerHour or horizon\\.days\\n$`,
        ),
      );
    }
  });

  it('a batch skips the scenario too large to run and runs the others (exit 3)', () => {
    const dir = tempDir();
    const file = relative(ROOT, join(dir, 'flood.json'));
    writeFileSync(
      join(ROOT, file),
      JSON.stringify({ name: 'flood', textbook: true, arrivals: { casesPerHour: 100_000 } }),
    );
    const result = tiersim('run', file, 'scenarios/teach/quiet-day.json', '--format', 'csv', '--quiet');
    expect(result.status).toBe(3);
    expect(result.stderr).toContain(`${file}: the run would need about`);
    expect(result.stdout).toContain('quiet-day');
  });
});

describe('an out-of-memory error', () => {
  it('is one line that says what to lower', () => {
    for (const message of [
      'Invalid typed array length: 1000000000000',
      'Invalid array length',
      'Invalid string length',
    ]) {
      const line = outOfMemory(new RangeError(message));
      expect(line).toBe(
        `out of memory (${message}): the run is too large for this machine; lower replications (--reps), horizon.days (--days), arrivals.casesPerHour or the headcounts`,
      );
    }
    expect(outOfMemory(new RangeError('Maximum call stack size exceeded'))).toBeNull();
    expect(outOfMemory(new TypeError('Invalid array length'))).toBeNull();
  });
});
