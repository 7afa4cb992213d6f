import { LIMITS } from '../sim/index.js';
import type { CaseHistory, History } from './case-history.js';
import type { ArrivalEstimate } from './estimate-arrivals.js';
import { fitDuration, type DistributionFit } from './fit-distribution.js';

/**
 * The time a case waits to be picked up: from its opening to its first status other than
 * `queued` (its first response as the backtest reads the history), or to its resolution when it
 * was resolved without leaving the queue. Fitted only for a history without a router tier, where
 * the fitted router is a pass-through desk: its triage, with seats enough that no case queues
 * for one, carries the delay, and tiersim's first response (the first SE session after it)
 * falls where the history's does.
 */
export interface PickupEstimate {
  /** Cases in the arrival window whose pickup was seen (they left the queue or were resolved), fitted. */
  readonly cases: number;
  /** Cases still queued when the history ends (left out: their wait is not known). */
  readonly censored: number;
  /** The delay, minutes (null: no case). */
  readonly fit: DistributionFit | null;
  /** Seats of the pass-through desk: enough that a case almost never queues for one (see {@link delaySeats}). */
  readonly seats: number;
}

/** Standard deviations of the number of cases in their pickup above its mean that the seats cover. */
const SEAT_MARGIN_SD = 6;

/**
 * Fits the pickup delay of {@link PickupEstimate}; null when the history has a router tier (its
 * queue and triage are the router's own) or its mapping tells no first response.
 */
export function estimatePickup(
  history: History,
  cases: readonly CaseHistory[],
  arrivals: ArrivalEstimate,
  hasRouter: boolean,
): PickupEstimate | null {
  if (hasRouter || history.mapped?.firstResponse === false) return null;
  const values: number[] = [];
  let censored = 0;
  for (const c of cases) {
    const pickedAt = c.firstResponseAt ?? c.resolvedAt;
    if (pickedAt === null) censored++;
    else values.push(Math.max(0, pickedAt - c.openedAt));
  }
  const fit = fitDuration(values);
  const peakPerHour = arrivals.casesPerHour * Math.max(1, ...arrivals.weeklyWeights);
  return { cases: values.length, censored, fit, seats: delaySeats(peakPerHour, fit?.mean ?? 0) };
}

/**
 * Seats for a pure delay of mean `meanMinutes` at `peakPerHour` arrivals: the cases in their
 * delay at once are at most Poisson of mean m = peak rate × mean delay (an infinite-server
 * queue), so m + {@link SEAT_MARGIN_SD}·√m + 1 seats leave a case queueing for one with
 * negligible probability; at least 1, at most the format's LIMITS.staff.
 */
export function delaySeats(peakPerHour: number, meanMinutes: number): number {
  const m = Math.max(0, peakPerHour * (meanMinutes / 60));
  return Math.min(LIMITS.staff, Math.max(1, Math.ceil(m + SEAT_MARGIN_SD * Math.sqrt(m) + 1)));
}
