import { writeHeadcount, type PoolKey } from './pools.js';
import { movesOf, resize, split, writeShifts, type ShiftPlan } from './shift-plan.js';

/** A staffing one move away from another: one person of a pool moved from shift `from` to `to`. */
export interface ShiftMove {
  readonly staffing: number[];
  /** Indices of the pool's shifts. */
  readonly from: number;
  readonly to: number;
}

/**
 * What a staffing vector holds: the headcount of every pool (in the order of `pools`; pods in
 * pods, the others in people), then the people per shift of each pool whose people the search
 * may move between shifts (`movable`, in order). A pool's people per shift add up to its headcount.
 */
export class StaffingLayout {
  /** Where each movable pool's people per shift start in the vector. */
  private readonly offsets: readonly number[];
  /** Position in `pools` of each movable pool. */
  private readonly poolAt: readonly number[];

  constructor(
    readonly pools: readonly PoolKey[],
    readonly movable: readonly ShiftPlan[],
  ) {
    this.poolAt = movable.map((plan) => pools.indexOf(plan.pool));
    let at = pools.length;
    this.offsets = movable.map((plan) => {
      const offset = at;
      at += plan.schedule.shifts.length;
      return offset;
    });
  }

  /** The vector of these headcounts (one per pool), split over shifts as the scenario splits them. */
  vector(headcounts: readonly number[]): number[] {
    return [...headcounts, ...this.movable.flatMap((plan, m) => split(plan, headcounts[this.poolAt[m]]))];
  }

  /** The movable plan of the pool at position `i` of `pools`, or null. */
  planOf(i: number): ShiftPlan | null {
    const m = this.poolAt.indexOf(i);
    return m < 0 ? null : this.movable[m];
  }

  /** People per shift of the pool at position `i`, or null if its people do not move. */
  counts(staffing: readonly number[], i: number): number[] | null {
    const m = this.poolAt.indexOf(i);
    if (m < 0) return null;
    return staffing.slice(this.offsets[m], this.offsets[m] + this.movable[m].schedule.shifts.length);
  }

  /** `staffing` with the pool at position `i` at `headcount` (its shifts resized, see resize). */
  withHeadcount(staffing: readonly number[], i: number, headcount: number): number[] {
    const next = [...staffing];
    next[i] = headcount;
    const m = this.poolAt.indexOf(i);
    if (m >= 0) {
      const counts = resize(this.movable[m], this.counts(staffing, i)!, headcount);
      counts.forEach((c, s) => (next[this.offsets[m] + s] = c));
    }
    return next;
  }

  /** Every staffing one move of one person of the pool at position `i` away (none if it does not move). */
  moves(staffing: readonly number[], i: number): ShiftMove[] {
    const m = this.poolAt.indexOf(i);
    const counts = this.counts(staffing, i);
    if (counts === null) return [];
    return movesOf(counts).map(([from, to]) => {
      const next = [...staffing];
      next[this.offsets[m] + from]--;
      next[this.offsets[m] + to]++;
      return { staffing: next, from, to };
    });
  }

  /**
   * Writes a staffing into a raw scenario (changed in place): the headcount of every pool that
   * differs from `before` (the scenario's own), and the shares of every movable pool whose
   * people per shift are not the scenario's split (see writeShifts).
   */
  write(raw: Record<string, unknown>, staffing: readonly number[], before: readonly number[]): void {
    this.pools.forEach((pool, i) => {
      if (staffing[i] !== before[i]) writeHeadcount(raw, pool, staffing[i]);
    });
    this.movable.forEach((plan, m) => writeShifts(raw, plan, this.counts(staffing, this.poolAt[m])!));
  }
}
