import type { SupportCase } from './case.js';
import { ServiceDesk } from './service-desk.js';

/**
 * Problem Control SEs (escalation services): not tied to a phone schedule, they take the cases
 * tier 1 could not solve (by difficulty or by age) for long investigations, and pass the
 * hardest on to an escalation engineer; some it hands back down to be closed (`ladder.returns`),
 * and it closes the cases an escalation engineer hands back.
 */
export class ProblemControl extends ServiceDesk {
  protected finished(c: SupportCase, engineer: string): void {
    const { policy, ladder, stage } = this.links;
    if (c.returned) ladder.resolve(c, stage, engineer);
    else if (policy.needsEscalationEngineer(c)) ladder.escalate(c, stage, 'difficulty', engineer);
    else if (policy.returnsDown(c, 'problemControl')) ladder.returnDown(c, stage, engineer);
    else ladder.resolve(c, stage, engineer);
  }
}
