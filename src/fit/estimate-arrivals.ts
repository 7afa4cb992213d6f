import type { CaseHistory, History } from './case-history.js';

/** Minutes in an hour, a day and a week; hours in a week (a weekly profile has one weight per hour). */
export const MINUTES_PER_HOUR = 60;
export const MINUTES_PER_DAY = 1440;
export const MINUTES_PER_WEEK = 10080;
export const HOURS_PER_WEEK = 168;

/** One calendar week of the arrival window (weeks start on Monday 00:00 of the history's clock). */
export interface WeekArrivals {
  /** Week number from the history's origin (0: the week of the origin). */
  readonly week: number;
  /** Days of that week inside the arrival window (7 for a whole week). */
  readonly days: number;
  readonly observed: number;
  /** Cases the fitted rate and weekly profile expect in the part of the week inside the window. */
  readonly expected: number;
  /** (observed − expected) / √expected: the Poisson z-score. */
  readonly z: number;
}

/** How cases arrived: the rate, the week's shape, and how far the weeks stray from them. */
export interface ArrivalEstimate {
  /** The arrival window [startAt, endAt), minutes on the history's clock (see {@link arrivalWindow}). */
  readonly startAt: number;
  readonly endAt: number;
  /** True when the history goes on after the arrival window: its later openings are incomplete, or there are none. */
  readonly stopsBeforeEnd: boolean;
  /** Cases opened in the window, and cases left out (opened outside it, or started before the window). */
  readonly cases: number;
  readonly outside: number;
  /** Mean arrivals per hour over the week, and its standard error (Poisson: √n / hours). */
  readonly casesPerHour: number;
  readonly casesPerHourSe: number;
  /** 168 hour-of-week weights with mean 1 (Monday 00:00-01:00 first): arrivals per hour of that hour of the week over the mean. */
  readonly weeklyWeights: readonly number[];
  /** Cases opened in each hour of the week (the profile's counts). */
  readonly hourOfWeekCounts: readonly number[];
  readonly weeks: readonly WeekArrivals[];
  /** Pearson's dispersion of the weeks with at least a day in the window (1: Poisson; more: weeks vary more than chance). */
  readonly dispersion: number;
  /** Least-squares slope of observed / expected per week (relative change per week), its standard error, and |slope| > 2 se. */
  readonly trend: { readonly perWeek: number; readonly se: number; readonly significant: boolean };
  /** Weeks whose count is more than 3 Poisson standard deviations from the expected: surges (ratio > 1) and dips. */
  readonly surges: ReadonlyArray<{ readonly week: number; readonly ratio: number; readonly z: number }>;
}

/** Weeks with less of the window in them are not judged (too few cases to say anything). */
const MIN_WEEK_DAYS = 1;
/** Poisson z beyond which a week is a surge or a dip. */
const SURGE_Z = 3;

/**
 * The arrival window of a history: from its start to `arrivalsEndAt`, the end of its complete
 * openings as the reader judged it (an extract of cases opened until a date, followed to their
 * end, stops arriving long before its last row). `stopsBeforeEnd`: the history goes on after it.
 */
export function arrivalWindow(history: History): { startAt: number; endAt: number; stopsBeforeEnd: boolean } {
  const endAt = Math.min(history.arrivalsEndAt ?? history.windowEndAt, history.windowEndAt);
  return { startAt: history.windowStartAt, endAt, stopsBeforeEnd: endAt < history.windowEndAt };
}

/** True when a case opened within [startAt, endAt) and its history is whole (it did not start before the window). */
export function openedWithin(c: CaseHistory, startAt: number, endAt: number): boolean {
  return !c.startedBeforeWindow && c.openedAt >= startAt && c.openedAt < endAt;
}

/**
 * Estimates the arrival rate and the weekly profile from the cases opened in the arrival window
 * (see {@link arrivalWindow}). Each hour of the week's rate is its cases over the hours of that
 * hour of the week the window holds (partial weeks count in part), so a window of 10.5 weeks
 * weighs no hour twice; the weights are those rates over their mean, and `casesPerHour` is the
 * mean, so the fitted rate and profile expect exactly the cases seen. Weeks are then compared
 * with what the rate and profile expect (surges, dips, trend).
 */
export function estimateArrivals(history: History): ArrivalEstimate {
  const { startAt, endAt, stopsBeforeEnd } = arrivalWindow(history);
  const counts = new Array<number>(HOURS_PER_WEEK).fill(0);
  let cases = 0;
  for (const c of history.cases) {
    if (!openedWithin(c, startAt, endAt)) continue;
    cases++;
    counts[hourOfWeek(c.openedAt)]++;
  }
  const exposure = hourOfWeekExposure(startAt, endAt);
  const rates = counts.map((n, h) => (exposure[h] > 0 ? n / exposure[h] : NaN));
  const seen = rates.filter((r) => !Number.isNaN(r));
  const casesPerHour = seen.length > 0 ? seen.reduce((a, b) => a + b, 0) / seen.length : 0;
  const weeklyWeights = rates.map((r) => (casesPerHour > 0 ? (Number.isNaN(r) ? 1 : r / casesPerHour) : 1));
  const hours = (endAt - startAt) / MINUTES_PER_HOUR;
  const weeks = weeklyArrivals(history, startAt, endAt, casesPerHour, weeklyWeights);
  const judged = weeks.filter((w) => w.days >= MIN_WEEK_DAYS && w.expected > 0);
  const dispersion =
    judged.length > 1 ? judged.reduce((a, w) => a + w.z * w.z, 0) / (judged.length - 1) : NaN;
  return {
    startAt,
    endAt,
    stopsBeforeEnd,
    cases,
    outside: history.cases.length - cases,
    casesPerHour,
    casesPerHourSe: hours > 0 ? Math.sqrt(cases) / hours : NaN,
    weeklyWeights,
    hourOfWeekCounts: counts,
    weeks,
    dispersion,
    trend: trendOf(judged),
    surges: judged
      .filter((w) => Math.abs(w.z) > SURGE_Z)
      .map((w) => ({ week: w.week, ratio: w.observed / w.expected, z: w.z })),
  };
}

/** Hour of the week (0 = Monday 00:00-01:00) of a time on the history's clock. */
export function hourOfWeek(at: number): number {
  const h = Math.floor(at / MINUTES_PER_HOUR) % HOURS_PER_WEEK;
  return h < 0 ? h + HOURS_PER_WEEK : h;
}

/** Hours of each hour of the week within [startAt, endAt] (partial hours in part). */
export function hourOfWeekExposure(startAt: number, endAt: number): number[] {
  const exposure = new Array<number>(HOURS_PER_WEEK).fill(0);
  for (let h = Math.floor(startAt / MINUTES_PER_HOUR); h * MINUTES_PER_HOUR < endAt; h++) {
    const from = Math.max(startAt, h * MINUTES_PER_HOUR);
    const to = Math.min(endAt, (h + 1) * MINUTES_PER_HOUR);
    if (to > from) exposure[hourOfWeek(h * MINUTES_PER_HOUR)] += (to - from) / MINUTES_PER_HOUR;
  }
  return exposure;
}

function weeklyArrivals(
  history: History,
  startAt: number,
  endAt: number,
  casesPerHour: number,
  weights: readonly number[],
): WeekArrivals[] {
  const first = Math.floor(startAt / MINUTES_PER_WEEK);
  const last = Math.floor(Math.max(startAt, endAt - 1e-9) / MINUTES_PER_WEEK);
  const observed = new Array<number>(last - first + 1).fill(0);
  for (const c of history.cases)
    if (openedWithin(c, startAt, endAt)) observed[Math.floor(c.openedAt / MINUTES_PER_WEEK) - first]++;
  return observed.map((n, i) => {
    const week = first + i;
    const from = Math.max(startAt, week * MINUTES_PER_WEEK);
    const to = Math.min(endAt, (week + 1) * MINUTES_PER_WEEK);
    const exposure = hourOfWeekExposure(from, to);
    const expected = exposure.reduce((a, e, h) => a + e * casesPerHour * weights[h], 0);
    return {
      week,
      days: (to - from) / MINUTES_PER_DAY,
      observed: n,
      expected,
      z: expected > 0 ? (n - expected) / Math.sqrt(expected) : 0,
    };
  });
}

/** Weighted least squares of observed / expected on the week number (weights: expected cases). */
function trendOf(weeks: readonly WeekArrivals[]): ArrivalEstimate['trend'] {
  if (weeks.length < 3) return { perWeek: 0, se: NaN, significant: false };
  let sw = 0;
  let sx = 0;
  let sy = 0;
  for (const w of weeks) {
    sw += w.expected;
    sx += w.expected * w.week;
    sy += w.observed;
  }
  const mx = sx / sw;
  const my = sy / sw;
  let sxx = 0;
  let sxy = 0;
  for (const w of weeks) {
    const r = w.observed / w.expected;
    sxx += w.expected * (w.week - mx) * (w.week - mx);
    sxy += w.expected * (w.week - mx) * (r - my);
  }
  const slope = sxx > 0 ? sxy / sxx : 0;
  let rss = 0;
  for (const w of weeks) {
    const fitted = my + slope * (w.week - mx);
    rss += w.expected * (w.observed / w.expected - fitted) * (w.observed / w.expected - fitted);
  }
  const se = sxx > 0 ? Math.sqrt(rss / (weeks.length - 2) / sxx) : NaN;
  return { perWeek: slope, se, significant: Number.isFinite(se) && Math.abs(slope) > 2 * se };
}
