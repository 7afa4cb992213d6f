import { HOURS_PER_WEEK } from '../units.js';

/** The hour of the week an instant falls in (0 = Monday 00:00–01:00, 167 = Sunday 23:00–24:00). */
export function hourOfWeek(at: number): number {
  return Math.floor(at / 60) % HOURS_PER_WEEK;
}

/**
 * First responses counted by the hour of the week each case arrived in, for the time-of-week
 * view: counted cases (after the warm-up) only, like `sla.attainment`. A case answered within
 * its target counts in `respondedInTime` and `responded`; one answered late in `responded`;
 * one lost (its caller hung up for good) or still unanswered past its target at the end in
 * `missed`; one still unanswered within its target at the end in none but `arrivals`. So
 * `respondedInTime / (responded + missed)` is the attainment of the cases that arrived in that
 * hour, and the hours add up to `sla.attainment|all`.
 */
export class HourOfWeekCounts {
  readonly arrivals = new Float64Array(HOURS_PER_WEEK);
  readonly responded = new Float64Array(HOURS_PER_WEEK);
  readonly respondedInTime = new Float64Array(HOURS_PER_WEEK);
  readonly missed = new Float64Array(HOURS_PER_WEEK);

  arrived(arrivedAt: number): void {
    this.arrivals[hourOfWeek(arrivedAt)]++;
  }

  answered(arrivedAt: number, inTime: boolean): void {
    const h = hourOfWeek(arrivedAt);
    this.responded[h]++;
    if (inTime) this.respondedInTime[h]++;
  }

  missedResponse(arrivedAt: number): void {
    this.missed[hourOfWeek(arrivedAt)]++;
  }
}
