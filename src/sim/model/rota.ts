import type { Schedule, Shift } from '../scenario/index.js';
import { MINUTES_PER_DAY, MINUTES_PER_WEEK } from '../units.js';

/** One stretch of work: from a minute of the week (Monday 00:00 = 0), for `minutes`; it may run past the week's end. */
export interface Duty {
  readonly fromMinute: number;
  readonly minutes: number;
}

/** What one person of a pool works each week: a shift of the schedule and their duties in it. */
export interface RotaLine {
  /** Index of the schedule's shift. */
  readonly shift: number;
  readonly duties: readonly Duty[];
  /** Paid hours per week: the duties' total. */
  readonly hoursPerWeek: number;
}

/** A shift window longer than this is cut into duties of {@link DUTY_PART_MINUTES} (a 24-hour day: three 8-hour duties). */
const LONGEST_DUTY_MINUTES = 12 * 60;
const DUTY_PART_MINUTES = 8 * 60;
/**
 * A person works whole duties: hours per week / duty length, rounded up from 0.4, so that a
 * Mon-Fri 9-hour shift (its lunch hour in it) is a 40-hour week and 12-hour duties give 3 a week.
 */
const ROUND_UP_FROM = 0.4;

/**
 * The weekly rota of a pool of `headcount` people, each working about `hoursPerWeek` within the
 * schedule. People are split over the shifts by their shares (largest remainder). A shift whose
 * weekly hours one person can work (up to the rounding above) is worked whole by each of its
 * people, as seats were before. A longer one becomes a rota: each day's window is cut into
 * duties (three 8-hour duties for 24 hours), each person works one duty a day on consecutive days
 * of the shift, and start days and duties are spread evenly over the shift's people. So a 24x7
 * pool of 42 people at 40 hours has 10 on duty at any hour (42 x 40 / 168).
 */
export function buildRota(schedule: Schedule, headcount: number, hoursPerWeek: number): RotaLine[] {
  const lines: RotaLine[] = [];
  peopleByShift(schedule, headcount).forEach((people, s) => {
    const shift = schedule.shifts[s];
    for (let i = 0; i < people; i++) lines.push(lineOf(shift, s, i, people, hoursPerWeek));
  });
  return lines;
}

/** Person `i` of the `people` who work `shift` (index `s`). */
function lineOf(shift: Shift, s: number, i: number, people: number, hoursPerWeek: number): RotaLine {
  const window = shift.endMinute - shift.startMinute;
  const dayCount = shift.days.length;
  const parts = window > LONGEST_DUTY_MINUTES ? Math.ceil(window / DUTY_PART_MINUTES) : 1;
  const dutyMinutes = window / parts;
  const days = Math.min(
    dayCount,
    Math.max(1, Math.floor((hoursPerWeek * 60) / dutyMinutes + 1 - ROUND_UP_FROM)),
  );
  const whole = hoursPerWeek * 60 >= dayCount * window - 1e-9 || (parts === 1 && days === dayCount);
  if (whole) {
    const duties = shift.days.map((d) => ({
      fromMinute: d * MINUTES_PER_DAY + shift.startMinute,
      minutes: window,
    }));
    return { shift: s, duties, hoursPerWeek: (dayCount * window) / 60 };
  }
  // Duty part (early, late, night...) by turns; within a part, start days spread over the week.
  const part = i % parts;
  const inPart = Math.floor(i / parts);
  const peopleInPart = Math.floor(people / parts) + (part < people % parts ? 1 : 0);
  const starts = days === dayCount ? 1 : dayCount;
  const start = peopleInPart <= starts ? Math.floor((inPart * starts) / peopleInPart) : inPart % starts;
  const duties: Duty[] = [];
  for (let k = 0; k < days; k++) {
    const day = shift.days[(start + k) % dayCount];
    duties.push({
      fromMinute: day * MINUTES_PER_DAY + shift.startMinute + part * dutyMinutes,
      minutes: dutyMinutes,
    });
  }
  return { shift: s, duties, hoursPerWeek: (days * dutyMinutes) / 60 };
}

/** People per shift: the schedule's shares split by {@link splitPeople}. */
function peopleByShift(schedule: Schedule, headcount: number): number[] {
  return splitPeople(
    schedule.shifts.map((s) => s.share),
    headcount,
  );
}

/**
 * `headcount` people split by `shares` (summing to 1): share x headcount rounded down, then one
 * more each for the largest remainders (ties: the earlier share) until they add up to the
 * headcount (Hamilton's method). How a pool's people are split over its shifts.
 */
export function splitPeople(shares: readonly number[], headcount: number): number[] {
  const exact = shares.map((share) => share * headcount);
  const counts = exact.map(Math.floor);
  let left = headcount - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byRemainder) {
    if (left <= 0) break;
    counts[i]++;
    left--;
  }
  return counts;
}

/** Whether a rota line has its person on duty at minute-of-week `weekMinute`. */
export function onDutyAt(line: RotaLine, weekMinute: number): boolean {
  for (const d of line.duties) {
    if (mod(weekMinute - d.fromMinute, MINUTES_PER_WEEK) < d.minutes) return true;
  }
  return false;
}

/** Whether a schedule's shift (anybody working it whole) covers minute-of-week `weekMinute`. */
export function shiftCovers(shift: Shift, weekMinute: number): boolean {
  for (const d of shift.days) {
    const from = d * MINUTES_PER_DAY + shift.startMinute;
    if (mod(weekMinute - from, MINUTES_PER_WEEK) < shift.endMinute - shift.startMinute) return true;
  }
  return false;
}

/** Minutes of a line's week that fall inside `inside(weekMinute)` (whole minutes; duties start on whole minutes). */
export function minutesWhere(line: RotaLine, inside: (weekMinute: number) => boolean): number {
  let minutes = 0;
  for (const d of line.duties) {
    for (let m = 0; m < d.minutes; m++)
      if (inside(mod(Math.floor(d.fromMinute) + m, MINUTES_PER_WEEK))) minutes++;
  }
  return minutes;
}

export function mod(a: number, m: number): number {
  return ((a % m) + m) % m;
}
