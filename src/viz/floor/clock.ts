/**
 * Simulated time in words for the floor plan. Times are minutes since the start of the run,
 * and the run starts on Monday 00:00 (day 0), as in the trace.
 */
import { DAY_NAMES, MINUTES_PER_DAY } from '../../sim/index.js';

/** Whole day index (0 = the first Monday) of a time in minutes. */
export function dayOf(atMinutes: number): number {
  return Math.floor(atMinutes / MINUTES_PER_DAY);
}

/** `09:12`: hour and minute of the day (the minute is truncated, as a wall clock shows it). */
export function timeOfDay(atMinutes: number): string {
  const inDay = Math.floor(atMinutes - dayOf(atMinutes) * MINUTES_PER_DAY);
  return `${String(Math.floor(inDay / 60)).padStart(2, '0')}:${String(inDay % 60).padStart(2, '0')}`;
}

/** `Mon`, or `Mon (week 2)` from the second week on. */
export function dayName(atMinutes: number): string {
  const day = dayOf(atMinutes);
  const name = DAY_NAMES[((day % 7) + 7) % 7];
  const week = Math.floor(day / 7) + 1;
  return week > 1 ? `${name} (week ${week})` : name;
}

/** `Mon 09:12`: the clock of the floor plan. */
export function clockText(atMinutes: number): string {
  return `${dayName(atMinutes)} ${timeOfDay(atMinutes)}`;
}

/**
 * A duration in minutes as people say it: `40 s`, `2 min`, `1 h 5 min`, `3 h`, `2 d 4 h`.
 * Rounded to the unit below the largest one shown.
 */
export function durationText(minutes: number): string {
  if (minutes < 1) return `${Math.max(1, Math.round(minutes * 60))} s`;
  const m = Math.round(minutes);
  if (m < 60) return `${m} min`;
  if (m < MINUTES_PER_DAY) {
    const h = Math.floor(m / 60);
    const rest = m % 60;
    return rest === 0 ? `${h} h` : `${h} h ${rest} min`;
  }
  const hours = Math.round(minutes / 60);
  const d = Math.floor(hours / 24);
  const h = hours % 24;
  return h === 0 ? `${d} d` : `${d} d ${h} h`;
}
