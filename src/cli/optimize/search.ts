import { bestAddition, cheaper, cheapestFeasible, removalOrder } from './choose.js';
import type { Evaluation, Evaluator } from './evaluator.js';
import { checkGoal, violation, type Goal, type GoalResult } from './goals.js';
import { stepDown, stepUp, type PoolKey } from './pools.js';
import { describeRun, StepText, type PoolMove } from './step-text.js';
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
  private readonly text: StepText;

  constructor(private readonly setup: SearchSetup) {
    this.current = setup.pilot;
    this.index = setup.searched.map((p) => setup.evaluator.pools.indexOf(p));
    this.text = new StepText(setup.searched, this.index, setup.evaluator.layout);
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
    return describeRun(this.results(e), e.costPerWeek);
  }

  /** `router 14 (weekday day 9, night 4, weekend day 1), se/XADM 42`. */
  headcounts(e: Evaluation): string {
    return this.text.headcounts(e);
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
      let proposal = [...from.staffing];
      const set = (k: number, n: number): void => {
        proposal = this.setup.evaluator.layout.withHeadcount(proposal, this.index[k], n);
      };
      searched.forEach((pool, k) => {
        if (!remeasure.has(pool)) return;
        const n = this.headcount(from, k);
        const load = measureLoad(from, pool);
        if (load === null) {
          // Nobody on duty to measure: give a pool with cases someone, and measure it next round.
          if (minimum[k] > 0 && n === 0) {
            set(k, stepUp(pool, 0));
            overloaded.add(pool);
          }
          return;
        }
        const seed = seedHeadcount(from, pool, load, targets.get(pool)!, minimum[k]);
        // An overloaded pool's measured load is a lower bound: never seed it below what it has.
        set(k, load.saturated ? Math.max(seed, n) : seed);
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
   * 2. While a goal is unmet: simulates every searched pool's next size up, and every move of
   * one person between two shifts of a pool (see StaffingLayout), in one batch, and takes the
   * one that helps the worst-violated goal most per extra cost (see choose.ts; a move that helps
   * at no extra cost beats any addition). A move never returns to a staffing this phase has left.
   */
  async add(): Promise<void> {
    const { evaluator, searched, goals } = this.setup;
    const violations = (e: Evaluation): number[] => this.results(e).map(violation);
    const left = new Set<string>();
    while (!this.met(this.current)) {
      if (this.outOfBudget()) {
        this.outcome = 'budget';
        return;
      }
      const from = this.current;
      left.add(from.staffing.join(','));
      const steps = searched.map((pool, k) => this.change(from, k, stepUp(pool, this.headcount(from, k))));
      const moves = this.shiftMoves(from).filter((m) => !left.has(m.move.staffing.join(',')));
      const evaluated = await evaluator.evaluate([...steps, ...moves.map((m) => m.move.staffing)]);
      const next = bestAddition(from, evaluated, goals, violations);
      if (next === null) {
        this.outcome = 'unreachable';
        this.setup.onStep(`no single addition brings the goals closer: ${this.describe(from)}`);
        return;
      }
      await this.moveTo(evaluated[next].staffing);
      const text =
        next < steps.length
          ? `add ${this.text.moveText(from, this.current)}`
          : `move ${this.text.shiftMoveText(moves[next - steps.length])}`;
      this.setup.onStep(`${text}: ${this.describe(this.current)}`);
    }
  }

  /**
   * 3. From the cheapest staffing seen that meets every goal: removes one step at a time from
   * each pool in turn, most expensive first, as long as every goal stays met and the cost falls;
   * where a pool's removal fails, moves of its people between shifts are tried (see moveOne);
   * passes repeat until one removes nobody. If a cheaper feasible staffing was seen meanwhile
   * (e.g. the pilot), the phase starts again from it.
   */
  async remove(): Promise<void> {
    const { evaluator, searched } = this.setup;
    const met = (e: Evaluation): boolean => this.met(e);
    const started = new Set<Evaluation>();
    // Removals already refused from the same staffing: a later pass need not ask again.
    const refused = new Set<string>();
    let start = cheapestFeasible(evaluator.all(), met);
    while (start !== null && !this.stopped()) {
      started.add(start);
      await this.moveTo(start.staffing);
      this.setup.onStep(
        `remove people from ${this.headcounts(this.current)}: ${this.describe(this.current)}`,
      );
      for (let removed = true; removed;) {
        removed = false;
        for (const k of removalOrder(searched, this.index, this.current)) {
          while ((await this.removeOne(k, refused)) || (await this.moveOne(k, refused))) removed = true;
          if (this.stopped()) return;
        }
      }
      started.add(this.current);
      const next = cheapestFeasible(evaluator.all(), met, started);
      // A staffing seen that differs only by people per shift must save beyond the noise.
      start = next !== null && cheaper(this.current, next, evaluator.pools.length) ? next : null;
    }
  }

  /**
   * Removes one step of searched pool k if every goal stays met and the cost falls; false if
   * not (or out of budget: then `outcome` says so). `refused` remembers refusals by staffing.
   */
  private async removeOne(k: number, refused: Set<string>): Promise<boolean> {
    const { evaluator, searched, minimum } = this.setup;
    const from = this.current;
    const down = stepDown(searched[k], this.headcount(from, k), minimum[k]);
    if (down === null) return false;
    const move = this.change(from, k, down);
    const pair = `${from.staffing.join(',')} -> ${move.join(',')}`;
    if (refused.has(pair)) return false;
    if (this.outOfBudget()) {
      this.outcome = 'budget';
      return false;
    }
    const [candidate] = await evaluator.evaluate([move]);
    const better = this.met(candidate) && candidate.costPerWeek < from.costPerWeek;
    this.setup.onStep(
      `${better ? 'remove' : 'cannot remove'} ${this.text.moveText(from, candidate)}: ${this.describe(candidate)}`,
    );
    if (!better) {
      refused.add(pair);
      return false;
    }
    await this.moveTo(candidate.staffing);
    return true;
  }

  /**
   * Moves one person of searched pool k to another of its shifts (every move simulated in one
   * batch), keeping a move that meets every goal and either costs less beyond the noise (night
   * or weekend premiums, shorter rotas; see costsLess) or lets the pool's next size down meet
   * every goal at a lower cost than now (those removals simulated in a second batch); the
   * cheapest outcome is taken. False if none qualifies, if the pool's people do not move, or
   * out of budget.
   */
  private async moveOne(k: number, refused: Set<string>): Promise<boolean> {
    const { evaluator, searched, minimum } = this.setup;
    const from = this.current;
    const moves = this.shiftMoves(from).filter((m) => m.k === k);
    const tag = `moves of ${searched[k]} from ${from.staffing.join(',')}`;
    if (moves.length === 0 || refused.has(tag)) return false;
    if (this.outOfBudget()) {
      this.outcome = 'budget';
      return false;
    }
    const met = (e: Evaluation): boolean => this.met(e);
    const moved = await evaluator.evaluate(moves.map((m) => m.move.staffing));
    const kept = moves.map((m, i) => ({ m, e: moved[i] })).filter(({ e }) => met(e));
    const down = kept.flatMap(({ m, e }) => {
      const n = stepDown(searched[k], this.headcount(e, k), minimum[k]);
      return n === null ? [] : [{ m, e, to: this.change(e, k, n) }];
    });
    const removed = down.length > 0 ? await evaluator.evaluate(down.map((d) => d.to)) : [];
    const options = [
      ...kept
        .filter(({ e }) => cheaper(from, e, evaluator.pools.length))
        .map(({ m, e }) => ({ text: this.text.shiftMoveText(m), e })),
      ...down
        .map((d, i) => ({
          text: `${this.text.shiftMoveText(d.m)}, then remove ${this.text.moveText(d.e, removed[i])}`,
          e: removed[i],
        }))
        .filter(({ e }) => met(e) && e.costPerWeek < from.costPerWeek),
    ];
    if (options.length === 0) {
      refused.add(tag);
      const tried = `${moved.length} moves, ${removed.length} removals after them`;
      this.setup.onStep(
        `no move of one ${searched[k]} person between shifts keeps every goal met for less (${tried})`,
      );
      return false;
    }
    const best = options.reduce((a, b) => (b.e.costPerWeek < a.e.costPerWeek ? b : a));
    await this.moveTo(best.e.staffing);
    this.setup.onStep(`move ${best.text}: ${this.describe(this.current)}`);
    return true;
  }

  /** Every staffing one move of one person between two shifts of a searched pool away from `e`. */
  private shiftMoves(e: Evaluation): PoolMove[] {
    const layout = this.setup.evaluator.layout;
    return this.setup.searched.flatMap((_, k) =>
      layout.moves(e.staffing, this.index[k]).map((move) => ({ k, move })),
    );
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

  /** Whether the budget has stopped the search (a method: TypeScript would keep `outcome` narrowed across awaits). */
  private stopped(): boolean {
    return this.outcome === 'budget';
  }

  private outOfBudget(): boolean {
    return this.setup.evaluator.evaluations >= this.setup.budget;
  }

  /** Makes a staffing current, with its full summary, and lets the others' summaries go. */
  private async moveTo(staffing: readonly number[]): Promise<void> {
    [this.current] = await this.setup.evaluator.evaluate([staffing], true);
    this.setup.evaluator.keepSummaries([this.setup.pilot, this.current]);
  }

  /** `from`'s staffing with searched pool k at headcount `to` (its shifts resized, see resize). */
  private change(from: Evaluation, k: number, to: number): number[] {
    return this.setup.evaluator.layout.withHeadcount(from.staffing, this.index[k], to);
  }
}
