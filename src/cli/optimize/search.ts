import { bestAddition, cheaper, cheapestFeasible, removalOrder } from './choose.js';
import type { Evaluation } from './evaluator.js';
import { stepDown, stepUp, type PoolKey } from './pools.js';
import { SearchState, type OptimizeOutcome, type SearchSetup } from './search-state.js';
import { measureLoad, seedHeadcount, seedTargets } from './seed.js';

export type { OptimizeOutcome, SearchSetup };

/** Seeding rounds at most: later rounds re-measure pools that were overloaded (see seed.ts). */
const MAX_SEED_ROUNDS = 4;

/**
 * The three phases of the staffing search (seed, add, remove) over one evaluator, and the
 * settling on the cheapest accepted staffing seen.
 */
export class StaffingSearch extends SearchState {
  /**
   * 1. Seeds every searched pool but the guarded ones from the load measured in the pilot
   * (Erlang C, see seed.ts); pools that were overloaded (their busy time understates the load)
   * are re-measured in the seeded run and seeded again, for a few rounds.
   */
  async seed(): Promise<void> {
    const { searched, acceptance } = this.setup;
    const { pools, minimum } = searched;
    const targets = seedTargets(acceptance.goals, pools);
    let remeasure = new Set(pools.filter((_, k) => !searched.guarded[k]));
    for (let round = 1; round <= MAX_SEED_ROUNDS && remeasure.size > 0 && !this.outOfBudget(); round++) {
      const from = this.current;
      const overloaded = new Set<PoolKey>();
      let proposal = [...from.staffing];
      const set = (k: number, n: number): void => {
        proposal = this.setup.evaluator.layout.withHeadcount(proposal, this.index[k], n);
      };
      pools.forEach((pool, k) => {
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
   * 2. While the staffing is not accepted: if a pool limit is broken, every searched pool at
   * fault gets its next size up (see limitFix); else every searched pool's next size up, and
   * every move of one person between two shifts of a pool (see StaffingLayout), are simulated
   * in one batch, and the one that helps the worst-violated goal most per extra cost is taken
   * (see choose.ts; a move that helps at no extra cost beats any addition). A move never
   * returns to a staffing this phase has left.
   */
  async add(): Promise<void> {
    const { evaluator, searched } = this.setup;
    const acceptance = this.acceptance;
    const left = new Set<string>();
    while (!this.met(this.current)) {
      if (this.outOfBudget()) {
        this.outcome = 'budget';
        return;
      }
      const from = this.current;
      left.add(from.staffing.join(','));
      const fix = this.limitFix(from);
      if (fix !== null) {
        if (fix.length === 0) return;
        await this.moveTo(fix);
        this.setup.onStep(`add ${this.text.moveText(from, this.current)}: ${this.describe(this.current)}`);
        continue;
      }
      const steps = searched.pools.map((pool, k) =>
        this.change(from, k, stepUp(pool, this.headcount(from, k))),
      );
      const moves = this.shiftMoves(from).filter((m) => !left.has(m.move.staffing.join(',')));
      const evaluated = await evaluator.evaluate([...steps, ...moves.map((m) => m.move.staffing)]);
      const next = bestAddition(from, evaluated, acceptance.goals, (e) => acceptance.violations(e));
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
   * The staffing that gives every searched pool at fault of a broken limit its next size up;
   * null if no limit is broken; empty (and `outcome` unreachable) if only pools that are not
   * searched are at fault.
   */
  private limitFix(from: Evaluation): number[] | null {
    const broken = this.acceptance.limits(from);
    if (broken.length === 0) return null;
    const pools = this.setup.searched.pools;
    let next = [...from.staffing];
    for (const limit of broken) {
      const k = pools.findIndex((p) => p === limit.pool);
      if (k >= 0)
        next = this.setup.evaluator.layout.withHeadcount(
          next,
          this.index[k],
          stepUp(pools[k], next[this.index[k]]),
        );
    }
    if (next.every((n, i) => n === from.staffing[i])) {
      this.outcome = 'unreachable';
      const names = broken.map((l) => l.pool).join(', ');
      this.setup.onStep(
        `a pool limit is broken in a pool not searched (${names}; see --pools): ${this.describe(from)}`,
      );
      return [];
    }
    return next;
  }

  /**
   * 3. From the cheapest staffing seen that meets every goal: removes one step at a time from
   * each pool in turn, most expensive first, as long as every goal stays met and the cost falls;
   * where a pool's removal fails, moves of its people between shifts are tried (see moveOne);
   * passes repeat until one removes nobody. If a cheaper feasible staffing was seen meanwhile
   * (e.g. the pilot), the phase starts again from it.
   */
  async remove(): Promise<void> {
    const { evaluator } = this.setup;
    const searched = this.setup.searched.pools;
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
    const { evaluator } = this.setup;
    const { pools: searched, minimum } = this.setup.searched;
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
    const { evaluator } = this.setup;
    const { pools: searched, minimum } = this.setup.searched;
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

  /**
   * After the add phase found the goals out of reach: from now on, accepts the staffings that
   * meet every goal the current one meets and are no worse on the others (see
   * Acceptance.noWorseThan), so that the removal phase takes back what the seed and the additions
   * gave without helping. The outcome stays `unreachable`.
   */
  relax(): void {
    if (this.outcome !== 'unreachable' || this.relaxed) return;
    const was = this.describe(this.current);
    this.acceptance = this.setup.acceptance.noWorseThan(this.current);
    this.setup.onStep(`goals out of reach (${was}): remove people while no goal gets worse`);
  }

  /**
   * Ends on the cheapest accepted staffing seen if the phases stopped short of one; if none was
   * accepted, on the one closest to it (see Acceptance.closest).
   */
  async settle(): Promise<void> {
    if (this.met(this.current)) {
      if (this.outcome === 'unreachable' && !this.relaxed) this.outcome = 'optimal';
      return;
    }
    const all = this.setup.evaluator.all();
    const feasible = cheapestFeasible(all, (e) => this.met(e));
    await this.moveTo((feasible ?? this.acceptance.closest(all)).staffing);
  }
}
