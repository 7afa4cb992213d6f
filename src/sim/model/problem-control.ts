import type { SupportCase } from './case.js';
import type { ModelContext } from './context.js';
import type { EscalationPolicy } from './escalation-policy.js';
import type { Ladder } from './ladder.js';
import type { PoolStaffing } from './pool.js';
import { ServiceDesk, type WorkBySeverity } from './service-desk.js';

/**
 * Problem Control SEs (escalation services): not tied to a phone schedule, they take the cases
 * tier 1 could not solve (by difficulty or by age) for long investigations, and pass the
 * hardest on to an escalation engineer.
 */
export class ProblemControl extends ServiceDesk {
  constructor(
    ctx: ModelContext,
    staffing: PoolStaffing,
    work: WorkBySeverity,
    private readonly policy: EscalationPolicy,
    private readonly ladder: Ladder,
    private readonly stage: number,
  ) {
    super(ctx, 'problemControl', staffing, work);
  }

  protected finished(c: SupportCase): void {
    if (this.policy.needsEscalationEngineer(c)) this.ladder.escalate(c, this.stage, 'difficulty');
    else this.ladder.resolve(c, this.stage);
  }
}
