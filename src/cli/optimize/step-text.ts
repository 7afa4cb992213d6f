import type { Evaluation } from './evaluator.js';
import type { PoolKey } from './pools.js';
import type { ShiftMove, StaffingLayout } from './staffing-layout.js';

/** A move of one person between two shifts of searched pool k. */
export interface PoolMove {
  readonly k: number;
  readonly move: ShiftMove;
}

/** How the staffing search's progress lines name staffings and steps. */
export class StepText {
  constructor(
    private readonly searched: readonly PoolKey[],
    /** Position of each searched pool in the staffing vector. */
    private readonly index: readonly number[],
    private readonly layout: StaffingLayout,
  ) {}

  /** `router 14 (weekday day 9, night 4, weekend day 1), se/XADM 42`: people per shift of pools whose people move. */
  headcounts(e: Evaluation): string {
    return this.searched
      .map((pool, k) => {
        const shifts = this.shifts(e.staffing, k);
        return `${pool} ${e.staffing[this.index[k]]}${shifts === '' ? '' : ` (${shifts})`}`;
      })
      .join(', ');
  }

  /**
   * `se/XADM 42 -> 44, router 14 -> 13 (weekday day 9, night 3, weekend day 1)` for the searched
   * pools whose headcount differs (with the people per shift reached, for pools whose people move).
   */
  moveText(from: Evaluation, to: Evaluation): string {
    return this.searched
      .map((pool, k) => {
        const [a, b] = [from.staffing[this.index[k]], to.staffing[this.index[k]]];
        const shifts = this.shifts(to.staffing, k);
        return a === b ? '' : `${pool} ${a} -> ${b}${shifts === '' ? '' : ` (${shifts})`}`;
      })
      .filter((text) => text !== '')
      .join(', ');
  }

  /** `router: night -> weekday day (weekday day 10, night 3, weekend day 1)`. */
  shiftMoveText({ k, move }: PoolMove): string {
    const plan = this.layout.planOf(this.index[k])!;
    const name = (s: number): string => plan.schedule.shifts[s].name;
    return `${this.searched[k]}: ${name(move.from)} -> ${name(move.to)} (${this.shifts(move.staffing, k)})`;
  }

  /** `weekday day 9, night 4, weekend day 1` for a pool whose people move between shifts, else ''. */
  private shifts(staffing: readonly number[], k: number): string {
    const counts = this.layout.counts(staffing, this.index[k]);
    const plan = this.layout.planOf(this.index[k]);
    if (counts === null || plan === null) return '';
    return counts.map((c, s) => `${plan.schedule.shifts[s].name} ${c}`).join(', ');
  }
}
