import { setIn, splitPeople, type Scenario } from '../../sim/index.js';
import { headcountOf, unitOf, type PoolKey } from './pools.js';

type Json = Record<string, unknown>;
type Schedule = Scenario['pools']['router']['schedule'];

/** People on one shift of a searched pool, before and after the search. */
export interface ShiftCount {
  /** The shift's name in the schedule (`weekday day`, `APAC`). */
  readonly shift: string;
  readonly before: number;
  readonly after: number;
}

/**
 * A searched pool, counted in people, whose schedule has two shifts or more: its parsed
 * schedule (the scenario's shares) and, when the search may move its people between shifts,
 * where the shares are written in the raw scenario.
 */
export interface ShiftPlan {
  readonly pool: PoolKey;
  readonly schedule: Schedule;
  /** Null: reported per shift, never moved (an SE specialty: every specialty shares `pools.se.schedule`). */
  readonly target: ShiftTarget | null;
}

/** Where a pool's shares go: the schedule object at `path`, written as `schedule` with new shares. */
interface ShiftTarget {
  readonly path: readonly string[];
  readonly schedule: Json & { shifts: Json[] };
}

/** Pools with a `staff` field and a schedule of their own (SE specialties share one, pods count pods). */
const OWN_SCHEDULE = new Set<string>([
  'router',
  'beta',
  'problemControl',
  'escalation',
  'escalationManagers',
]);

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasShifts = (v: unknown): v is ShiftTarget['schedule'] =>
  isObject(v) && Array.isArray(v.shifts) && v.shifts.every(isObject);

/** A pool's parsed schedule. */
function scheduleOf(scenario: Scenario, pool: PoolKey): Schedule {
  if (pool.startsWith('se/')) return scenario.pools.se.schedule;
  return scenario.pools[pool as 'router' | 'pods'].schedule;
}

/**
 * Where the search writes a pool's shares in the raw (merged) scenario, or null if its people
 * do not move. An inline schedule is changed in place; a named schedule no other pool refers to
 * is changed in `schedules`; a named schedule other pools share is copied, inline, into this
 * pool only (the others keep theirs).
 */
function targetOf(raw: Json, pool: PoolKey): ShiftTarget | null {
  if (!OWN_SCHEDULE.has(pool)) return null;
  const pools = isObject(raw.pools) ? raw.pools : {};
  const own = isObject(pools[pool]) ? pools[pool].schedule : undefined;
  if (hasShifts(own)) return { path: ['pools', pool, 'schedule'], schedule: own };
  const named = typeof own === 'string' && isObject(raw.schedules) ? raw.schedules[own] : undefined;
  if (!hasShifts(named)) return null;
  const users = Object.values(pools).filter((p) => isObject(p) && p.schedule === own).length;
  return users === 1
    ? { path: ['schedules', own as string], schedule: named }
    : { path: ['pools', pool, 'schedule'], schedule: { shifts: named.shifts } };
}

/** The searched pools counted in people whose schedule has two shifts or more, in search order. */
export function shiftPlans(raw: Json, scenario: Scenario, searched: readonly PoolKey[]): ShiftPlan[] {
  return searched
    .filter((pool) => unitOf(pool) === 'people' && scheduleOf(scenario, pool).shifts.length > 1)
    .map((pool) => {
      const schedule = scheduleOf(scenario, pool);
      const target = targetOf(raw, pool);
      // The raw shifts must be the parsed ones, in order, for a share to land on its shift.
      const fits = target !== null && target.schedule.shifts.length === schedule.shifts.length;
      return { pool, schedule, target: fits ? target : null };
    });
}

/** The scenario's split of `headcount` people over a plan's shifts (largest remainder, as rota.ts). */
export function split(plan: ShiftPlan, headcount: number): number[] {
  return splitPeople(sharesOf(plan.schedule), headcount);
}

const sharesOf = (schedule: Schedule): number[] => schedule.shifts.map((s) => s.share);

/** People per shift of a plan's pool in a parsed scenario. */
export function countsIn(scenario: Scenario, plan: ShiftPlan): number[] {
  return splitPeople(sharesOf(scheduleOf(scenario, plan.pool)), headcountOf(scenario, plan.pool));
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/**
 * People per shift after the pool's headcount becomes `headcount`: the scenario's split at the
 * new headcount, plus the people moved so far (the difference of `counts` from the scenario's
 * split), so a pool grows and shrinks by the scenario's shares and its moved people stay moved.
 * Where that leaves a shift below nobody, the split of `counts`' own shares instead.
 */
export function resize(plan: ShiftPlan, counts: readonly number[], headcount: number): number[] {
  const now = split(plan, sum(counts));
  const next = split(plan, headcount).map((c, i) => c + counts[i] - now[i]);
  if (next.every((c) => c >= 0)) return next;
  return splitPeople(sharesFor(counts), headcount);
}

/** Every move of one person from one shift to another that leaves no staffed shift empty: [from, to] pairs. */
export function movesOf(counts: readonly number[]): Array<readonly [number, number]> {
  const moves: Array<readonly [number, number]> = [];
  counts.forEach((c, from) => {
    if (c < 2) return;
    counts.forEach((_, to) => {
      if (to !== from) moves.push([from, to]);
    });
  });
  return moves;
}

/**
 * Shares whose split (largest remainder) gives exactly `counts`: counts / headcount, rounded
 * to 4 decimals (the last share takes the rest, so they sum to 1) when that split is still
 * `counts`, else unrounded.
 */
export function sharesFor(counts: readonly number[]): number[] {
  const n = sum(counts);
  const exact = counts.map((c) => c / n);
  const rounded = exact.map((s) => Math.round(s * 1e4) / 1e4);
  rounded[rounded.length - 1] = Math.round((1 - sum(rounded.slice(0, -1))) * 1e4) / 1e4;
  const same = rounded.every((s) => s >= 0) && splitPeople(rounded, n).every((c, i) => c === counts[i]);
  return same ? rounded : exact;
}

/**
 * Writes a plan's people per shift into a raw scenario (changed in place) as shares, unless
 * they are the scenario's own split at that headcount (then the file is left as it is).
 */
export function writeShifts(raw: Json, plan: ShiftPlan, counts: readonly number[]): void {
  const target = plan.target;
  if (target === null || split(plan, sum(counts)).every((c, i) => c === counts[i])) return;
  const shares = sharesFor(counts);
  const shifts = target.schedule.shifts.map((s, i) => ({ ...s, share: shares[i] }));
  setIn(raw, [...target.path], { ...target.schedule, shifts }, { replace: true });
}
