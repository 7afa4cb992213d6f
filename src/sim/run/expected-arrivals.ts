import { HOURS_PER_WEEK, type Scenario } from '../scenario/index.js';
import { MINUTES_PER_DAY, MINUTES_PER_WEEK } from '../units.js';

/**
 * Mean number of cases arriving in [0, endAt]: the integral of the arrival rate (weekly profile
 * and surges), or the trace's cases that arrive by then.
 */
export function expectedArrivals(scenario: Scenario, endAt: number): number {
  const a = scenario.arrivals;
  if (a.trace) return a.trace.cases.filter((c) => c.arrivedAt <= endAt).length;
  const weights = a.weeklyProfile?.weights ?? new Array<number>(HOURS_PER_WEEK).fill(1);
  const meanWeight = weights.reduce((x, y) => x + y, 0) / HOURS_PER_WEEK;
  // Cases per minute in each hour of the week, and cumulated from Monday 00:00.
  const perMinute = weights.map((w) => (a.casesPerHour / 60) * (w / meanWeight));
  const before: number[] = [0];
  for (let h = 0; h < HOURS_PER_WEEK; h++) before.push(before[h] + perMinute[h] * 60);
  const week = before[HOURS_PER_WEEK];
  /** Mean cases arriving in [0, t] at the usual rate. */
  const cumulative = (t: number): number => {
    const weeks = Math.floor(t / MINUTES_PER_WEEK);
    const inWeek = t - weeks * MINUTES_PER_WEEK;
    const hour = Math.min(HOURS_PER_WEEK - 1, Math.floor(inWeek / 60));
    return weeks * week + before[hour] + perMinute[hour] * (inWeek - hour * 60);
  };
  let total = cumulative(endAt);
  for (const s of a.surges) {
    const from = Math.min(s.fromDay * MINUTES_PER_DAY, endAt);
    const to = Math.min(s.toDay * MINUTES_PER_DAY, endAt);
    total += (s.volumeFactor - 1) * (cumulative(to) - cumulative(from));
  }
  return Math.max(0, total);
}
