import type { Job } from '../model/job-queue.js';
import type { Pool } from '../model/pool.js';
import type { Roster } from '../model/roster.js';
import { MINUTES_PER_WEEK } from '../units.js';

/** Totals of one reporting pool over the measured window (several simjs pools may add up to one, e.g. all TLs). */
export interface PoolTotals {
  readonly name: string;
  joins: number;
  started: number;
  waited: number;
  waitSum: number;
  reneged: number;
  renegedWaitSum: number;
  windowQueueTime: number;
  queueArea: number;
  busyArea: number;
  availableArea: number;
  /** Area under the number of people on duty (before shrinkage), person-minutes. */
  onDutyArea: number;
  overtimeArea: number;
  paidHoursPerWeek: number;
  headcount: number;
  /** The rotas of the pools added up (for paid hours at night and at weekends). */
  readonly rosters: Roster[];
}

/** Adds up the measurements of `pools` over [warm-up end, `endAt`]. */
export function poolTotals(name: string, pools: ReadonlyArray<Pool<Job>>, endAt: number): PoolTotals {
  const t: PoolTotals = {
    name,
    joins: 0,
    started: 0,
    waited: 0,
    waitSum: 0,
    reneged: 0,
    renegedWaitSum: 0,
    windowQueueTime: 0,
    queueArea: 0,
    busyArea: 0,
    availableArea: 0,
    onDutyArea: 0,
    overtimeArea: 0,
    paidHoursPerWeek: 0,
    headcount: 0,
    rosters: [],
  };
  for (const p of pools) {
    const s = p.stats;
    t.joins += s.joins;
    t.started += s.started;
    t.waited += s.waited;
    t.waitSum += s.waitSum;
    t.reneged += s.reneged;
    t.renegedWaitSum += s.renegedWaitSum;
    t.windowQueueTime += s.windowQueueTime;
    t.queueArea += s.queue.area(endAt);
    t.busyArea += s.busy.area(endAt);
    t.availableArea += s.available.area(endAt);
    t.onDutyArea += s.onShift.area(endAt);
    t.overtimeArea += s.overtime.area(endAt);
    t.paidHoursPerWeek += p.roster.paidHoursPerWeek();
    t.headcount += p.engineers.length;
    t.rosters.push(p.roster);
  }
  return t;
}

/** Per-pool KPIs (scope `pool:<name>`) from its totals over a window of `windowMinutes`. */
export function poolKpis(t: PoolTotals, windowMinutes: number): Array<[string, number]> {
  const visits = t.started + t.reneged;
  const weeks = windowMinutes / MINUTES_PER_WEEK;
  const queueTimeSum = t.waitSum + t.renegedWaitSum;
  return [
    ['headcount', t.headcount],
    // People on duty (rota, before shrinkage), time average over the measured weeks.
    ['onDuty.mean', t.onDutyArea / windowMinutes],
    ['visits', t.joins],
    ['wait.mean', ratio(t.waitSum, t.started)],
    // Share of visits that could not start at once (those who later left the queue included),
    // the waiting probability of Erlang C and Erlang A.
    ['wait.probability', ratio(t.waited + t.reneged, visits)],
    ['queueTime.mean', ratio(queueTimeSum, visits)],
    // Busy time within shifts over available time; work past the end of a shift is overtime.
    ['utilisation', ratio(t.busyArea - t.overtimeArea, t.availableArea)],
    ['queue.mean', t.queueArea / windowMinutes],
    ['overtime.hoursPerWeek', t.overtimeArea / 60 / weeks],
    // People's time for cases (on duty, after shrinkage) and the time they spent on cases
    // (overtime included), hours per week: what an unstable pool's warning quotes.
    ['available.hoursPerWeek', t.availableArea / 60 / weeks],
    ['busy.hoursPerWeek', t.busyArea / 60 / weeks],
    // Little's law on the queue over the window: time-average length = arrival rate x mean time
    // in queue, i.e. the queue-length area equals the time spent queueing within the window.
    // Any gap means the queue bookkeeping and the jobs' own times disagree.
    ['little.relativeGap', t.queueArea > 0 ? Math.abs(t.queueArea - t.windowQueueTime) / t.queueArea : 0],
  ];
}

function ratio(a: number, b: number): number {
  return b > 0 ? a / b : NaN;
}
