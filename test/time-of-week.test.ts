import { describe, expect, it } from 'vitest';
import {
  HOURS_PER_WEEK,
  measuredMinutesByHour,
  queueing,
  simulateReplication,
  summarise,
  timeOfWeek,
  poolWaitTargets,
  emptyHoursOfWeek,
  HourlySeries,
} from '../src/sim/index.js';
import { hourOfWeek } from '../src/sim/model/hour-of-week-counts.js';
import { HERE, kpi, oneByOne } from './fixtures/model/harness.js';
import { mergedScenarioJson, scenarioFile, scenarioFrom } from './support/scenario.js';

/** The six cases of periods.csv (see model-periods.test.ts): arrival minute → hour of the week. */
const ARRIVAL_HOURS = [6, 7, 10, 114, 115, 123];

function week(sla: Record<string, unknown> = {}) {
  const pools = { router: { staff: 2 }, se: { specialties: { XADM: { teams: 1, sesPerTeam: 2 } } } };
  const scenario = scenarioFrom(
    oneByOne('periods.csv', { horizon: { days: 7, warmupDays: 0 }, pools, sla }),
    HERE,
  );
  return { scenario, result: simulateReplication(scenario, { replication: 0 }) };
}

const nonZero = (values: Float64Array) =>
  [...values].flatMap((v, h) => (v === 0 ? [] : [[h, v] as [number, number]]));

describe('hours of the week', () => {
  it('counts from Monday 00:00: minute 59.9 is hour 0, 60 is hour 1, Friday 18:59 is hour 114, a week later is hour 0 again', () => {
    expect(hourOfWeek(0)).toBe(0);
    expect(hourOfWeek(59.9)).toBe(0);
    expect(hourOfWeek(60)).toBe(1);
    expect(hourOfWeek(6899)).toBe(114);
    expect(hourOfWeek(10_080)).toBe(0);
    expect(hourOfWeek(10_080 + 7380)).toBe(123);
  });

  it('measures 120 minutes of every hour in 14 whole days after a day of warm-up, and 60 more of the first 12 hours of the next Tuesday', () => {
    const day = 1440;
    expect([...measuredMinutesByHour(day, 15 * day)]).toEqual(new Array(HOURS_PER_WEEK).fill(120));
    const more = measuredMinutesByHour(day, 15.5 * day);
    expect(more[24]).toBe(180); // Tuesday 00:00
    expect(more[35]).toBe(180); // Tuesday 11:00
    expect(more[36]).toBe(120); // Tuesday 12:00
    expect(more.reduce((a, b) => a + b, 0)).toBe(14.5 * day);
  });
});

describe('first responses by the hour the case arrived in (the hand-worked week of periods.csv)', () => {
  it('counts each of the six cases in its arrival hour, answered in time', () => {
    const { result } = week();
    const h = result.hoursOfWeek;
    const once = ARRIVAL_HOURS.map((hour) => [hour, 1]);
    expect(nonZero(h.arrivals)).toEqual(once);
    expect(nonZero(h.responded)).toEqual(once);
    expect(nonZero(h.respondedInTime)).toEqual(once);
    expect(nonZero(h.missed)).toEqual([]);
  });

  it('with a 4-minute target for severity A, counts the three A cases (answered after 5 minutes) as answered late', () => {
    const { result } = week({ firstResponse: { A: 4 } });
    const h = result.hoursOfWeek;
    expect(nonZero(h.responded).length).toBe(6);
    // A cases arrived at 06:59 Monday, 10:00 Monday and 03:00 Saturday.
    expect(nonZero(h.respondedInTime)).toEqual([7, 114, 115].map((hour) => [hour, 1]));
  });

  it('counts router visits in the arrival hour and SE visits 5 minutes later (Monday 06:59 + 5 min is hour 7, Friday 18:59 + 5 min hour 115), with the pools’ work per visit', () => {
    const { scenario, result } = week();
    const h = result.hoursOfWeek;
    const router = h.pools.indexOf('router');
    const se = h.pools.indexOf('se/XADM');
    const joins = (pool: number) =>
      nonZero(h.joins.slice(pool * HOURS_PER_WEEK, (pool + 1) * HOURS_PER_WEEK));
    expect(joins(router)).toEqual(ARRIVAL_HOURS.map((hour) => [hour, 1]));
    // Monday 06:59 + 5 min is hour 7 too.
    expect(joins(se)).toEqual([
      [7, 2],
      [10, 1],
      [115, 2],
      [123, 1],
    ]);
    expect(h.busyMinutes[router]).toBe(6 * 5);
    expect(h.busyMinutes[se]).toBe(6 * 60);
    const summary = timeOfWeek(scenario, [result], result.series);
    const sePool = summary.pools.find((p) => p.pool === 'se/XADM')!;
    expect(sePool.workMinutesPerVisit).toBe(60);
    // Two visits in hour 115 of one measured week: 2 per 60 minutes x 60 minutes = 2 Erlangs.
    expect(sePool.loadErlangs[115]).toBeCloseTo(2, 12);
    expect(sePool.loadErlangs[10]).toBeCloseTo(1, 12);
    expect(summary.hours[115].serviceLevel).toBe(1);
    expect(summary.hours[115].casesPerWeek).toBe(1);
    expect(Number.isNaN(summary.hours[0].serviceLevel)).toBe(true);
    // Both SEs are on shift all week (24x7 textbook).
    expect(sePool.scheduled[50]).toBe(2);
  });
});

describe('the hours add up to the run’s KPIs (baseline, two weeks after a day of warm-up)', () => {
  const scenario = { ...scenarioFile('scenarios/baseline.json'), horizon: { days: 15, warmupDays: 1 } };
  const result = simulateReplication(scenario, { replication: 0 });
  const h = result.hoursOfWeek;
  const total = (values: Float64Array) => values.reduce((a, b) => a + b, 0);

  it('has as many arrivals over the hours as arrivals|all, and their pooled attainment is sla.attainment|all', () => {
    expect(total(h.arrivals)).toBe(kpi(result, 'arrivals', 'all'));
    const attainment = total(h.respondedInTime) / (total(h.responded) + total(h.missed));
    expect(attainment).toBeCloseTo(kpi(result, 'sla.attainment', 'all'), 12);
  });

  it('has as many router visits over the hours as visits|pool:router, and a mean load equal to the busy hours per week', () => {
    const router = h.pools.indexOf('router');
    const joins = total(h.joins.slice(router * HOURS_PER_WEEK, (router + 1) * HOURS_PER_WEEK));
    expect(joins).toBe(kpi(result, 'visits', 'pool:router'));
    const week = timeOfWeek(scenario, [result], result.series).pools.find((p) => p.pool === 'router')!;
    const meanLoad = week.loadErlangs.reduce((a, b) => a + b, 0) / HOURS_PER_WEEK;
    // Erlangs are busy people on average: x 168 hours is busy hours per week.
    expect(meanLoad * HOURS_PER_WEEK).toBeCloseTo(kpi(result, 'busy.hoursPerWeek', 'pool:router'), 6);
  });

  it('summarises several replications as the pooled counts of each', () => {
    const second = simulateReplication(scenario, { replication: 1 });
    const both = summarise(scenario, [result, second]).timeOfWeek;
    const hour = 24 + 10; // Tuesday 10:00
    const inTime = result.hoursOfWeek.respondedInTime[hour] + second.hoursOfWeek.respondedInTime[hour];
    const decided =
      result.hoursOfWeek.responded[hour] +
      second.hoursOfWeek.responded[hour] +
      result.hoursOfWeek.missed[hour] +
      second.hoursOfWeek.missed[hour];
    expect(both.hours[hour].serviceLevel).toBeCloseTo(inTime / decided, 12);
    const arrivals = result.hoursOfWeek.arrivals[hour] + second.hoursOfWeek.arrivals[hour];
    expect(both.hours[hour].casesPerWeek).toBeCloseTo(arrivals / 4, 12); // 2 weeks x 2 replications
  });
});

describe('people needed by Erlang C', () => {
  it('asks an SE pool at 30 Erlangs (60 visits an hour of 30 minutes) for 31 servers to answer 90% within 2 hours, 45 people with 30% shrinkage', () => {
    // Hand check: with c = 31, C(31, 30) < 1, so P(W <= 120) = 1 − C·e^(−(31 − 30)·120/30) > 1 − e^−4 = 0.98.
    expect(queueing.minServersForServiceLevel({ arrivalRate: 1, meanService: 30 }, 120, 0.9)).toBe(31);
    const raw = mergedScenarioJson('scenarios/baseline.json');
    const scenario = scenarioFrom(
      {
        ...raw,
        horizon: { days: 7, warmupDays: 0 },
        sla: { firstResponse: { A: '2h', B: '2h', C: '2h' }, goal: 0.9 },
        pools: { ...(raw.pools as object), se: { ...(raw.pools as { se: object }).se, shrinkage: 0.3 } },
      },
      'scenarios/test.json',
    );
    const counts = emptyHoursOfWeek(['se/XADM', 'router']);
    counts.joins[9] = 60; // Monday 09:00–10:00, one measured week
    counts.busyMinutes[0] = 60 * 30;
    const week = timeOfWeek(scenario, [{ hoursOfWeek: counts }], new HourlySeries(['se/XADM'], 0));
    const se = week.pools[0];
    expect(se.targets!.every((t) => t.withinMinutes === 120)).toBe(true);
    expect(se.targets!.reduce((a, t) => a + t.share, 0)).toBeCloseTo(1, 12);
    expect(se.loadErlangs[9]).toBeCloseTo(30, 12);
    expect(se.needed![9]).toBe(45);
    expect(se.needed![10]).toBe(0);
    // The router gives no first responses: no people needed are computed.
    expect(week.pools[1].needed).toBeNull();
  });

  it('with half the cases answered on arrival and half with no limit, needs at most 20% of them to wait at 90%: Erlang C’s wait probability', () => {
    // 0.5·(1 − C) + 0.5 >= 0.9  <=>  C <= 0.2.
    const targets = [
      { share: 0.5, withinMinutes: 0 },
      { share: 0.5, withinMinutes: 1e12 },
    ];
    for (const load of [0.5, 4, 30, 120]) {
      const mixed = queueing.minServersForMixedTargets(
        { arrivalRate: load / 10, meanService: 10 },
        targets,
        0.9,
      );
      expect(mixed).toBe(queueing.minServersForWaitProbability(load, 0.2));
    }
  });
});

describe('the load and the people needed match theory on the textbook tiered network', () => {
  // XADM SEs: 60 cases an hour, 90% past the router, half of them XADM: 27 an hour, 25 minutes
  // each, 11.25 Erlangs. With a 5-minute target for every case, Erlang C asks for c* servers.
  const raw = mergedScenarioJson('scenarios/textbook-tiers.json');
  const scenario = scenarioFrom(
    {
      ...raw,
      horizon: { days: 281, warmupDays: 1 },
      sla: { firstResponse: { A: '5m', B: '5m', C: '5m' }, goal: 0.9 },
    },
    'scenarios/textbook-tiers.json',
  );
  const result = simulateReplication(scenario, { replication: 0 });
  const week = timeOfWeek(scenario, [result], result.series);
  const xadm = week.pools.find((p) => p.pool === 'se/XADM')!;
  const theory = queueing.minServersForMixedTargets(
    { arrivalRate: 27 / 60, meanService: 25 },
    [{ share: 1, withinMinutes: 5 }],
    0.9,
  );

  it('measures 25 minutes of work per visit and 11.25 Erlangs in the mean hour (within 2%)', () => {
    expect(xadm.workMinutesPerVisit).toBeGreaterThan(25 * 0.98);
    expect(xadm.workMinutesPerVisit).toBeLessThan(25 * 1.02);
    const mean = xadm.loadErlangs.reduce((a, b) => a + b, 0) / HOURS_PER_WEEK;
    expect(mean).toBeGreaterThan(11.25 * 0.98);
    expect(mean).toBeLessThan(11.25 * 1.02);
  });

  it('needs Erlang C’s c* in the typical hour and within one of it in every hour (40 weeks of about 27 visits an hour)', () => {
    expect(theory).toBeGreaterThan(12);
    const needed = [...xadm.needed!].sort((a, b) => a - b);
    expect(needed[HOURS_PER_WEEK / 2]).toBe(theory);
    expect(needed[0]).toBeGreaterThanOrEqual(theory - 1);
    expect(needed[HOURS_PER_WEEK - 1]).toBeLessThanOrEqual(theory + 1);
    // All 14 XADM SEs are on shift around the clock (textbook: 24x7, no shrinkage).
    expect(new Set(xadm.scheduled)).toEqual(new Set([14]));
  });
});

describe('which pools get people needed, and to which targets', () => {
  const base = scenarioFile('scenarios/baseline.json');
  const shares = (targets: readonly { share: number }[] | null) => targets!.reduce((a, t) => a + t.share, 0);

  it('gives the beta desk every contract’s targets (beta cases come straight to it), pods tier3’s, SEs standard and premier’s', () => {
    const beta = poolWaitTargets(base, 'beta')!;
    expect(beta).toHaveLength(9);
    expect(shares(beta)).toBeCloseTo(1, 12);
    // Baseline: tier3 Sev A within 30 min, its share 4.4% of the tier3 contract's share.
    expect(beta).toContainEqual({ share: base.arrivals.mix.contract.tier3 * 0.044, withinMinutes: 30 });
    expect(poolWaitTargets(base, 'pods')!.map((t) => t.withinMinutes)).toEqual([30, 60, 240]);
    expect(poolWaitTargets(base, 'se/XADM')).toHaveLength(6);
  });

  it('gives none to Problem Control, escalation engineers or the router, who answer first only by exception', () => {
    for (const pool of ['problemControl', 'escalation', 'router', 'tl'])
      expect(poolWaitTargets(base, pool)).toBeNull();
  });
});
