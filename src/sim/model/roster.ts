import { HOURS_PER_WEEK, type Schedule } from '../scenario/index.js';
import { MINUTES_PER_DAY, MINUTES_PER_WEEK } from '../units.js';

/**
 * Who of a pool is on shift when: the plan that a `DutyRoster` follows during a run.
 * Headcount is split over the schedule's shifts by their shares (largest remainder, so the split
 * adds up to the headcount), and each person works one shift.
 */
export class Roster {
  /** Shift index of each engineer. */
  readonly shiftOf: number[];
  /** Sorted minutes of the week at which someone's shift starts or ends (plus hours, with shrinkage). */
  readonly changeMinutes: number[];
  /** True when everybody is always on shift and nobody is away: no roster events needed. */
  readonly constant: boolean;

  constructor(
    readonly schedule: Schedule,
    readonly headcount: number,
    readonly shrinkage: number,
  ) {
    this.shiftOf = assignShifts(schedule, headcount);
    const fullTime = schedule.shifts.every(
      (s) => s.days.length === 7 && s.startMinute === 0 && s.endMinute >= MINUTES_PER_DAY,
    );
    this.constant = fullTime && shrinkage === 0;
    const points = new Set<number>();
    for (const s of schedule.shifts) {
      for (const d of s.days) {
        points.add(mod(d * MINUTES_PER_DAY + s.startMinute, MINUTES_PER_WEEK));
        points.add(mod(d * MINUTES_PER_DAY + s.endMinute, MINUTES_PER_WEEK));
      }
    }
    if (shrinkage > 0) for (let h = 0; h < HOURS_PER_WEEK; h++) points.add(h * 60);
    this.changeMinutes = this.constant ? [] : [...points].sort((a, b) => a - b);
  }

  /** Whether shift `shift` covers the minute-of-week `weekMinute`. */
  covers(shift: number, weekMinute: number): boolean {
    const s = this.schedule.shifts[shift];
    for (const d of s.days) {
      const from = d * MINUTES_PER_DAY + s.startMinute;
      const length = s.endMinute - s.startMinute;
      const offset = mod(weekMinute - from, MINUTES_PER_WEEK);
      if (offset < length) return true;
    }
    return false;
  }

  /** Paid hours per week of one person on shift `shift`. */
  shiftHoursPerWeek(shift: number): number {
    const s = this.schedule.shifts[shift];
    return (s.days.length * (s.endMinute - s.startMinute)) / 60;
  }

  /** Paid hours per week of the whole pool. */
  paidHoursPerWeek(): number {
    let hours = 0;
    for (const shift of this.shiftOf) hours += this.shiftHoursPerWeek(shift);
    return hours;
  }
}

function mod(a: number, m: number): number {
  return ((a % m) + m) % m;
}

function assignShifts(schedule: Schedule, headcount: number): number[] {
  const shares = schedule.shifts.map((s) => s.share * headcount);
  const counts = shares.map(Math.floor);
  let left = headcount - counts.reduce((a, b) => a + b, 0);
  const byRemainder = shares
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byRemainder) {
    if (left <= 0) break;
    counts[i]++;
    left--;
  }
  const shiftOf: number[] = [];
  counts.forEach((n, shift) => {
    for (let k = 0; k < n; k++) shiftOf.push(shift);
  });
  return shiftOf;
}
