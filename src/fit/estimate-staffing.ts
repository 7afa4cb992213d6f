import type { CaseHistory, HistoryTier } from './case-history.js';
import { HOURS_PER_WEEK, hourOfWeek, MINUTES_PER_HOUR } from './estimate-arrivals.js';
import { DEFAULT_TIER } from './tier-visits.js';

/** How many people (seats) a tier had on duty through the week, as the history shows them. */
export interface TierStaffing {
  readonly tier: HistoryTier;
  /** Distinct `resource` values with working spells at the tier. */
  readonly people: number;
  /** Mean seats in use per hour of the week (168, Monday 00:00 first), over the weeks of the window. */
  readonly onDuty: readonly number[];
  /** The most seats in use in any week at each hour of the week, weekdays alike (see {@link regularWeekdays}): the scenario's seats. */
  readonly seats: readonly number[];
  /** Mean busy seats over the window: working minutes / window minutes (the load carried). */
  readonly busyMean: number;
  /** Share of the window's hours where more cases were worked at once than people were seen: people worked several cases at once. */
  readonly multitaskingShare: number;
}

/** Gaps between one person's working spells shorter than this count as time on duty (between cases, breaks). */
export const PRESENCE_GAP_MINUTES = 120;

/**
 * Estimates a tier's seats on duty per hour of the week from its working spells within
 * [startAt, endAt] (the arrival window: the staffing that served the arrivals). In each hour of
 * the window, the seats in use are the larger of (a) the people seen on duty: distinct
 * `resource` values working in that hour, a person counting as on duty between two of their
 * working spells less than {@link PRESENCE_GAP_MINUTES} apart, and (b) the most cases worked at
 * the same moment in the hour: tiersim's engineers work one case at a time, so a person working
 * three cases at once is three seats. A tier has at least as many seats as it ever used at
 * once, so each hour of the week gets the most seats in use at that hour in any week of the
 * window (usage is below capacity whenever someone is free: the mean would count idle people
 * out); `onDuty` keeps the mean for the report.
 */
export function estimateStaffing(
  cases: readonly CaseHistory[],
  tier: HistoryTier,
  startAt: number,
  endAt: number,
): TierStaffing {
  const firstHour = Math.floor(startAt / MINUTES_PER_HOUR);
  const hours = Math.max(1, Math.ceil(endAt / MINUTES_PER_HOUR) - firstHour);
  const spells: Array<{ fromAt: number; toAt: number; resource: string | null }> = [];
  for (const c of cases) {
    let current: HistoryTier = DEFAULT_TIER;
    for (const s of c.spells) {
      current = s.tier ?? current;
      if (s.status !== 'working' || current !== tier) continue;
      const fromAt = Math.max(s.fromAt, startAt);
      const toAt = Math.min(s.toAt, endAt);
      if (toAt >= fromAt) spells.push({ fromAt, toAt, resource: s.resource });
    }
  }
  const peak = peakConcurrency(spells, firstHour, hours);
  const present = presentPeople(spells, firstHour, hours);
  const sums = new Array<number>(HOURS_PER_WEEK).fill(0);
  const most = new Array<number>(HOURS_PER_WEEK).fill(0);
  const occurrences = new Array<number>(HOURS_PER_WEEK).fill(0);
  let multitasking = 0;
  for (let i = 0; i < hours; i++) {
    const h = hourOfWeek((firstHour + i) * MINUTES_PER_HOUR);
    const inUse = Math.max(peak[i], present[i]);
    sums[h] += inUse;
    most[h] = Math.max(most[h], inUse);
    occurrences[h]++;
    if (peak[i] > present[i] && present[i] > 0) multitasking++;
  }
  const onDuty = sums.map((s, h) => (occurrences[h] > 0 ? s / occurrences[h] : 0));
  const busyMinutes = spells.reduce((a, s) => a + (s.toAt - s.fromAt), 0);
  return {
    tier,
    people: new Set(spells.map((s) => s.resource).filter((r) => r !== null)).size,
    onDuty,
    seats: regularWeekdays(most),
    busyMean: busyMinutes / (hours * MINUTES_PER_HOUR),
    multitaskingShare: multitasking / hours,
  };
}

/** The most spells open at one moment in each hour of the window. */
function peakConcurrency(
  spells: ReadonlyArray<{ fromAt: number; toAt: number }>,
  firstHour: number,
  hours: number,
): Int32Array {
  const events: Array<[number, number]> = [];
  for (const s of spells) {
    if (s.toAt <= s.fromAt) continue;
    events.push([s.fromAt, 1], [s.toAt, -1]);
  }
  // Ends before starts at the same minute: a case handed on is not two at once.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const peak = new Int32Array(hours);
  let level = 0;
  let e = 0;
  for (let i = 0; i < hours; i++) {
    const hourEndAt = (firstHour + i + 1) * MINUTES_PER_HOUR;
    let max = level;
    while (e < events.length && events[e][0] < hourEndAt) {
      level += events[e][1];
      max = Math.max(max, level);
      e++;
    }
    peak[i] = max;
  }
  return peak;
}

/** Distinct people on duty in each hour of the window (see {@link PRESENCE_GAP_MINUTES}). */
function presentPeople(
  spells: ReadonlyArray<{ fromAt: number; toAt: number; resource: string | null }>,
  firstHour: number,
  hours: number,
): Int32Array {
  const byPerson = new Map<string, Array<{ fromAt: number; toAt: number }>>();
  for (const s of spells) {
    if (s.resource === null) continue;
    let list = byPerson.get(s.resource);
    if (list === undefined) byPerson.set(s.resource, (list = []));
    list.push(s);
  }
  const present = new Int32Array(hours);
  const mark = (fromAt: number, toAt: number): void => {
    const from = Math.max(0, Math.floor(fromAt / MINUTES_PER_HOUR) - firstHour);
    const to = Math.min(hours - 1, Math.max(from, Math.ceil(toAt / MINUTES_PER_HOUR) - 1 - firstHour));
    for (let i = from; i <= to; i++) present[i]++;
  };
  for (const list of byPerson.values()) {
    list.sort((a, b) => a.fromAt - b.fromAt);
    let fromAt = list[0].fromAt;
    let toAt = list[0].toAt;
    for (const s of list.slice(1)) {
      if (s.fromAt - toAt < PRESENCE_GAP_MINUTES) toAt = Math.max(toAt, s.toAt);
      else {
        mark(fromAt, toAt);
        fromAt = s.fromAt;
        toAt = s.toAt;
      }
    }
    mark(fromAt, toAt);
  }
  return present;
}

/**
 * Seats per hour of the week with Monday to Friday sharing one day (the rounded mean of the five
 * at each hour; Saturday and Sunday keep their own): the days' noise would otherwise cut the
 * schedule into shifts of single days, and an owner on a shift of one day a week keeps a case's
 * next session waiting a week.
 */
export function regularWeekdays(seats: readonly number[]): number[] {
  const out = [...seats];
  for (let hour = 0; hour < 24; hour++) {
    let sum = 0;
    for (let day = 0; day < 5; day++) sum += seats[day * 24 + hour];
    const shared = Math.round(sum / 5);
    for (let day = 0; day < 5; day++) out[day * 24 + hour] = shared;
  }
  return out;
}
