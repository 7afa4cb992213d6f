import type { Acceptance } from './acceptance.js';
import type { Evaluation, Evaluator } from './evaluator.js';
import type { GoalResult } from './goals.js';
import type { SearchedPools } from './searched-pools.js';
import { StepText, type PoolMove } from './step-text.js';

/**
 * Why the search stopped: `optimal`, every goal met and no limit broken, and no single removal
 * keeps it so at a lower cost; `unreachable`, goals unmet (or a limit broken) and no single
 * addition brings them closer; `budget`, the evaluation budget ran out.
 */
export type OptimizeOutcome = 'optimal' | 'unreachable' | 'budget';

/** What a search works on. */
export interface SearchSetup {
  readonly evaluator: Evaluator;
  /** The scenario as given, evaluated. */
  readonly pilot: Evaluation;
  /** Goals, their rule and the pool limits. */
  readonly acceptance: Acceptance;
  /** Pools that may change, each with its lowest headcount. */
  readonly searched: SearchedPools;
  /** Evaluations at most before the search stops. */
  readonly budget: number;
  readonly onStep: (message: string) => void;
}

/**
 * Where a staffing search stands: the staffing reached (`current`, which keeps its full
 * summary, as the pilot does), why it stopped, and the staffings one step away. The phases are
 * in search.ts.
 */
export class SearchState {
  current: Evaluation;
  outcome: OptimizeOutcome = 'optimal';
  /** Position of each searched pool in the staffing vector. */
  protected readonly index: readonly number[];
  protected readonly text: StepText;
  /** What the search accepts: the setup's, or less once its goals are out of reach (see relax). */
  protected acceptance: Acceptance;

  constructor(protected readonly setup: SearchSetup) {
    this.acceptance = setup.acceptance;
    this.current = setup.pilot;
    this.index = setup.searched.pools.map((p) => setup.evaluator.pools.indexOf(p));
    this.text = new StepText(setup.searched.pools, this.index, setup.evaluator.layout);
  }

  /** Headcount of searched pool k in an evaluation. */
  headcount(e: Evaluation, k: number): number {
    return e.staffing[this.index[k]];
  }

  /** The goals as given, judged in a run. */
  results(e: Evaluation): GoalResult[] {
    return this.setup.acceptance.results(e);
  }

  /** Accepted: every goal met (or, relaxed, no worse; see relax) and no pool limit broken. */
  met(e: Evaluation): boolean {
    return this.acceptance.met(e);
  }

  /**
   * `2 of 3 goals met, worst sla.attainment@severity:C>=0.9 at 88.2% (bound), cost 614617/week`,
   * against the goals as given; once relaxed, a staffing it refuses is said to be worse.
   */
  describe(e: Evaluation): string {
    const text = this.setup.acceptance.describe(e);
    return this.relaxed && !this.met(e) ? `${text}; worse than where the goals went out of reach` : text;
  }

  /** Whether the goals were found out of reach and the search now accepts less (see relax). */
  get relaxed(): boolean {
    return this.acceptance !== this.setup.acceptance;
  }

  /** `router 14 (weekday day 9, night 4, weekend day 1), se/XADM 42`. */
  headcounts(e: Evaluation): string {
    return this.text.headcounts(e);
  }

  /** Every staffing one move of one person between two shifts of a searched pool away from `e`. */
  protected shiftMoves(e: Evaluation): PoolMove[] {
    const layout = this.setup.evaluator.layout;
    // A guarded pool's people stay on the shifts the scenario gives them: no goal looks at them.
    return this.setup.searched.pools.flatMap((_, k) =>
      this.setup.searched.guarded[k]
        ? []
        : layout.moves(e.staffing, this.index[k]).map((move) => ({ k, move })),
    );
  }

  /** Whether the budget has stopped the search (a method: TypeScript would keep `outcome` narrowed across awaits). */
  protected stopped(): boolean {
    return this.outcome === 'budget';
  }

  protected outOfBudget(): boolean {
    return this.setup.evaluator.evaluations >= this.setup.budget;
  }

  /** Makes a staffing current, with its full summary, and lets the others' summaries go. */
  protected async moveTo(staffing: readonly number[]): Promise<void> {
    [this.current] = await this.setup.evaluator.evaluate([staffing], true);
    this.setup.evaluator.keepSummaries([this.setup.pilot, this.current]);
  }

  /** `from`'s staffing with searched pool k at headcount `to` (its shifts resized, see resize). */
  protected change(from: Evaluation, k: number, to: number): number[] {
    return this.setup.evaluator.layout.withHeadcount(from.staffing, this.index[k], to);
  }
}
