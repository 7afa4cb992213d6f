import type { SupportCase } from './case.js';
import { ServiceDesk } from './service-desk.js';

/**
 * Escalation engineers, the last line: crash dumps, private builds. A share of their time goes
 * to mentoring and proactive services (folded into their unavailable time by the org), and a
 * share of their cases needs a hotfix from the product group before it can close.
 */
export class EscalationEngineers extends ServiceDesk {
  protected finished(c: SupportCase, engineer: string): void {
    const { policy, ladder, stage } = this.links;
    if (policy.needsHotfix(c)) ladder.awaitHotfix(c);
    else if (policy.returnsDown(c, 'escalation')) ladder.returnDown(c, stage, engineer);
    else ladder.resolve(c, stage, engineer);
  }
}
