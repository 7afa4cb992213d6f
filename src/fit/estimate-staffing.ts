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
  /** The most seats in use in any week at each hour of the week, weekdays alike and weekend days alike (see {@link regularWeekdays}): the scenario's seats. */
  readonly seats: readonly number[];
  /** Mean busy seats over the window: working minutes / window minutes (the load carried). */
  readonly busyMean: number;
  /** Share of the window's hours where more cases were worked at once than people were seen: people worked several cases at once. */
  readonly multitaskingShare: number;
}

/** Gaps between one person's working spells shorter than this count as time on duty (between cases, breaks). */
export const PRESENCE_GAP_MINUTES = 120;
/** A person is on duty at an hour of the week when seen on duty then in at least this share of the window's weeks (and once). */
export const DUTY_WEEKS_SHARE = 0.25;

/**
 * Estimates a tier's seats per hour of the week from its working spells within [startAt, endAt)
 * (the arrival window: the staffing that served the arrivals). People: a person is on duty
 * between two of their working spells less than {@link PRESENCE_GAP_MINUTES} apart, and their
 * duty is the hours of the week in which they were on duty in at least {@link DUTY_WEEKS_SHARE}
 * of the window's weeks (a regular shift shows up every week; an idle hour on duty some weeks
 * only). Cases: tiersim's engineers work one case at a time, so a person working three cases at
 * once is three seats, and a tier has at least as many seats as it ever used at once: the most
 * cases worked at the same moment at that hour of the week in any week. Each hour of the week
 * gets the larger of the two; `onDuty` keeps the mean in use, for the report.
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
  const marks = presence(spells, firstHour, hours);
  const present = new Int32Array(hours);
  for (const mark of marks.values()) for (let i = 0; i < hours; i++) present[i] += mark[i];
  const sums = new Array<number>(HOURS_PER_WEEK).fill(0);
  const mostAtOnce = new Array<number>(HOURS_PER_WEEK).fill(0);
  const occurrences = new Array<number>(HOURS_PER_WEEK).fill(0);
  let multitasking = 0;
  for (let i = 0; i < hours; i++) {
    const h = hourOfWeek((firstHour + i) * MINUTES_PER_HOUR);
    sums[h] += Math.max(peak[i], present[i]);
    mostAtOnce[h] = Math.max(mostAtOnce[h], peak[i]);
    occurrences[h]++;
    if (peak[i] > present[i] && present[i] > 0) multitasking++;
  }
  // Each person's duty: the hours of the week they were seen in at least DUTY_WEEKS_SHARE of its weeks.
  const onDutyPeople = new Array<number>(HOURS_PER_WEEK).fill(0);
  for (const mark of marks.values()) {
    const seen = new Array<number>(HOURS_PER_WEEK).fill(0);
    for (let i = 0; i < hours; i++) if (mark[i] > 0) seen[hourOfWeek((firstHour + i) * MINUTES_PER_HOUR)]++;
    for (let h = 0; h < HOURS_PER_WEEK; h++)
      if (seen[h] > 0 && seen[h] >= DUTY_WEEKS_SHARE * occurrences[h]) onDutyPeople[h]++;
  }
  const seats = onDutyPeople.map((people, h) => Math.max(people, mostAtOnce[h]));
  const onDuty = sums.map((s, h) => (occurrences[h] > 0 ? s / occurrences[h] : 0));
  const busyMinutes = spells.reduce((a, s) => a + (s.toAt - s.fromAt), 0);
  return {
    tier,
    people: new Set(spells.map((s) => s.resource).filter((r) => r !== null)).size,
    onDuty,
    seats: regularWeekdays(seats),
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
    const hourStartAt = (firstHour + i) * MINUTES_PER_HOUR;
    const hourEndAt = hourStartAt + MINUTES_PER_HOUR;
    // What changes at the hour's first minute belongs to it (a spell ending at 17:00 is not in 17-18).
    while (e < events.length && events[e][0] <= hourStartAt) level += events[e++][1];
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

/** For each person, 1 in each hour of the window they were on duty (see {@link PRESENCE_GAP_MINUTES}). */
function presence(
  spells: ReadonlyArray<{ fromAt: number; toAt: number; resource: string | null }>,
  firstHour: number,
  hours: number,
): Map<string, Uint8Array> {
  const byPerson = new Map<string, Array<{ fromAt: number; toAt: number }>>();
  for (const s of spells) {
    if (s.resource === null) continue;
    let list = byPerson.get(s.resource);
    if (list === undefined) byPerson.set(s.resource, (list = []));
    list.push(s);
  }
  const marks = new Map<string, Uint8Array>();
  for (const [person, list] of byPerson) {
    const mark = new Uint8Array(hours);
    const markSpan = (fromAt: number, toAt: number): void => {
      const from = Math.max(0, Math.floor(fromAt / MINUTES_PER_HOUR) - firstHour);
      const to = Math.min(hours - 1, Math.max(from, Math.ceil(toAt / MINUTES_PER_HOUR) - 1 - firstHour));
      for (let i = from; i <= to; i++) mark[i] = 1;
    };
    list.sort((a, b) => a.fromAt - b.fromAt);
    let fromAt = list[0].fromAt;
    let toAt = list[0].toAt;
    for (const s of list.slice(1)) {
      if (s.fromAt - toAt < PRESENCE_GAP_MINUTES) toAt = Math.max(toAt, s.toAt);
      else {
        markSpan(fromAt, toAt);
        fromAt = s.fromAt;
        toAt = s.toAt;
      }
    }
    markSpan(fromAt, toAt);
    marks.set(person, mark);
  }
  return marks;
}

/**
 * Seats per hour of the week with Monday to Friday sharing one day (the rounded mean of the five
 * at each hour) and Saturday and Sunday another: the days' noise would otherwise cut the
 * schedule into shifts of single days, and an owner on a shift of one day a week keeps a case's
 * next session waiting a week.
 */
export function regularWeekdays(seats: readonly number[]): number[] {
  const out = [...seats];
  for (const days of [
    [0, 1, 2, 3, 4],
    [5, 6],
  ]) {
    for (let hour = 0; hour < 24; hour++) {
      const shared = Math.round(days.reduce((a, d) => a + seats[d * 24 + hour], 0) / days.length);
      for (const d of days) out[d * 24 + hour] = shared;
    }
  }
  return out;
}
