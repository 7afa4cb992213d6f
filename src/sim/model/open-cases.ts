import { QuantileSketch } from '../stats/index.js';
import { CaseState, type SupportCase } from './case.js';
import { SKETCH } from './case-scope.js';

/**
 * The cases open at one instant (neither resolved nor lost), counted by the stage that holds
 * them (see stages.ts), with their ages: the backlog at the start and at the end of the
 * measured window (`backlog.start`, `backlog.end`, `backlog.ageP90`). Every open case counts,
 * whenever it arrived: a case from the warm-up still open at the end is the oldest of all.
 */
export class OpenCases {
  count = 0;
  /** Open cases per stage index. */
  readonly byStage: Float64Array;
  /** Ages of all open cases, minutes. */
  readonly ages = new QuantileSketch(SKETCH);
  /** Ages per stage index, minutes; null for a stage holding none. */
  readonly agesByStage: Array<QuantileSketch | null>;

  constructor(
    stages: number,
    /** The instant, minutes. */
    readonly at: number,
  ) {
    this.byStage = new Float64Array(stages);
    this.agesByStage = new Array<QuantileSketch | null>(stages).fill(null);
  }

  /** Counts `c` if it is open. */
  add(c: SupportCase): void {
    if (!isOpen(c)) return;
    const age = this.at - c.arrivedAt;
    this.count++;
    this.byStage[c.stage]++;
    this.ages.add(age);
    (this.agesByStage[c.stage] ??= new QuantileSketch(SKETCH)).add(age);
  }
}

/** Neither resolved nor abandoned. */
export function isOpen(c: SupportCase): boolean {
  return c.resolvedAt < 0 && c.state !== CaseState.Abandoned;
}
