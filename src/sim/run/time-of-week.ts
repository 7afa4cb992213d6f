import {
  CONTRACTS,
  firstResponseTarget,
  SEVERITIES,
  type Contract,
  type Scenario,
} from '../scenario/index.js';
import { staffingPlan } from '../model/staffing-plan.js';
import { minServersForMixedTargets, type WaitTarget } from '../queueing/staffing.js';
import { HOURS_PER_WEEK, MINUTES_PER_DAY } from '../units.js';
import type { HoursOfWeek } from './hours-of-week.js';
import { SERIES_METRICS, type HourlySeries } from './timeseries.js';

const ON_DUTY = SERIES_METRICS.indexOf('onDuty');

/** First responses of the cases that arrived in one hour of the week, over every replication. */
export interface HourOfWeekService {
  /** 0 = Monday 00:00–01:00 ... 167 = Sunday 23:00–24:00. */
  readonly hour: number;
  /** Cases arriving in this hour per week (mean over the measured weeks and replications). */
  readonly casesPerWeek: number;
  /** Share of them answered within their target, of those with a verdict; NaN with none. */
  readonly serviceLevel: number;
  /** Cases with a verdict (answered, lost, or unanswered past their target), all replications. */
  readonly decided: number;
}

/** One pool's people and load by the hour of the week. */
export interface PoolWeek {
  readonly pool: string;
  /** People on shift at the start of each hour (mean over measured weeks and replications), 168 values. */
  readonly scheduled: readonly number[];
  /**
   * Work offered in each hour, Erlangs: visits joining per minute x the pool's work per visit
   * (its busy minutes over its visits, later sessions of a case it owns included), 168 values.
   */
  readonly loadErlangs: readonly number[];
  /**
   * People needed in each hour: Erlang C's smallest number of servers (one first-come-first-served
   * queue, as if the hour were steady) for which the share of the pool's cases answered within
   * their targets (`targets`) reaches the goal at that hour's load, grossed up for shrinkage
   * (people / (1 − shrinkage)); null for a pool that gives no first responses.
   */
  readonly needed: readonly number[] | null;
  /** The first-response targets the pool's cases have, with their shares (null: none). */
  readonly targets: readonly WaitTarget[] | null;
  /** Mean work per visit, minutes (NaN with no visit). */
  readonly workMinutesPerVisit: number;
}

/** What the time-of-week view shows of a run. */
export interface TimeOfWeek {
  readonly goal: number;
  /** Weeks measured per replication (after the warm-up; a fraction for a part week). */
  readonly weeks: number;
  readonly hours: HourOfWeekService[];
  readonly pools: PoolWeek[];
}

/**
 * Minutes measured of each hour of the week over one replication's window
 * [`warmupAt`, `endAt`) (minutes since Monday 00:00): 60 per whole week, less for a part.
 */
export function measuredMinutesByHour(warmupAt: number, endAt: number): Float64Array {
  const minutes = new Float64Array(HOURS_PER_WEEK);
  for (let k = Math.floor(warmupAt / 60); k * 60 < endAt; k++) {
    const from = Math.max(k * 60, warmupAt);
    const to = Math.min(k * 60 + 60, endAt);
    if (to > from) minutes[k % HOURS_PER_WEEK] += to - from;
  }
  return minutes;
}

/**
 * The first-response targets of a pool that gives cases their first response by the flow's
 * default (SE teams: standard and premier contracts in their mix; pods: tier3; the beta desk:
 * every contract, since beta cases come straight to it), each with its share of the pool's cases
 * (the severity mix x the contract mix); null for any other pool (Problem Control and escalation
 * engineers answer first only cases sent up by age or entering there through `ladder.entry`).
 */
export function poolWaitTargets(scenario: Scenario, pool: string): WaitTarget[] | null {
  const mix = scenario.arrivals.mix;
  const contracts: Array<[Contract, number]> =
    pool === 'pods'
      ? [['tier3', 1]]
      : pool === 'beta'
        ? CONTRACTS.map((c) => [c, mix.contract[c]])
        : pool.startsWith('se/')
          ? (['standard', 'premier'] as const).map((c) => [c, mix.contract[c]])
          : [];
  const total = contracts.reduce((a, [, share]) => a + share, 0);
  if (total === 0) return null;
  return contracts.flatMap(([contract, share]) =>
    SEVERITIES.map((severity) => ({
      share: (share / total) * mix.severity[severity],
      withinMinutes: firstResponseTarget(scenario.sla, severity, contract),
    })),
  );
}

/**
 * The run by the hour of the week: each hour's cases and service level (by arrival hour), and
 * each reporting pool's people on shift, load and the people Erlang C says it needs.
 * `series` is the mean hourly series of the run (RunSummary.series).
 */
export function timeOfWeek(
  scenario: Scenario,
  results: ReadonlyArray<{ readonly hoursOfWeek: HoursOfWeek }>,
  series: HourlySeries,
): TimeOfWeek {
  const warmupAt = scenario.horizon.warmupDays * MINUTES_PER_DAY;
  const endAt = scenario.horizon.days * MINUTES_PER_DAY;
  const measured = measuredMinutesByHour(warmupAt, endAt);
  const reps = results.length;
  const sum = (pick: (h: HoursOfWeek) => Float64Array, i: number): number =>
    results.reduce((a, r) => a + pick(r.hoursOfWeek)[i], 0);
  const hours: HourOfWeekService[] = [];
  for (let h = 0; h < HOURS_PER_WEEK; h++) {
    const decided = sum((r) => r.responded, h) + sum((r) => r.missed, h);
    const weeksOfHour = (measured[h] / 60) * reps;
    hours.push({
      hour: h,
      casesPerWeek: weeksOfHour > 0 ? sum((r) => r.arrivals, h) / weeksOfHour : NaN,
      serviceLevel: decided > 0 ? sum((r) => r.respondedInTime, h) / decided : NaN,
      decided,
    });
  }
  const shrinkage = new Map(staffingPlan(scenario).map((p) => [p.name, p.staffing.shrinkage]));
  const names = results[0]?.hoursOfWeek.pools ?? [];
  const pools = names.map((pool, i): PoolWeek => {
    let joins = 0;
    let busy = 0;
    for (const r of results) {
      busy += r.hoursOfWeek.busyMinutes[i];
      for (let h = 0; h < HOURS_PER_WEEK; h++) joins += r.hoursOfWeek.joins[i * HOURS_PER_WEEK + h];
    }
    const work = joins > 0 ? busy / joins : NaN;
    const loadErlangs = Array.from({ length: HOURS_PER_WEEK }, (_, h) => {
      const minutes = measured[h] * reps;
      return minutes > 0 && joins > 0 ? (sum((r) => r.joins, i * HOURS_PER_WEEK + h) / minutes) * work : 0;
    });
    const targets = poolWaitTargets(scenario, pool);
    const away = shrinkage.get(pool) ?? 0;
    const needed =
      targets === null || !(work > 0)
        ? null
        : loadErlangs.map((load) =>
            load === 0
              ? 0
              : Math.ceil(
                  minServersForMixedTargets(
                    { arrivalRate: load / work, meanService: work },
                    targets,
                    scenario.sla.goal,
                  ) /
                    (1 - away),
                ),
          );
    return {
      pool,
      scheduled: scheduledByHour(series, pool, warmupAt, endAt),
      loadErlangs,
      needed,
      targets,
      workMinutesPerVisit: work,
    };
  });
  return { goal: scenario.sla.goal, weeks: (endAt - warmupAt) / (HOURS_PER_WEEK * 60), hours, pools };
}

/** Mean people on shift at the start of each hour of the week, sampled after the warm-up. */
function scheduledByHour(series: HourlySeries, pool: string, warmupAt: number, endAt: number): number[] {
  const index = series.pools.indexOf(pool);
  const sums = new Array<number>(HOURS_PER_WEEK).fill(0);
  const counts = new Array<number>(HOURS_PER_WEEK).fill(0);
  if (index < 0) return sums.map(() => NaN);
  for (let k = Math.ceil(warmupAt / 60); k < series.hours && k * 60 < endAt; k++) {
    sums[k % HOURS_PER_WEEK] += series.get(k, index, ON_DUTY);
    counts[k % HOURS_PER_WEEK]++;
  }
  return sums.map((s, h) => (counts[h] > 0 ? s / counts[h] : NaN));
}
