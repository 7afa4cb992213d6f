import { DAY_NAMES, LIMITS } from '../sim/index.js';
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
  /** Seats on duty per hour of the week under this plan: the input without its blips (see withoutBlips), averaged over blocks if need be. */
  readonly onDuty: readonly number[];
}

/**
 * Turns seats on duty per hour of the week (168 whole numbers) into shifts of seats. First each
 * level (the hours with at least 1 seat, at least 2...) loses its gaps and its runs shorter than
 * {@link SHORTEST_RUN_HOURS} around the week (see {@link withoutBlips}). Then each level's runs
 * are cut into pieces of at most a day, equal pieces on several days become one shift of those
 * days (see shiftsOf), and a shift's share is its seats over the total.
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
          // Past midnight: the end is a time of the next day (end <= start).
          end: clock(s.to * block > 24 ? s.to * block - 24 : s.to * block),
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
      for (let k = 0; k < n;) {
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

/**
 * Shifts of a profile of `168 / block` values: each level's runs around the week (a night runs
 * from one day into the next), cut into days from the run's start (the last piece, if shorter
 * than SHORTEST_RUN_HOURS, dropped), and pieces that start at the same time of day and last as
 * long on several days are one shift of those days. Times are in blocks; a piece may end past
 * midnight.
 */
function shiftsOf(profile: readonly number[], block: number) {
  const perDay = 24 / block;
  const n = profile.length;
  // Pieces per (start in the day, length): how many start on each day.
  const pieces = new Map<string, { from: number; length: number; perDay: number[] }>();
  const add = (at: number, length: number): void => {
    const from = at % perDay;
    const key = `${from}+${length}`;
    let piece = pieces.get(key);
    if (piece === undefined)
      pieces.set(key, (piece = { from, length, perDay: new Array<number>(7).fill(0) }));
    piece.perDay[Math.floor(at / perDay) % 7]++;
  };
  const top = Math.max(0, ...profile);
  for (let level = 1; level <= top; level++) {
    const on = profile.map((x) => x >= level);
    if (on.every(Boolean)) {
      for (let d = 0; d < 7; d++) add(d * perDay, perDay);
      continue;
    }
    const start = on.findIndex((x, h) => x && !on[(h - 1 + n) % n]);
    for (let k = 0; k < n;) {
      const h0 = (start + k) % n;
      let len = 0;
      while (len < n && on[(h0 + len) % n] === on[h0]) len++;
      if (on[h0]) {
        // Whole days from the run's start (so they group into one shift of several days); a
        // remainder shorter than a shift worth having is dropped.
        for (let at = 0; at < len; at += perDay) {
          const length = Math.min(perDay, len - at);
          if (length === perDay || length * block >= SHORTEST_RUN_HOURS || len < perDay)
            add((h0 + at) % n, length);
        }
      }
      k += len;
    }
  }
  const shifts: Array<{ days: number[]; from: number; to: number; seats: number }> = [];
  for (const piece of [...pieces.values()].sort((a, b) => a.from - b.from || a.length - b.length)) {
    const left = [...piece.perDay];
    while (left.some((c) => c > 0)) {
      const days = left.flatMap((c, d) => (c > 0 ? [d] : []));
      const count = Math.min(...days.map((d) => left[d]));
      shifts.push({ days, from: piece.from, to: piece.from + piece.length, seats: count });
      for (const d of days) left[d] -= count;
    }
  }
  return shifts;
}

/** `"HH:MM"` of an hour of the day (24 → `"24:00"`, the end of the day). */
function clock(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}
