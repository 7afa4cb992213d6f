import { MINUTES_PER_DAY, MINUTES_PER_WEEK, type ArrivalEstimate } from './estimate-arrivals.js';

/** A week the history shows as a surge or a dip, as a scenario surge (`arrivals.surges`). */
export interface FittedSurge {
  /** Week number from the history's origin, and the days of it inside the arrival window (run days). */
  readonly week: number;
  readonly fromDay: number;
  readonly toDay: number;
  /** Its cases over what the ordinary weeks' rate expects of it. */
  readonly volumeFactor: number;
}

/** The ordinary weeks' rate and the surges that reproduce the weeks found beyond {@link ArrivalEstimate.surges}' limit. */
export interface SurgePlan {
  /** Arrivals per hour of the ordinary weeks (the scenario's `casesPerHour`). */
  readonly casesPerHour: number;
  readonly surges: readonly FittedSurge[];
}

const days = (minutes: number): number => Number((minutes / MINUTES_PER_DAY).toFixed(6));

/**
 * Models the surges and dips the history shows: each such week becomes a surge of factor
 * observed / expected on the rate of the other weeks, which is the fitted rate scaled by their
 * observed over expected cases. The scenario then expects exactly the cases seen, week by week
 * for the surges and in total for the rest. Without surges the rate is the fitted one.
 */
export function surgePlan(a: ArrivalEstimate): SurgePlan {
  const unusual = new Set(a.surges.map((s) => s.week));
  if (unusual.size === 0) return { casesPerHour: a.casesPerHour, surges: [] };
  const ordinary = a.weeks.filter((w) => !unusual.has(w.week) && w.expected > 0);
  const observed = ordinary.reduce((sum, w) => sum + w.observed, 0);
  const expected = ordinary.reduce((sum, w) => sum + w.expected, 0);
  // Every week unusual (a short window): keep the fitted rate, the weeks' factors are their ratios.
  const base = expected > 0 ? observed / expected : 1;
  const surges = a.weeks
    .filter((w) => unusual.has(w.week) && w.expected > 0)
    .map((w) => ({
      week: w.week,
      fromDay: days(Math.max(a.startAt, w.week * MINUTES_PER_WEEK)),
      toDay: days(Math.min(a.endAt, (w.week + 1) * MINUTES_PER_WEEK)),
      volumeFactor: Number((w.observed / (w.expected * base)).toFixed(6)),
    }));
  return { casesPerHour: a.casesPerHour * base, surges };
}
