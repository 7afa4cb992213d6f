import { LIMITS } from '../sim/index.js';
import { HOURS_PER_WEEK } from './estimate-arrivals.js';

/** A shift as a scenario file writes it (`schedules.<name>.shifts[i]`). */
export interface ShiftInput {
  readonly name: string;
  readonly days: string;
  readonly start: string;
  readonly end: string;
  readonly share: number;
}

/** Seats on duty per hour of the week as a schedule of seats: each seat works its shift whole, every day of it. */
export interface ShiftPlan {
  /** Seats in all (the pool's `staff`, with `hoursPerWeek` 168: a seat, not a person on a rota). */
  readonly seats: number;
  readonly shifts: readonly ShiftInput[];
  /** Hours per block the profile was averaged over to fit within LIMITS.shifts (1: as it was). */
  readonly blockHours: number;
  /** Seats on duty per hour of the week under this plan (equals the input when blockHours is 1). */
  readonly onDuty: readonly number[];
}

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/**
 * Turns seats on duty per hour of the week (168 whole numbers) into shifts of seats. First each
 * level (the hours with at least 1 seat, at least 2...) loses its gaps and its runs shorter than
 * {@link SHORTEST_RUN_HOURS} around the week (see {@link withoutBlips}). Then each day's
 * profile is cut into nested runs (the hours with at least 1 seat, at least 2...), equal runs on
 * several days become one shift of those days, and a shift's share is its seats over the total.
 * When that takes more than LIMITS.shifts (100) shifts, the profile is averaged over blocks of
 * 2, 3, 4, 6, 8, 12 then 24 hours first. Null when no hour has a seat.
 */
export function shiftPlan(raw: readonly number[]): ShiftPlan | null {
  const seats = withoutBlips(raw);
  if (seats.every((s) => s <= 0)) return null;
  for (const block of [1, 2, 3, 4, 6, 8, 12, 24]) {
    const profile = block === 1 ? [...seats] : blockAverage(seats, block);
    const shifts = shiftsOf(profile, block);
    if (shifts.length <= LIMITS.shifts && shifts.length > 0) {
      const total = shifts.reduce((a, s) => a + s.seats, 0);
      return {
        seats: total,
        shifts: shifts.map((s, i) => ({
          name: `seats ${i + 1}`,
          days: s.days.map((d) => DAY_NAMES[d]).join(','),
          start: clock(s.from * block),
          end: clock(s.to * block),
          share: s.seats / total,
        })),
        blockHours: block,
        onDuty: profile.flatMap((x) => new Array<number>(block).fill(x)).slice(0, HOURS_PER_WEEK),
      };
    }
  }
  return null;
}

/** Runs of a level of seats shorter than this (and gaps in it) are noise of the history, not shifts. */
export const SHORTEST_RUN_HOURS = 4;

/**
 * The profile with each level smoothed around the week (Sunday night runs into Monday): gaps
 * shorter than {@link SHORTEST_RUN_HOURS} are filled, then runs shorter than that dropped. A
 * seat whose shift is an hour here and there would own cases whose next session waits for it
 * for days (tiersim's owners do their cases' sessions), where the history shows no such wait.
 */
export function withoutBlips(seats: readonly number[]): number[] {
  const n = seats.length;
  const out = new Array<number>(n).fill(0);
  const top = Math.max(0, ...seats);
  for (let level = 1; level <= top; level++) {
    const on = seats.map((s) => s >= level);
    if (on.every(Boolean)) {
      for (let h = 0; h < n; h++) out[h]++;
      continue;
    }
    for (const value of [false, true]) {
      // First short gaps (runs of off) are filled, then short runs of on are dropped.
      const start = on.findIndex((x, h) => x !== on[(h - 1 + n) % n]);
      if (start < 0) break;
      for (let k = 0; k < n; ) {
        const h0 = (start + k) % n;
        let len = 0;
        while (len < n && on[(h0 + len) % n] === on[h0]) len++;
        if (on[h0] === value && len < SHORTEST_RUN_HOURS)
          for (let i = 0; i < len; i++) on[(h0 + i) % n] = !value;
        k += len;
      }
    }
    for (let h = 0; h < n; h++) if (on[h]) out[h]++;
  }
  return out;
}

/** The profile averaged (and rounded) over blocks of `block` hours: 168 / block values. */
function blockAverage(seats: readonly number[], block: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < HOURS_PER_WEEK; i += block) {
    const part = seats.slice(i, i + block);
    out.push(Math.round(part.reduce((a, b) => a + b, 0) / part.length));
  }
  return out;
}

/** Shifts (in blocks of the day) of a profile with `24 / block` values a day. */
function shiftsOf(profile: readonly number[], block: number) {
  const perDay = 24 / block;
  // Runs per (from, to): how many levels of each day produce that run.
  const runs = new Map<string, { from: number; to: number; perDay: number[] }>();
  for (let d = 0; d < 7; d++) {
    const day = profile.slice(d * perDay, (d + 1) * perDay);
    const top = Math.max(0, ...day);
    for (let level = 1; level <= top; level++) {
      for (let i = 0; i < perDay;) {
        if (day[i] < level) {
          i++;
          continue;
        }
        let j = i;
        while (j < perDay && day[j] >= level) j++;
        const key = `${i}-${j}`;
        let run = runs.get(key);
        if (run === undefined)
          runs.set(key, (run = { from: i, to: j, perDay: new Array<number>(7).fill(0) }));
        run.perDay[d]++;
        i = j;
      }
    }
  }
  const shifts: Array<{ days: number[]; from: number; to: number; seats: number }> = [];
  for (const run of [...runs.values()].sort((a, b) => a.from - b.from || a.to - b.to)) {
    const left = [...run.perDay];
    while (left.some((n) => n > 0)) {
      const days = left.flatMap((n, d) => (n > 0 ? [d] : []));
      const count = Math.min(...days.map((d) => left[d]));
      shifts.push({ days, from: run.from, to: run.to, seats: count });
      for (const d of days) left[d] -= count;
    }
  }
  return shifts;
}

/** `"HH:MM"` of an hour of the day (24 → `"24:00"`, the end of the day). */
function clock(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}
