import { MINUTES_PER_DAY, MINUTES_PER_WEEK } from '../sim/index.js';
import type { CaseHistory } from './case-history.js';
import { isoDateTime } from './history-clock.js';

/**
 * Under this share of the backlog Little's law expects (arrival rate × mean time to resolve),
 * the cases open at the end are "hardly any": an extract of closed cases.
 */
const OPEN_AT_END_SHARE = 0.1;

/** A backlog this small is not judged: a few cases open or not say nothing. */
const EXPECTED_OPEN_MIN = 5;

/**
 * Share of cases that must have been resolvable before the end for an opening week to count as
 * complete in an extract of closed cases: openings end this quantile of the resolution time
 * before the history's end.
 */
const RESOLVED_QUANTILE = 0.95;

/** A trailing week with fewer openings than this share of the median complete week is incomplete. */
const LOW_WEEK_SHARE = 0.75;

/** Complete weeks needed before a trailing week is judged against their median. */
const WEEKS_TO_JUDGE = 4;

/** Openings needed before any sign is judged: a rate or a longest gap from fewer says little. */
const OPENINGS_TO_JUDGE = 20;

/** What {@link arrivalsWindow} found. */
export interface ArrivalsWindow {
  /** The end of the window of complete openings, minutes from the history's origin. */
  readonly endAt: number;
  /** Why it is before the history's end, in words (empty: it is not). */
  readonly evidence: readonly string[];
}

/**
 * The window whose openings are complete, for arrival estimates: from the history's start to
 * `endAt`. Three signs of an incomplete end are looked for, in this order:
 * 1. openings stop long before the history ends (the history goes on longer than a day and
 *    than any gap between two openings before): an extract of cases opened until some date,
 *    followed to their end. The window ends at the last opening.
 * 2. hardly a case is open at the end (fewer than 10% of the arrival rate × mean time to
 *    resolve, Little's law's backlog): an extract of closed cases, which misses the cases opened
 *    near its end that were still open. The window ends the 95th percentile of the resolution
 *    time before the history's end, so that at most about 5% of a week's openings are missing.
 * 3. the last complete weeks have fewer than 75% of the median complete week's openings (with
 *    at least 4 complete weeks): they are left out.
 * After 1 or 2 the window is cut back to the end of the last complete week (Monday 00:00 on the
 * history's clock), when at least one week is left; a week whose rest after the cut is no longer
 * than a gap between openings seen before counts as complete. `cases` and the window are in
 * minutes on the history's clock, whose minute 0 is `origin` on the UTC clock (for the dates the
 * evidence names); cases started before the window are not openings. With fewer than 20
 * openings nothing is judged: the window is the whole history.
 */
export function arrivalsWindow(
  cases: readonly CaseHistory[],
  windowStartAt: number,
  windowEndAt: number,
  origin: number,
): ArrivalsWindow {
  const openings = cases.filter((c) => !c.startedBeforeWindow).map((c) => c.openedAt);
  openings.sort((a, b) => a - b);
  if (openings.length < OPENINGS_TO_JUDGE) return { endAt: windowEndAt, evidence: [] };
  const evidence: string[] = [];
  const firstOpenedAt = openings[0];
  const lastOpenedAt = openings[openings.length - 1];
  // Each sign's end: openings complete up to it.
  let stoppedAt = Infinity;
  let closedAt = Infinity;

  let longestGap = 0;
  for (let i = 1; i < openings.length; i++) longestGap = Math.max(longestGap, openings[i] - openings[i - 1]);
  const quiet = windowEndAt - lastOpenedAt;
  if (quiet > Math.max(longestGap, MINUTES_PER_DAY)) {
    stoppedAt = lastOpenedAt;
    evidence.push(
      `no case opened in the last ${days(quiet)} of the history (after ${isoDateTime(origin + lastOpenedAt)}), ` +
        `a longer quiet spell than any before (${days(longestGap)})`,
    );
  }

  const durations = cases
    .filter((c) => !c.startedBeforeWindow && c.resolvedAt !== null)
    .map((c) => c.resolvedAt! - c.openedAt)
    .sort((a, b) => a - b);
  const open = cases.filter((c) => c.resolvedAt === null).length;
  if (durations.length > 0 && lastOpenedAt > firstOpenedAt) {
    const perMinute = openings.length / (lastOpenedAt - firstOpenedAt);
    const meanMinutes = durations.reduce((sum, d) => sum + d, 0) / durations.length;
    const expected = perMinute * meanMinutes;
    if (expected >= EXPECTED_OPEN_MIN && open < OPEN_AT_END_SHARE * expected) {
      const longMinutes =
        durations[Math.min(durations.length - 1, Math.floor(RESOLVED_QUANTILE * durations.length))];
      closedAt = windowEndAt - longMinutes;
      evidence.push(
        `${open.toLocaleString('en-US')} ${open === 1 ? 'case' : 'cases'} open at the end where the arrival rate and ` +
          `time to resolve lead to expect about ${Math.round(expected).toLocaleString('en-US')}: an extract of closed cases, ` +
          `missing those opened near its end that were still open (95% resolve within ${days(longMinutes)})`,
      );
    }
  }

  let endAt = windowEndAt;
  if (evidence.length > 0) {
    endAt = Math.min(stoppedAt, closedAt);
    // Whole weeks: on to the next Monday when the rest of the week is no longer than a gap
    // between openings seen before (the week was complete), else back to the Monday before,
    // unless that leaves no week at all.
    const mondayAfter = (Math.floor(endAt / MINUTES_PER_WEEK) + 1) * MINUTES_PER_WEEK;
    const mondayBefore = mondayAfter - MINUTES_PER_WEEK;
    if (mondayAfter - endAt <= longestGap && mondayAfter <= windowEndAt) endAt = mondayAfter;
    else if (mondayBefore > windowStartAt) endAt = mondayBefore;
  }

  const low = lowTrailingWeeks(openings, endAt);
  if (low !== null) {
    endAt = low.startAt;
    evidence.push(low.evidence);
  }
  return { endAt: Math.max(endAt, windowStartAt), evidence };
}

/** Trailing complete weeks before `endAt` with far fewer openings than the median complete week. */
function lowTrailingWeeks(
  openings: readonly number[],
  endAt: number,
): { startAt: number; evidence: string } | null {
  const weeks = Math.floor(endAt / MINUTES_PER_WEEK);
  const counts = new Array<number>(weeks).fill(0);
  for (const at of openings) {
    const week = Math.floor(at / MINUTES_PER_WEEK);
    if (week >= 0 && week < weeks) counts[week]++;
  }
  // The first week is often cut by the history's start: it is not a complete week.
  const complete = counts.slice(1);
  if (complete.length < WEEKS_TO_JUDGE) return null;
  const sorted = [...complete].sort((a, b) => a - b);
  const median =
    sorted.length % 2 === 1
      ? sorted[(sorted.length - 1) / 2]
      : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  let first = weeks;
  // Never more than half the complete weeks: a history that falls steadily is a trend, not a cut.
  while (first - 1 >= weeks - Math.floor(complete.length / 2) && counts[first - 1] < LOW_WEEK_SHARE * median)
    first--;
  if (first === weeks) return null;
  const shown = counts
    .slice(first)
    .map((n) => n.toLocaleString('en-US'))
    .join(', ');
  return {
    startAt: first * MINUTES_PER_WEEK,
    evidence:
      `the last ${weeks - first === 1 ? 'week has' : `${weeks - first} weeks have`} ${shown} openings, ` +
      `under ${Math.round(LOW_WEEK_SHARE * 100)}% of the median complete week (${median.toLocaleString('en-US')})`,
  };
}

/** Minutes as days with one decimal: `277.1 days`. */
function days(minutes: number): string {
  const n = minutes / MINUTES_PER_DAY;
  return `${n.toLocaleString('en-US', { maximumFractionDigits: 1 })} ${n === 1 ? 'day' : 'days'}`;
}
