import type { HourOfWeekCounts } from '../model/hour-of-week-counts.js';
import type { Job } from '../model/job-queue.js';
import type { Pool } from '../model/pool.js';
import { HOURS_PER_WEEK } from '../units.js';

/**
 * One replication's counts by the hour of the week (hour 0 = Monday 00:00–01:00), after the
 * warm-up, for the time-of-week view: first responses by the hour each case arrived in (see
 * HourOfWeekCounts), and each reporting pool's visits by the hour they joined it with the
 * pool's work in all. Kept out of kpis.csv and summary.json. Arrays of 168 per measure and
 * pool, whatever the horizon.
 */
export interface HoursOfWeek {
  /** Counted cases by the hour they arrived in. */
  readonly arrivals: Float64Array;
  /** Of those, cases that got a first response (in time or late). */
  readonly responded: Float64Array;
  /** Cases that got a first response within their target. */
  readonly respondedInTime: Float64Array;
  /** Cases lost, or unanswered past their target at the end. */
  readonly missed: Float64Array;
  /** The reporting pools (`router`, `se/XADM`, ...), in the order of `joins` and `busyMinutes`. */
  readonly pools: readonly string[];
  /** Visits that joined each pool, `joins[pool * 168 + hour]`. */
  readonly joins: Float64Array;
  /** Each pool's busy person-minutes after the warm-up (the work it did, overtime included). */
  readonly busyMinutes: Float64Array;
}

/** Copies a replication's counts at its end (`endAt`, minutes) out of the recorder and pools. */
export function hoursOfWeekOf(
  counts: HourOfWeekCounts,
  reporting: ReadonlyMap<string, ReadonlyArray<Pool<Job>>>,
  endAt: number,
): HoursOfWeek {
  const pools = [...reporting.keys()];
  const joins = new Float64Array(pools.length * HOURS_PER_WEEK);
  const busyMinutes = new Float64Array(pools.length);
  pools.forEach((name, i) => {
    for (const p of reporting.get(name)!) {
      const byHour = p.stats.joinsByHourOfWeek;
      for (let h = 0; h < HOURS_PER_WEEK; h++) joins[i * HOURS_PER_WEEK + h] += byHour[h];
      busyMinutes[i] += p.stats.busy.area(endAt);
    }
  });
  return {
    arrivals: counts.arrivals.slice(),
    responded: counts.responded.slice(),
    respondedInTime: counts.respondedInTime.slice(),
    missed: counts.missed.slice(),
    pools,
    joins,
    busyMinutes,
  };
}

/** No counts (a replication read back from a checkpoint written before they were kept). */
export function emptyHoursOfWeek(pools: readonly string[]): HoursOfWeek {
  const hours = () => new Float64Array(HOURS_PER_WEEK);
  return {
    arrivals: hours(),
    responded: hours(),
    respondedInTime: hours(),
    missed: hours(),
    pools,
    joins: new Float64Array(pools.length * HOURS_PER_WEEK),
    busyMinutes: new Float64Array(pools.length),
  };
}
