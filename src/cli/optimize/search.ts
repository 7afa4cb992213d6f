import { bestAddition, cheapestFeasible, removalOrder } from './choose.js';
import type { Evaluation, Evaluator } from './evaluator.js';
import { checkGoal, formatGoalValue, goalText, violation, type Goal, type GoalResult } from './goals.js';
import { stepDown, stepUp, type PoolKey } from './pools.js';
import { measureLoad, seedHeadcount, seedTargets } from './seed.js';

/**
 * Why the search stopped: `optimal`, every goal met and no single removal keeps them met at a
 * lower cost; `unreachable`, goals unmet and no single addition brings them closer;
 * `budget`, the evaluation budget ran out.
 */
export type OptimizeOutcome = 'optimal' | 'unreachable' | 'budget';

/** Seeding rounds at most: later rounds re-measure pools that were overloaded (see seed.ts). */
const MAX_SEED_ROUNDS = 4;

/** What a search works on. */
export interface SearchSetup {
  readonly evaluator: Evaluator;
  /** The scenario as given, evaluated. */
  readonly pilot: Evaluation;
  readonly goals: readonly Goal[];
  /** Pools that may change, and for each its lowest headcount. */
  readonly searched: readonly PoolKey[];
  readonly minimum: readonly number[];
  /** Evaluations at most before the search stops. */
  readonly budget: number;
  readonly onStep: (message: string) => void;
}

/**
 * The three phases of the staffing search (seed, add, remove) over one evaluator. `current` is
 * the staffing reached; only it and the pilot keep their full summaries.
 */
export class StaffingSearch {
  current: Evaluation;
  outcome: OptimizeOutcome = 'optimal';
  /** Position of each searched pool in the staffing vector. */
  private readonly index: readonly number[];

  constructor(private readonly setup: SearchSetup) {
    this.current = setup.pilot;
    this.index = setup.searched.map((p) => setup.evaluator.pools.indexOf(p));
  }

  /** Headcount of searched pool k in an evaluation. */
  headcount(e: Evaluation, k: number): number {
    return e.staffing[this.index[k]];
  }

  results(e: Evaluation): GoalResult[] {
    return this.setup.goals.map((g) => checkGoal(g, e.rows));
  }

  met(e: Evaluation): boolean {
    return this.results(e).every((r) => r.met);
  }

  /** `2 of 3 goals met, worst sla.attainment@severity:C>=0.9 at 88.2%, cost 614617/week`. */
  describe(e: Evaluation): string {
    const results = this.results(e);
    const v = results.map(violation);
    const unmet = v.filter((x) => x > 0).length;
    const cost = `cost ${Math.round(e.costPerWeek)}/week`;
    if (unmet === 0) return `every goal met, ${cost}`;
    const r = results[v.indexOf(Math.max(...v))];
    return `${results.length - unmet} of ${results.length} goals met, worst ${goalText(r.goal)} at ${formatGoalValue(r.goal, r.value)}, ${cost}`;
  }

  /** `se/XADM 42, se/XCON 28`. */
  headcounts(e: Evaluation): string {
    return this.setup.searched.map((p, k) => `${p} ${this.headcount(e, k)}`).join(', ');
  }

  /**
   * 1. Seeds every searched pool from the load measured in the pilot (Erlang C, see seed.ts);
   * pools that were overloaded (their busy time understates the load) are re-measured in the
   * seeded run and seeded again, for a few rounds.
   */
  async seed(): Promise<void> {
    const { searched, goals, minimum } = this.setup;
    const targets = seedTargets(goals, searched);
    let remeasure = new Set(searched);
    for (let round = 1; round <= MAX_SEED_ROUNDS && remeasure.size > 0 && !this.outOfBudget(); round++) {
      const from = this.current;
      const overloaded = new Set<PoolKey>();
      const proposal = [...from.staffing];
      searched.forEach((pool, k) => {
        if (!remeasure.has(pool)) return;
        const n = this.headcount(from, k);
        const load = measureLoad(from, pool);
        if (load === null) {
          // Nobody on duty to measure: give a pool with cases someone, and measure it next round.
          if (minimum[k] > 0 && n === 0) {
            proposal[this.index[k]] = stepUp(pool, 0);
            overloaded.add(pool);
          }
          return;
        }
        const seed = seedHeadcount(from, pool, load, targets.get(pool)!, minimum[k]);
        // An overloaded pool's measured load is a lower bound: never seed it below what it has.
        proposal[this.index[k]] = load.saturated ? Math.max(seed, n) : seed;
        if (load.saturated && seed > n) overloaded.add(pool);
      });
      if (proposal.every((n, i) => n === from.staffing[i])) break;
      await this.moveTo(proposal);
      this.setup.onStep(
        `seed ${round} (Erlang C): ${this.headcounts(this.current)}: ${this.describe(this.current)}`,
      );
      remeasure = overloaded;
    }
  }

  /**
   * 2. While a goal is unmet: simulates every searched pool's next size up (in one batch) and
   * takes the one that helps the worst-violated goal most per extra cost (see choose.ts).
   */
  async add(): Promise<void> {
    const { evaluator, searched, goals } = this.setup;
    const violations = (e: Evaluation): number[] => this.results(e).map(violation);
    while (!this.met(this.current)) {
      if (this.outOfBudget()) {
        this.outcome = 'budget';
        return;
      }
      const from = this.current;
      const candidates = searched.map((pool, k) =>
        this.change(from, k, stepUp(pool, this.headcount(from, k))),
      );
      const evaluated = await evaluator.evaluate(candidates);
      const next = bestAddition(from, evaluated, goals, violations);
      if (next === null) {
        this.outcome = 'unreachable';
        this.setup.onStep(`no single addition brings the goals closer: ${this.describe(from)}`);
        return;
      }
      await this.moveTo(evaluated[next].staffing);
      this.setup.onStep(`add ${this.moveText(from, this.current)}: ${this.describe(this.current)}`);
    }
  }

  /**
   * 3. From the cheapest staffing seen that meets every goal: removes one step at a time from
   * each pool in turn, most expensive first, as long as every goal stays met and the cost falls;
   * passes repeat until one removes nobody. If a cheaper feasible staffing was seen meanwhile
   * (e.g. the pilot), the phase starts again from it.
   */
  async remove(): Promise<void> {
    const { evaluator, searched, minimum } = this.setup;
    const met = (e: Evaluation): boolean => this.met(e);
    const started = new Set<Evaluation>();
    // Removals already refused from the same staffing: a later pass need not ask again.
    const refused = new Set<string>();
    let start = cheapestFeasible(evaluator.all(), met);
    while (start !== null && this.outcome !== 'budget') {
      started.add(start);
      await this.moveTo(start.staffing);
      this.setup.onStep(
        `remove people from ${this.headcounts(this.current)}: ${this.describe(this.current)}`,
      );
      for (let removed = true; removed;) {
        removed = false;
        for (const k of removalOrder(searched, this.index, this.current)) {
          for (;;) {
            const from = this.current;
            const down = stepDown(searched[k], this.headcount(from, k), minimum[k]);
            if (down === null) break;
            const move = this.change(from, k, down);
            const pair = `${from.staffing.join(',')} -> ${move.join(',')}`;
            if (refused.has(pair)) break;
            if (this.outOfBudget()) {
              this.outcome = 'budget';
              return;
            }
            const [candidate] = await evaluator.evaluate([move]);
            const better = met(candidate) && candidate.costPerWeek < from.costPerWeek;
            this.setup.onStep(
              `${better ? 'remove' : 'cannot remove'} ${this.moveText(from, candidate)}: ${this.describe(candidate)}`,
            );
            if (!better) {
              refused.add(pair);
              break;
            }
            await this.moveTo(candidate.staffing);
            removed = true;
          }
        }
      }
      started.add(this.current);
      const cheaper = cheapestFeasible(evaluator.all(), met, started);
      start = cheaper !== null && cheaper.costPerWeek < this.current.costPerWeek ? cheaper : null;
    }
  }

  /** Ends on the cheapest feasible staffing seen if the phases stopped short of one. */
  async settle(): Promise<void> {
    if (this.met(this.current)) {
      if (this.outcome === 'unreachable') this.outcome = 'optimal';
      return;
    }
    const feasible = cheapestFeasible(this.setup.evaluator.all(), (e) => this.met(e));
    if (feasible !== null) await this.moveTo(feasible.staffing);
  }

  private outOfBudget(): boolean {
    return this.setup.evaluator.evaluations >= this.setup.budget;
  }

  /** Makes a staffing current, with its full summary, and lets the others' summaries go. */
  private async moveTo(staffing: readonly number[]): Promise<void> {
    [this.current] = await this.setup.evaluator.evaluate([staffing], true);
    this.setup.evaluator.keepSummaries([this.setup.pilot, this.current]);
  }

  private change(from: Evaluation, k: number, to: number): number[] {
    return from.staffing.map((n, i) => (i === this.index[k] ? to : n));
  }

  /** `se/XADM 42 -> 44` for the searched pools that differ. */
  private moveText(from: Evaluation, to: Evaluation): string {
    return this.setup.searched
      .map((pool, k) => [pool, this.headcount(from, k), this.headcount(to, k)] as const)
      .filter(([, a, b]) => a !== b)
      .map(([pool, a, b]) => `${pool} ${a} -> ${b}`)
      .join(', ');
  }
}
