import type { HistoryTier } from './case-history.js';
import type { TierStaffing } from './estimate-staffing.js';
import { shiftPlan, type ShiftInput } from './shift-plan.js';

/** Hours a week a person works when `--staff` gives a tier's headcount in people (tiersim's default). */
export const PERSON_HOURS_PER_WEEK = 40;

/** How a fitted pool is staffed: its people (or seats), schedule and hours per week. */
export interface FittedStaffing {
  /** People (seats when `hoursPerWeek` is 168). */
  readonly staff: number;
  /** The schedule's name: `fitted-<tier>` (defined in `schedules`) or `24x7`. */
  readonly schedule: string;
  readonly hoursPerWeek: number;
  /** The named schedule's shifts, or null for a built-in one. */
  readonly shifts: readonly ShiftInput[] | null;
  /** Where the numbers come from, in words. */
  readonly source: string;
  /** Seats on duty per hour of the week under this staffing (168; a person counts hoursPerWeek / 168). */
  readonly onDuty: readonly number[];
}

/**
 * The staffing of a tier's pool: by default its seats on duty per hour of the week as the
 * history shows them, as seats (`hoursPerWeek` 168: each seat works its shift whole) on shifts
 * that reproduce the profile; with `people` given (`--staff tier=N`), that many people of 40
 * hours a week on the same shifts (24x7 when the history shows none). A tier the history never
 * shows staffed but that has `needsSeat` (cases go there) gets one seat 24x7.
 */
export function fittedStaffing(
  tier: HistoryTier,
  staffing: TierStaffing,
  people: number | undefined,
  needsSeat: boolean,
): FittedStaffing {
  const plan = shiftPlan(staffing.seats);
  const schedule = plan === null ? '24x7' : `fitted-${tier}`;
  const shifts = plan?.shifts ?? null;
  if (people !== undefined) {
    const coverage = plan?.onDuty ?? new Array<number>(168).fill(1);
    const seatHours = coverage.reduce((a, b) => a + b, 0);
    return {
      staff: people,
      schedule,
      hoursPerWeek: PERSON_HOURS_PER_WEEK,
      shifts,
      source: `--staff: ${people} people of ${PERSON_HOURS_PER_WEEK} hours a week on the history's ${plan === null ? '(none seen: 24x7)' : 'shifts'}`,
      onDuty: coverage.map((x) => (seatHours > 0 ? (x / seatHours) * people * PERSON_HOURS_PER_WEEK : 0)),
    };
  }
  if (plan === null) {
    const seats = needsSeat ? 1 : 0;
    return {
      staff: seats,
      schedule,
      hoursPerWeek: 168,
      shifts: null,
      source: needsSeat
        ? 'nobody seen working at this tier: one seat around the clock so that its cases pass'
        : 'no cases and nobody seen at this tier',
      onDuty: new Array<number>(168).fill(seats),
    };
  }
  return {
    staff: plan.seats,
    schedule,
    hoursPerWeek: 168,
    shifts,
    source:
      `seats on duty per hour of the week from the history (${staffing.people} people seen)` +
      (plan.blockHours > 1 ? `, averaged over ${plan.blockHours}-hour blocks to fit 100 shifts` : ''),
    onDuty: plan.onDuty,
  };
}

/**
 * The pass-through router of a history without routers when its triage carries the wait to be
 * picked up (a pure delay): `seats` around the clock (hoursPerWeek 168), enough that no case
 * queues for one.
 */
export function delayStaffing(seats: number): FittedStaffing {
  return {
    staff: seats,
    schedule: '24x7',
    hoursPerWeek: 168,
    shifts: null,
    source: `no routers in the history: a pass-through desk whose triage is the fitted wait to be picked up, ${seats} seats around the clock so that no case queues for one`,
    onDuty: new Array<number>(168).fill(seats),
  };
}

/**
 * People of one pool split over its parts (specialties, pod members) by shares, each part with
 * any share getting at least one: largest remainder of `total` x share.
 */
export function splitStaff(total: number, shares: readonly number[]): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  if (sum <= 0) return shares.map(() => 0);
  const exact = shares.map((s) => (total * s) / sum);
  const out = exact.map((x) => Math.floor(x));
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left <= 0) break;
    out[i]++;
    left--;
  }
  return out.map((n, i) => (shares[i] > 0 ? Math.max(1, n) : n));
}
