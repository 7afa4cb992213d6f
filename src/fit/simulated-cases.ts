import type { TraceRow } from '../sim/index.js';
import { HOURS_PER_WEEK, hourOfWeek, MINUTES_PER_DAY, MINUTES_PER_WEEK } from './estimate-arrivals.js';

/**
 * What one replication's trace says case by case, reduced to what a backtest compares with a
 * history: arrival times, cycle times (arrival to resolution, censored when still open at the
 * end) and the open cases at the end of each day. Kept instead of the trace (a replication of a
 * 20,000-case history traces some 200,000 rows).
 */
export interface SimulatedCases {
  /** Cases that arrived in [fromAt, toAt). */
  readonly arrivals: number;
  /** Of those, cases handed back down a tier (a `returned` row; see `ladder.returns`). */
  readonly returned: number;
  /** Of those, cases per hour of the week of their arrival (168, Monday 00:00 first). */
  readonly hourOfWeekCounts: readonly number[];
  /** Of those, cases per week of the run (week 0 starts at minute 0). */
  readonly weeklyCounts: ReadonlyMap<number, number>;
  /** Minutes from arrival to resolution of each case that arrived in the window and was resolved. */
  readonly cycleTimes: readonly number[];
  /** Ages at the end of the cases that arrived in the window and are still open (censored cycle times). */
  readonly openAges: readonly number[];
  /** Cases open (arrived, not resolved or lost) at each midnight: index d is minute (d + 1) · 1440. */
  readonly backlogByDay: readonly number[];
}

/**
 * Reduces a replication's trace: cases count from their `arrived` row if it falls in
 * [fromAt, toAt) (the history's arrival window, on the run's clock, which is the history's);
 * a case ends at its `resolved` row, or at `abandoned` unless a `calledBack` row follows; the
 * run ends at `endAt` (open cases are censored there). The backlog counts every case the trace
 * holds, as the history's daily backlog counts every case it holds.
 */
export function simulatedCases(
  trace: readonly TraceRow[],
  fromAt: number,
  toAt: number,
  endAt: number,
): SimulatedCases {
  const arrivedAt = new Map<number, number>();
  const endedAt = new Map<number, number>();
  const returned = new Set<number>();
  for (const row of trace) {
    if (row.caseId === 0) continue;
    if (row.event === 'arrived') arrivedAt.set(row.caseId, row.at);
    else if (row.event === 'resolved' || row.event === 'abandoned') endedAt.set(row.caseId, row.at);
    else if (row.event === 'calledBack') endedAt.delete(row.caseId);
    else if (row.event === 'returned') returned.add(row.caseId);
  }
  const hourOfWeekCounts = new Array<number>(HOURS_PER_WEEK).fill(0);
  const weeklyCounts = new Map<number, number>();
  const cycleTimes: number[] = [];
  const openAges: number[] = [];
  const days = Math.ceil(endAt / MINUTES_PER_DAY);
  const opened = new Array<number>(days + 1).fill(0);
  const closed = new Array<number>(days + 1).fill(0);
  let arrivals = 0;
  let returnedInWindow = 0;
  for (const [id, at] of arrivedAt) {
    const end = endedAt.get(id);
    // A case counts in the backlog from the day it arrives until the day it ends.
    opened[Math.min(days, Math.floor(at / MINUTES_PER_DAY))]++;
    if (end !== undefined) closed[Math.min(days, Math.floor(end / MINUTES_PER_DAY))]++;
    if (at < fromAt || at >= toAt) continue;
    arrivals++;
    if (returned.has(id)) returnedInWindow++;
    hourOfWeekCounts[hourOfWeek(at)]++;
    const week = Math.floor(at / MINUTES_PER_WEEK);
    weeklyCounts.set(week, (weeklyCounts.get(week) ?? 0) + 1);
    if (end !== undefined) cycleTimes.push(end - at);
    else openAges.push(endAt - at);
  }
  const backlogByDay: number[] = [];
  let open = 0;
  for (let d = 0; d < days; d++) {
    open += opened[d] - closed[d];
    backlogByDay.push(open);
  }
  return {
    arrivals,
    returned: returnedInWindow,
    hourOfWeekCounts,
    weeklyCounts,
    cycleTimes,
    openAges,
    backlogByDay,
  };
}
