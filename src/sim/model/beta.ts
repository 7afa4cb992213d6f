import type { SupportCase } from './case.js';
import type { ModelContext } from './context.js';
import type { PoolStaffing } from './pool.js';
import { ServiceDesk, type StageLinks, type WorkBySeverity } from './service-desk.js';

/**
 * Beta SEs: early adopters of a product about to enter beta reach this pool directly. A share
 * of its cases (`fromBeta`) needs Problem Control; so does any case that grows too old.
 */
export class BetaDesk extends ServiceDesk {
  constructor(
    ctx: ModelContext,
    staffing: PoolStaffing,
    work: WorkBySeverity,
    links: StageLinks,
    /** Share of beta cases whose difficulty needs Problem Control (`fromBeta`). */
    private readonly escalationShare: number,
  ) {
    super(ctx, 'beta', staffing, work, links);
  }

  /** A beta case arrives. */
  accept(c: SupportCase): void {
    c.escalationShare = this.escalationShare;
    this.join(c);
  }

  /** The case is too old for tier 1: up now if it waits; a case being worked is finished here. */
  escalateByAge(c: SupportCase): void {
    if (c.inQueue !== this.queue) return;
    this.renege(c);
    this.links.ladder.escalate(c, this.links.stage, 'age', '');
  }

  /** The work is done, so an age limit passed during it changes nothing: only difficulty sends it up. */
  protected finished(c: SupportCase, engineer: string): void {
    const { policy, ladder, stage } = this.links;
    if (policy.needsProblemControl(c, this.escalationShare))
      ladder.escalate(c, stage, 'difficulty', engineer);
    else ladder.resolve(c, stage, engineer);
  }
}
