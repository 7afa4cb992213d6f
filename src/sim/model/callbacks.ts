import type { Scenario } from '../scenario/index.js';
import { makeDistribution, type Distribution, type Rng } from '../random/index.js';
import type { ModelContext } from './context.js';

/**
 * Callers who hang up at the router and call again (`pools.router.retrial`). Whether a caller
 * calls back, after how long, and the patience of the new call are drawn from streams of their
 * own (`callbacks`, `callbacks/delay`, `callbacks/patience`), one draw each per hang-up, so that
 * a scenario without retrial draws exactly what it drew before callbacks existed.
 */
export class Callbacks {
  private readonly decisionRng: Rng;
  private readonly delayRng: Rng;
  private readonly patienceRng: Rng;
  /** Share of hang-ups followed by a call back, in [0, 1]. */
  private readonly share: number;
  private readonly delay: Distribution;
  private readonly patience: Distribution | null;

  /** Callbacks for the scenario, or null when it has no `pools.router.retrial`. */
  static of(ctx: ModelContext, scenario: Scenario): Callbacks | null {
    const router = scenario.pools.router;
    return router.retrial === null ? null : new Callbacks(ctx, router.retrial, router.patience);
  }

  private constructor(
    ctx: ModelContext,
    retrial: NonNullable<Scenario['pools']['router']['retrial']>,
    patience: Scenario['pools']['router']['patience'],
  ) {
    const s = ctx.streams;
    this.decisionRng = s.stream('callbacks');
    this.delayRng = s.stream('callbacks/delay');
    this.patienceRng = s.stream('callbacks/patience');
    this.share = retrial.share;
    this.delay = makeDistribution(retrial.delay);
    this.patience = patience === null ? null : makeDistribution(patience);
  }

  /**
   * A caller has just hung up: minutes until they call back, or -1 when they do not. One draw
   * from each of the decision and delay streams whatever the outcome, to keep them in step.
   */
  delayAfterHangUp(): number {
    const callsBack = this.decisionRng() < this.share;
    const delayMinutes = this.delay.sample(this.delayRng);
    return callsBack ? delayMinutes : -1;
  }

  /** Patience of a new call, minutes (Infinity: never hangs up). */
  patienceOfNewCall(): number {
    return this.patience === null ? Infinity : this.patience.sample(this.patienceRng);
  }
}
