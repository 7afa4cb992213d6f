import type { Distribution, Rng } from '../random/index.js';
import { CaseState, type SupportCase } from './case.js';
import type { ModelContext } from './context.js';
import type { Ladder } from './ladder.js';

/**
 * The product group is not a staffed pool here: a hotfix is a delay (`productGroupDelay`)
 * after which the case is resolved.
 */
export class ProductGroup {
  /** Cases waiting for a hotfix now. */
  backlog = 0;
  private readonly rng: Rng;

  constructor(
    private readonly ctx: ModelContext,
    private readonly delay: Distribution,
    private readonly ladder: Ladder,
    private readonly stage: number,
  ) {
    this.rng = ctx.streams.stream('productGroup');
  }

  accept(c: SupportCase): void {
    c.state = CaseState.WaitingForHotfix;
    this.backlog++;
    this.ctx.recorder.hotfixRequested();
    this.ctx.kernel.schedule(this.delay.sample(this.rng), this.released, this, c);
  }

  private released(c: SupportCase): void {
    this.backlog--;
    // Nobody of the organisation works the case while the product group builds the hotfix.
    this.ladder.resolve(c, this.stage, '');
  }
}
