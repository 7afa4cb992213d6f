import { describe, expect, it } from 'vitest';
import { Kernel, RandomStreams, simulateReplication, TIERS, type Scenario } from '../src/sim/index.js';
import { Org } from '../src/sim/model/org.js';
import { Recorder } from '../src/sim/model/recorder.js';
import { stageNames } from '../src/sim/model/stages.js';
import { constant, HERE, hourly, kpi, oneByOne, steps } from './fixtures/model/harness.js';
import { scenarioFrom } from './support/scenario.js';

const ON_DUTY = 2;

describe('a business-hours SE (Mon-Fri 08:00-17:00; the clock starts Monday 00:00)', () => {
  // One 24x7 router (triage 5 min), one business-hours SE, SE work 120 min, one week.
  // Case 1 at 02:00 (120): triage 120-125, waits for the SE to come in at 08:00 (480), SE 480-600.
  // Case 2 at 15:55 (955): triage 955-960, SE 960-1080, one hour past 17:00.
  const scenario = scenarioFrom(
    oneByOne('night-and-late.csv', {
      horizon: { days: 7, warmupDays: 0 },
      pools: { se: { schedule: 'business', work: constant(120) } },
    }),
    HERE,
  );
  const result = simulateReplication(scenario, { replication: 0, trace: true });

  it('gives a case arriving at 02:00 Monday its first contact at 08:00', () => {
    expect(steps(result).filter((s) => s.caseId === 1)).toEqual([
      { at: 120, caseId: 1, event: 'arrived', place: 'arrival' },
      { at: 120, caseId: 1, event: 'queued', place: 'router' },
      { at: 120, caseId: 1, event: 'taken', place: 'router' },
      { at: 125, caseId: 1, event: 'queued', place: 'se/XADM' },
      { at: 480, caseId: 1, event: 'taken', place: 'se/XADM' },
      { at: 600, caseId: 1, event: 'resolved', place: 'se/XADM' },
    ]);
  });

  it('lets the SE finish a case taken at 16:00 at 18:00 (no preemption at the end of the shift)', () => {
    expect(
      steps(result)
        .filter((s) => s.caseId === 2)
        .slice(-2),
    ).toEqual([
      { at: 960, caseId: 2, event: 'taken', place: 'se/XADM' },
      { at: 1080, caseId: 2, event: 'resolved', place: 'se/XADM' },
    ]);
  });

  it('gives first responses of 360 and 5 minutes (mean 182.5) and an SE wait of 355 minutes for the night case', () => {
    expect(kpi(result, 'firstResponse.mean', 'all')).toBe(182.5);
    expect(kpi(result, 'wait.mean', 'pool:se/XADM')).toBe(355 / 2);
  });

  it('counts the hour past 17:00 as one hour of overtime in the week', () => {
    expect(kpi(result, 'overtime.hoursPerWeek', 'pool:se/XADM')).toBeCloseTo(1, 12);
  });

  it('leaves overtime out of utilisation: 180 busy minutes within shifts over 5 x 540 available minutes', () => {
    expect(kpi(result, 'utilisation', 'pool:se/XADM')).toBeCloseTo(180 / 2700, 12);
  });

  it('has the SE on duty in the hourly series from 08:00 to 17:00 on weekdays and at no other hour', () => {
    const expected: number[] = [];
    const actual: number[] = [];
    for (let h = 0; h < 168; h++) {
      const day = Math.floor(h / 24);
      const hourOfDay = h % 24;
      expected.push(day < 5 && hourOfDay >= 8 && hourOfDay < 17 ? 1 : 0);
      actual.push(hourly(result, 'se/XADM', ON_DUTY, h));
    }
    expect(actual).toEqual(expected);
  });

  it('keeps the 24x7 router on duty at every hour of the week', () => {
    for (let h = 0; h < 168; h++) expect(hourly(result, 'router', ON_DUTY, h), `hour ${h}`).toBe(1);
  });

  it('pays the business-hours SE 45 hours a week and the 24x7 router 168', () => {
    // cost.perWeek = rate x (paid hours + 1.5 x overtime hours); headcount is the people, not the hours.
    expect(kpi(result, 'headcount', 'role:se')).toBe(1);
    const se = scenario.costs.perHour.se;
    const router = scenario.costs.perHour.router;
    expect(kpi(result, 'cost.perWeek', 'role:se')).toBeCloseTo(
      se * (45 + scenario.costs.overtimeFactor * 1),
      6,
    );
    expect(kpi(result, 'cost.perWeek', 'role:router')).toBeCloseTo(router * 168, 6);
  });
});

/** Runs a scenario like simulateReplication does and returns the router's available and paid minutes. */
function routerMinutes(scenario: Scenario): { available: number; paid: number; busyInShift: number } {
  const kernel = new Kernel();
  const endAt = scenario.horizon.days * 1440;
  const recorder = new Recorder(
    scenario,
    stageNames(scenario.specialties),
    TIERS.length,
    () => kernel.now(),
    0,
    false,
  );
  const org = new Org(
    { kernel, streams: new RandomStreams(scenario.seed, 0), recorder, warmupAt: 0, endAt },
    scenario,
  );
  org.start();
  kernel.runUntil(endAt);
  const s = org.router.stats;
  const weeks = endAt / (7 * 1440);
  return {
    available: s.available.area(endAt),
    paid: org.router.roster.paidHoursPerWeek() * 60 * weeks,
    busyInShift: s.busy.area(endAt) - s.overtime.area(endAt),
  };
}

/** Four routers swamped with calls (36 per hour, 10 min each: 6 Erlangs), nobody hangs up. */
function swampedRouters(schedule: string, shrinkage: number, staff = 10): Scenario {
  return scenarioFrom({
    name: 'swamped routers',
    seed: 3,
    textbook: true,
    horizon: { days: 14, warmupDays: 0 },
    replications: 1,
    specialties: ['XADM'],
    arrivals: { casesPerHour: 90 },
    pools: {
      router: { staff, schedule, shrinkage, triage: constant(10), closeShare: 1 },
    },
    escalation: { toProblemControl: 0 },
  });
}

describe('shrinkage', () => {
  it('leaves a busy 24x7 pool with shrinkage 0.3 available for about 70% of its paid time', () => {
    const m = routerMinutes(swampedRouters('24x7', 0.3));
    expect(m.available / m.paid).toBeGreaterThan(0.68);
    expect(m.available / m.paid).toBeLessThan(0.72);
  });

  // A business-hours pool owes its time away in the day and may send only 3 of 10 at once (0.3 x
  // 10, rounded down): every minute of the day at the cap would be needed, so some is never taken.
  it('leaves a busy business-hours pool with shrinkage 0.3 available for 70% of its paid time or a little more (the cap of 3 of 10 away)', () => {
    const m = routerMinutes(swampedRouters('business', 0.3));
    expect(m.available / m.paid).toBeGreaterThan(0.7);
    expect(m.available / m.paid).toBeLessThan(0.8);
  });

  it('leaves a pool without shrinkage available for all its paid time', () => {
    const m = routerMinutes(swampedRouters('business', 0));
    expect(m.available).toBe(m.paid);
  });

  it('keeps a swamped pool busy for all its available time (utilisation 1 within 1%)', () => {
    const s = swampedRouters('24x7', 0.3);
    const m = routerMinutes(s);
    expect(m.busyInShift / m.available).toBeGreaterThan(0.99);
    const result = simulateReplication(s, { replication: 0 });
    expect(kpi(result, 'utilisation', 'pool:router')).toBeGreaterThan(0.99);
  });

  it('lets ten swamped routers with shrinkage 0.3 triage about 0.7 x 10 x 1440 / 10 = 1008 calls a day', () => {
    const s = swampedRouters('24x7', 0.3);
    const result = simulateReplication(s, { replication: 0 });
    const perDay = kpi(result, 'resolved', 'all') / s.horizon.days;
    expect(perDay).toBeGreaterThan(0.68 * 1440);
    expect(perDay).toBeLessThan(0.72 * 1440);
  });

  it('never sends more than the shrinkage share of the people on duty away, rounded down: one of four at 0.3 (available 75%)', () => {
    const m = routerMinutes(swampedRouters('24x7', 0.3, 4));
    expect(m.available / m.paid).toBeGreaterThan(0.74);
    expect(m.available / m.paid).toBeLessThan(0.76);
  });

  it('sends nobody of two on duty away at 0.3 (0.6 rounded down): all their paid time available', () => {
    const m = routerMinutes(swampedRouters('24x7', 0.3, 2));
    expect(m.available).toBe(m.paid);
  });
});
