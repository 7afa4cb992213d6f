import { describe, expect, it } from 'vitest';
import { simulateReplication } from '../src/sim/index.js';
import { constant, flow, HERE, kpi, oneByOne, steps } from './fixtures/model/harness.js';
import { scenarioFrom } from './support/scenario.js';

describe('callers hang up when their wait for a router exceeds their patience', () => {
  // One router (triage 5 min), every caller's patience 3 min. Case 1 at 0 is triaged 0-5.
  // Case 2 at 1 would wait until 5 (4 min > 3): it hangs up at 4.
  // Case 3 at 3 waits until 5 (2 min < 3): triaged 5-10, SE 65-125 after case 1 (SE 5-65).
  const scenario = scenarioFrom(
    oneByOne('impatient.csv', { pools: { router: { patience: constant(3) } } }),
    HERE,
  );
  const result = simulateReplication(scenario, { replication: 0, trace: true });

  it('records case 2 hanging up at minute 4 and case 3 triaged at minute 5', () => {
    expect(steps(result).filter((s) => s.caseId !== 1)).toEqual([
      { at: 1, caseId: 2, event: 'arrived', place: 'arrival' },
      { at: 1, caseId: 2, event: 'queued', place: 'router' },
      { at: 3, caseId: 3, event: 'arrived', place: 'arrival' },
      { at: 3, caseId: 3, event: 'queued', place: 'router' },
      { at: 4, caseId: 2, event: 'abandoned', place: 'router' },
      { at: 5, caseId: 3, event: 'taken', place: 'router' },
      { at: 10, caseId: 3, event: 'queued', place: 'se/XADM' },
      { at: 65, caseId: 3, event: 'taken', place: 'se/XADM' },
      { at: 125, caseId: 3, event: 'resolved', place: 'se/XADM' },
    ]);
  });

  it('reports one router arrival in three abandoned', () => {
    expect(kpi(result, 'abandoned.share', 'pool:router')).toBeCloseTo(1 / 3, 12);
  });

  it('shows one flow router → abandoned and two router → se/XADM', () => {
    expect(flow(result, 'router', 'abandoned')).toBe(1);
    expect(flow(result, 'router', 'se/XADM')).toBe(2);
  });

  it('counts the caller who hung up as a visit that waited: P(wait) 2/3, time in queue (0 + 3 + 2) / 3; served waits (0 + 2) / 2', () => {
    expect(kpi(result, 'wait.probability', 'pool:router')).toBeCloseTo(2 / 3, 12);
    expect(kpi(result, 'queueTime.mean', 'pool:router')).toBeCloseTo(5 / 3, 12);
    expect(kpi(result, 'wait.mean', 'pool:router')).toBe(1);
    expect(kpi(result, 'little.relativeGap', 'pool:router')).toBe(0);
  });

  it('counts the abandoned case as a missed first-response target and as unresolved', () => {
    expect(kpi(result, 'sla.attainment', 'all')).toBeCloseTo(2 / 3, 12);
    expect(kpi(result, 'resolved', 'all')).toBe(2);
  });
});

describe('abandonment under load', () => {
  // Two routers, 30 calls an hour of 5 min each (2.5 Erlangs on 2: overloaded), patience 30 s:
  // almost every caller who has to wait hangs up.
  const scenario = scenarioFrom({
    name: 'impatient callers',
    seed: 5,
    textbook: true,
    horizon: { days: 3, warmupDays: 0 },
    replications: 1,
    specialties: ['XADM'],
    arrivals: { casesPerHour: 30 },
    pools: { router: { staff: 2, triage: constant(5), closeShare: 1, patience: constant(0.5) } },
  });
  const result = simulateReplication(scenario, { replication: 0 });

  it('abandons a sizeable share, and abandoned + triaged calls add up to the router arrivals', () => {
    const share = kpi(result, 'abandoned.share', 'pool:router');
    expect(share).toBeGreaterThan(0.2);
    const arrivals = kpi(result, 'visits', 'pool:router');
    const out = flow(result, 'router', 'abandoned') + flow(result, 'router', 'resolved');
    // A call may still be queued or in triage at the end of the run.
    expect(arrivals - out).toBeGreaterThanOrEqual(0);
    expect(arrivals - out).toBeLessThanOrEqual(3);
    expect(flow(result, 'router', 'abandoned') / arrivals).toBeCloseTo(share, 12);
  });

  it('never lets a caller wait longer than their patience', () => {
    // Served waits are below 0.5 min, so the mean wait of served calls is too.
    expect(kpi(result, 'wait.mean', 'pool:router')).toBeLessThan(0.5);
  });
});
