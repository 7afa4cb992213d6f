import { CaseState, type SupportCase } from './case.js';
import type { ModelContext } from './context.js';
import type { PoolStaffing } from './pool.js';
import { ServiceDesk, type DeskWork, type StageLinks } from './service-desk.js';

/**
 * Beta SEs: early adopters of a product about to enter beta reach this pool directly. A share
 * of its cases (`fromBeta`) needs Problem Control; so does any case that grows too old.
 */
export class BetaDesk extends ServiceDesk {
  constructor(
    ctx: ModelContext,
    staffing: PoolStaffing,
    desk: DeskWork,
    links: StageLinks,
    /** Share of beta cases whose difficulty needs Problem Control (`fromBeta`). */
    private readonly escalationShare: number,
  ) {
    super(ctx, 'beta', staffing, desk, links);
  }

  /** A beta case arrives. */
  override accept(c: SupportCase): void {
    c.escalationShare = this.escalationShare;
    super.accept(c);
  }

  /**
   * The case is too old for tier 1: up now if it waits (in the queue, on the customer, for its
   * owner); a case being worked goes up when its session ends, unless that session finishes it.
   */
  escalateByAge(c: SupportCase): void {
    if (c.state === CaseState.InService) {
      c.escalateWhenFree = true;
      return;
    }
    if (c.inQueue === this.queue) this.renege(c);
    else this.owners.drop(c);
    // A case waiting between sessions simply leaves; the wait's timer finds it gone.
    this.leaveByAge(c, '');
  }

  /** The work is done, so an age limit passed during it changes nothing: only difficulty sends it up. */
  protected finished(c: SupportCase, engineer: string): void {
    const { policy, ladder, stage } = this.links;
    if (!c.returned && policy.needsProblemControl(c, this.escalationShare))
      ladder.escalate(c, stage, 'difficulty', engineer);
    else ladder.resolve(c, stage, engineer);
  }
}
