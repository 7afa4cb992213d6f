import type { SupportCase } from './case.js';
import type { ModelContext } from './context.js';
import type { EscalationPolicy } from './escalation-policy.js';
import type { Ladder } from './ladder.js';
import type { PoolStaffing } from './pool.js';
import { ServiceDesk, type WorkBySeverity } from './service-desk.js';

/**
 * Beta SEs: early adopters of a product about to enter beta reach this pool directly. A share
 * of its cases (`fromBeta`) needs Problem Control; so does any case that grows too old.
 */
export class BetaDesk extends ServiceDesk {
  constructor(
    ctx: ModelContext,
    staffing: PoolStaffing,
    work: WorkBySeverity,
    private readonly escalationShare: number,
    private readonly policy: EscalationPolicy,
    private readonly ladder: Ladder,
    private readonly stage: number,
  ) {
    super(ctx, 'beta', staffing, work);
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
    this.ladder.escalate(c, this.stage, 'age');
  }

  /** The work is done, so an age limit passed during it changes nothing: only difficulty sends it up. */
  protected finished(c: SupportCase): void {
    if (this.policy.needsProblemControl(c, this.escalationShare)) this.ladder.escalate(c, this.stage, 'difficulty');
    else this.ladder.resolve(c, this.stage);
  }
}
