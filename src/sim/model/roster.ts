import { HOURS_PER_WEEK, type Schedule } from '../scenario/index.js';
import { buildRota, minutesWhere, mod, onDutyAt, type RotaLine } from './rota.js';
import { MINUTES_PER_WEEK } from '../units.js';

/** Hours per week one person works unless the scenario says otherwise. */
export const DEFAULT_HOURS_PER_WEEK = 40;

/**
 * Who of a pool is on duty when: the weekly rota that a `DutyRoster` follows during a run. Each
 * person works about `hoursPerWeek` within the schedule (see {@link buildRota}); 168 hours makes
 * every person work the whole schedule, as seats (textbook mode).
 */
export class Roster {
  /** Each person's weekly rota, by engineer index. */
  readonly lines: readonly RotaLine[];
  /** Shift index of each engineer. */
  readonly shiftOf: number[];
  /** Sorted minutes of the week at which someone's duty starts or ends (plus hours, with shrinkage). */
  readonly changeMinutes: number[];
  /** True when everybody is always on duty and nobody is away: no roster events needed. */
  readonly constant: boolean;

  constructor(
    readonly schedule: Schedule,
    readonly headcount: number,
    readonly shrinkage: number,
    readonly hoursPerWeek = DEFAULT_HOURS_PER_WEEK,
  ) {
    this.lines = buildRota(schedule, headcount, hoursPerWeek);
    this.shiftOf = this.lines.map((l) => l.shift);
    const always = this.lines.every((l) => l.hoursPerWeek >= HOURS_PER_WEEK);
    this.constant = always && shrinkage === 0;
    const points = new Set<number>();
    for (const line of this.lines) {
      for (const d of line.duties) {
        points.add(mod(d.fromMinute, MINUTES_PER_WEEK));
        points.add(mod(d.fromMinute + d.minutes, MINUTES_PER_WEEK));
      }
    }
    if (shrinkage > 0) for (let h = 0; h < HOURS_PER_WEEK; h++) points.add(h * 60);
    this.changeMinutes = this.constant ? [] : [...points].sort((a, b) => a - b);
  }

  /** Whether engineer `person` is on duty at the minute-of-week `weekMinute`. */
  onDuty(person: number, weekMinute: number): boolean {
    return onDutyAt(this.lines[person], weekMinute);
  }

  /** People on duty at the minute-of-week `weekMinute`, before shrinkage. */
  onDutyCount(weekMinute: number): number {
    let n = 0;
    for (const line of this.lines) if (onDutyAt(line, weekMinute)) n++;
    return n;
  }

  /** Paid hours per week of the whole pool. */
  paidHoursPerWeek(): number {
    let hours = 0;
    for (const line of this.lines) hours += line.hoursPerWeek;
    return hours;
  }

  /** Paid hours per week of the whole pool that fall where `inside(weekMinute)` holds (night, weekend). */
  paidHoursWhere(inside: (weekMinute: number) => boolean): number {
    let minutes = 0;
    for (const line of this.lines) minutes += minutesWhere(line, inside);
    return minutes / 60;
  }
}
