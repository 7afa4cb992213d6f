import type { SupportCase } from './case.js';
import type { ModelContext } from './context.js';
import type { EscalationPolicy } from './escalation-policy.js';
import type { Ladder } from './ladder.js';
import type { PoolStaffing } from './pool.js';
import { ServiceDesk, type WorkBySeverity } from './service-desk.js';

/**
 * Escalation engineers, the last line: crash dumps, private builds. A share of their time goes
 * to mentoring and proactive services (folded into their unavailable time by the org), and a
 * share of their cases needs a hotfix from the product group before it can close.
 */
export class EscalationEngineers extends ServiceDesk {
  constructor(
    ctx: ModelContext,
    staffing: PoolStaffing,
    work: WorkBySeverity,
    private readonly policy: EscalationPolicy,
    private readonly ladder: Ladder,
    private readonly stage: number,
  ) {
    super(ctx, 'escalation', staffing, work);
  }

  protected finished(c: SupportCase): void {
    if (this.policy.needsHotfix(c)) this.ladder.awaitHotfix(c);
    else this.ladder.resolve(c, this.stage);
  }
}
