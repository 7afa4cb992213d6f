import { describe, expect, it } from 'vitest';
import {
  runScenario,
  ScenarioError,
  simulateReplication,
  traceDetail,
  type Scenario,
  type TraceRow,
} from '../src/sim/index.js';
import { constant, flow, HERE, kpi, oneByOne, stepsOf } from './fixtures/model/harness.js';
import { mergedScenarioJson, scenarioFrom } from './support/scenario.js';
import { checkAgainstTheory, describeChecks } from './support/theory-check.js';

const exponential = (mean: string) => ({ dist: 'exponential', mean });

describe('a caller who hangs up calls back, as the same case, on the clock of the first call', () => {
  // One router (triage 20 min), one SE (work 60 min), every caller's patience 10 min; whoever
  // hangs up calls back (share 1) 30 min later. Case 1 at 0 is triaged 0-20, then with the SE
  // 20-80. Case 2 at 1 queues behind it, hangs up at 11 (patience 10), calls back at 41, finds
  // the router free: triaged 41-61, queued for the SE, who takes it at 80 and resolves it at 140.
  // Its first response is the SE at 80, 79 minutes after its first call at 1 (not 39 after 41).
  const scenario = scenarioFrom(
    oneByOne('callback.csv', {
      pools: {
        router: {
          triage: constant(20),
          patience: constant(10),
          retrial: { share: 1, delay: constant(30) },
        },
      },
    }),
    HERE,
  );
  const result = simulateReplication(scenario, { replication: 0, trace: true });

  it('traces case 2 hanging up at 11, calling back at 41 and being answered at once', () => {
    expect(stepsOf(result, 2)).toEqual([
      { at: 1, caseId: 2, event: 'arrived', place: 'arrival' },
      { at: 1, caseId: 2, event: 'queued', place: 'router' },
      { at: 11, caseId: 2, event: 'abandoned', place: 'router' },
      { at: 41, caseId: 2, event: 'calledBack', place: 'router' },
      { at: 41, caseId: 2, event: 'queued', place: 'router' },
      { at: 41, caseId: 2, event: 'taken', place: 'router' },
      { at: 61, caseId: 2, event: 'queued', place: 'se/XADM' },
      { at: 80, caseId: 2, event: 'taken', place: 'se/XADM' },
      { at: 140, caseId: 2, event: 'resolved', place: 'se/XADM' },
    ]);
    const calledBack = result.trace!.find((r) => r.event === 'calledBack')!;
    expect(traceDetail(calledBack)).toBe('call 2');
  });

  it('measures first responses from the first call: (20 + 79) / 2 minutes', () => {
    expect(kpi(result, 'firstResponse.mean', 'all')).toBeCloseTo(99 / 2, 12);
    expect(kpi(result, 'sla.attainment', 'all')).toBe(1);
  });

  it('counts two cases but three router calls, one of them hung up and called back', () => {
    expect(kpi(result, 'arrivals', 'all')).toBe(2);
    expect(kpi(result, 'visits', 'pool:router')).toBe(3);
    expect(kpi(result, 'abandoned.share', 'pool:router')).toBeCloseTo(1 / 3, 12);
    expect(kpi(result, 'callback.share', 'pool:router')).toBe(1);
    expect(kpi(result, 'resolved', 'all')).toBe(2);
  });

  it('counts flows per case: two into the router, two on to the SE, none lost', () => {
    expect(flow(result, 'arrival', 'router')).toBe(2);
    expect(flow(result, 'router', 'se/XADM')).toBe(2);
    expect(flow(result, 'router', 'abandoned')).toBe(0);
  });
});

/** The baseline's first `days` days from an empty Monday, with these router fields. */
function baseline(router: Record<string, unknown>, days = 3): Scenario {
  const raw = mergedScenarioJson('scenarios/baseline.json');
  const pools = raw.pools as Record<string, Record<string, unknown>>;
  pools.router = { ...pools.router, ...router };
  return scenarioFrom(
    { ...raw, horizon: { days, warmupDays: 0 }, replications: 1 },
    'scenarios/baseline.json',
  );
}

describe('a retrial share of 0', () => {
  it('gives the same trace and KPIs as no retrial (callback.share aside, which is 0)', () => {
    const without = simulateReplication(baseline({ retrial: null }), { replication: 0, trace: true });
    const share0 = simulateReplication(baseline({ retrial: { share: 0, delay: exponential('30m') } }), {
      replication: 0,
      trace: true,
    });
    expect(kpi(without, 'abandoned.share', 'pool:router')).toBeGreaterThan(0);
    expect(kpi(share0, 'callback.share', 'pool:router')).toBe(0);
    expect(without.kpis.has('callback.share|pool:router')).toBe(false);
    const others = new Map([...share0.kpis].filter(([key]) => key !== 'callback.share|pool:router'));
    expect(others).toEqual(without.kpis);
    expect(share0.trace).toEqual(without.trace);
  });
});

describe('a retrial share of 1', () => {
  // Three days of the baseline with impatient callers (patience 1 min) who all call back 30 min
  // later: many hang up, yet no case is lost.
  const scenario = baseline({
    staff: 8,
    patience: constant(1),
    retrial: { share: 1, delay: constant(30) },
  });
  const endAt = 3 * 1440;
  const result = simulateReplication(scenario, { replication: 0, trace: true });
  const trace = result.trace!;
  const rowsByCase = new Map<number, TraceRow[]>();
  for (const r of trace)
    if (r.caseId !== 0) rowsByCase.set(r.caseId, [...(rowsByCase.get(r.caseId) ?? []), r]);

  it('loses no case: none flows to abandoned, and every hang-up is followed by a call back unless it falls after the end', () => {
    const hangUps = trace.filter((r) => r.event === 'abandoned');
    expect(hangUps.length).toBeGreaterThan(20);
    expect(flow(result, 'router', 'abandoned')).toBe(0);
    for (const [id, rows] of rowsByCase) {
      rows.forEach((r, i) => {
        if (r.event !== 'abandoned') return;
        const next = rows[i + 1];
        if (r.at + 30 > endAt) expect(next, `case ${id}`).toBeUndefined();
        else expect(next, `case ${id}`).toMatchObject({ at: r.at + 30, event: 'calledBack' });
      });
    }
  });

  it('takes every routed case that is not still calling at the end to an SE, or closes it at the router', () => {
    const routed = [...rowsByCase.values()].filter((rows) => rows.some((r) => r.place === 'router'));
    const stillCalling = routed.filter((rows) => {
      const last = rows[rows.length - 1];
      return last.place === 'router' && last.event !== 'resolved';
    });
    const reached = routed.filter((rows) =>
      rows.some(
        (r) =>
          (r.event === 'queued' && r.place.startsWith('se/')) ||
          (r.event === 'resolved' && r.place === 'router'),
      ),
    );
    expect(reached.length + stillCalling.length).toBe(routed.length);
    // Cases still calling at the end hung up in the last half hour or are with the router now.
    expect(stillCalling.length).toBeLessThan(routed.length / 20);
  });

  it('counts cases in arrivals and calls in router visits: one more visit per call back', () => {
    const arrived = trace.filter((r) => r.event === 'arrived').length;
    const callsBack = trace.filter((r) => r.event === 'calledBack').length;
    const toRouter = trace.filter((r) => r.event === 'queued' && r.place === 'router').length;
    expect(kpi(result, 'arrivals', 'all')).toBe(arrived);
    expect(kpi(result, 'visits', 'pool:router')).toBe(toRouter);
    expect(flow(result, 'arrival', 'router') + callsBack).toBe(toRouter);
    expect(kpi(result, 'callback.share', 'pool:router')).toBe(1);
  });
});

describe('the share of abandoned calls that call back, over replications', () => {
  // scenarios/textbook-erlang-a.json (M/M/4+M: 1 case a minute, triage 4 min, patience 5 min;
  // Erlang A: 1 call in 6 hangs up) with retrial share 0.7 after exponential 30 min, which adds
  // load (about 28% of calls hang up); 10 replications of 10 days, each with some 4,000 hang-ups. The replications'
  // interval (99% over the two checks, Bonferroni; no fixed margin) must hold 0.7 and be
  // narrow enough to exclude 0.6.
  const raw = mergedScenarioJson('scenarios/textbook-erlang-a.json');
  (raw.pools as { router: Record<string, unknown> }).router.retrial = {
    share: 0.7,
    delay: exponential('30m'),
  };
  const scenario = scenarioFrom({ ...raw, horizon: { days: 10, warmupDays: 1 }, replications: 10 });
  const summary = runScenario(scenario);

  it('is the retrial share within its confidence interval, and not 0.6', () => {
    const expectations = [0.7, 0.6].map((theory) => ({
      kpi: 'callback.share',
      scope: 'pool:router',
      theory,
    }));
    const [right, wrong] = checkAgainstTheory(summary.kpis, expectations);
    expect(right.ok, describeChecks([right])).toBe(true);
    expect(wrong.ok, describeChecks([wrong])).toBe(false);
  });

  it('adds one router visit per call back: visits × (1 − abandoned share × callback share) = cases, within 50', () => {
    const mean = (k: string) =>
      summary.kpis.find((r) => r.kpi === k && r.scope === (k === 'arrivals' ? 'all' : 'pool:router'))!.mean;
    // Every case calls once, then once per call back: visits = cases + visits × a × c (up to the
    // calls back that straddle the warm-up and the end of the run, a few per replication).
    const a = mean('abandoned.share');
    const c = mean('callback.share');
    expect(a).toBeGreaterThan(0.1);
    expect(mean('visits') * (1 - a * c)).toBeCloseTo(mean('arrivals'), -2);
  });
});

describe('a bad retrial', () => {
  /** The error lines of the baseline with this retrial. */
  function errorsOf(retrial: unknown): string[] {
    try {
      scenarioFrom({ name: 'x', pools: { router: { retrial } } }, 'scenarios/x.json');
    } catch (error) {
      if (error instanceof ScenarioError) return error.message.split('\n');
      throw error;
    }
    throw new Error('the file loaded');
  }

  it('names the field of a share outside [0, 1]', () => {
    expect(errorsOf({ share: 1.5, delay: exponential('30m') })).toEqual([
      'scenarios/x.json: pools.router.retrial.share: expected a share in [0, 1], got 1.5',
    ]);
  });

  it('names the field of a broken delay, and of a delay of zero', () => {
    expect(errorsOf({ share: 0.5, delay: { dist: 'exponential', mean: '-5m' } })[0]).toMatch(
      /^scenarios\/x\.json: pools\.router\.retrial\.delay\.mean: /,
    );
    expect(errorsOf({ share: 0.5, delay: constant(0) })).toEqual([
      'scenarios/x.json: pools.router.retrial.delay: expected a delay with a mean > 0 (callers call back some time after hanging up)',
    ]);
  });

  it('names the field of a retrial that is not an object', () => {
    expect(errorsOf(0.7)[0]).toMatch(/^scenarios\/x\.json: pools\.router\.retrial: /);
  });

  it('is optional: absent or null means nobody calls back, and {} takes share 0.7 after exponential 30 min', () => {
    const load = (router: Record<string, unknown>) =>
      scenarioFrom({ name: 'x', pools: { router } }, 'scenarios/x.json').pools.router.retrial;
    expect(load({})).toBeNull();
    expect(load({ retrial: null })).toBeNull();
    expect(load({ retrial: {} })).toEqual({ share: 0.7, delay: { dist: 'exponential', mean: 30 } });
  });
});
