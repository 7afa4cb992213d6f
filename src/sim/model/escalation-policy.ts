import type { Scenario, Severity } from '../scenario/index.js';
import type { SupportCase } from './case.js';
import { LadderRules, type ReturningTier } from './ladder-rules.js';

/**
 * Escalation by difficulty and by age.
 *
 * Difficulty: each case carries one latent uniform draw `difficulty`. A tier-1 stage whose
 * escalation share is s (SEs: `toProblemControl`, pods: `fromPods`, beta: `fromBeta`) escalates
 * the case to Problem Control when difficulty < s; Problem Control passes it on to an
 * escalation engineer when difficulty < s × `toEscalation`, i.e. with conditional probability
 * `toEscalation`. Using one draw keeps the ladder consistent: a case that needs an EE also
 * needed Problem Control.
 *
 * Age: a case still open at tier 1 after `escalateAfter[severity]` (premier cases sooner, by
 * `premierFactor`) goes to Problem Control whatever its difficulty: at once if it is waiting,
 * at the end of the current session if an SE is working it and work remains (no preemption);
 * a case whose work ends in that session is simply finished.
 */
export class EscalationPolicy {
  /** Age limits, minutes or null, indexed `severity * 2 + (premier ? 1 : 0)`. */
  private readonly ageLimits: Array<number | null>;
  /** Entry at later tiers and returns down (`ladder`). */
  readonly ladder: LadderRules;

  constructor(private readonly scenario: Scenario) {
    this.ladder = new LadderRules(scenario);
    const after = scenario.escalation.escalateAfter;
    this.ageLimits = (['A', 'B', 'C'] as const).flatMap((s) => {
      const limit = after === null ? null : after[s];
      return limit === null ? [null, null] : [limit, limit * scenario.escalation.premierFactor];
    });
  }

  /** Whether a tier-1 stage with escalation share `share` must send this case up. */
  needsProblemControl(c: SupportCase, share: number): boolean {
    return c.difficulty < share;
  }

  /** Whether Problem Control must pass the case to an escalation engineer. */
  needsEscalationEngineer(c: SupportCase): boolean {
    return c.difficulty < c.escalationShare * this.scenario.escalation.toEscalation;
  }

  /** Whether `tier`, having finished the case, hands it back down the ladder (see ladder-rules.ts). */
  returnsDown(c: SupportCase, tier: ReturningTier): boolean {
    return this.ladder.returnsDown(c, tier);
  }

  /** Whether the escalation engineer's fix needs a hotfix from the product group. */
  needsHotfix(c: SupportCase): boolean {
    return c.hotfixDraw < this.scenario.escalation.hotfixShare;
  }

  /** Minutes after arrival at which an unresolved tier-1 case escalates by age, or null. */
  ageLimitMinutes(severity: Severity, premier: boolean): number | null {
    return this.ageLimits[(severity === 'A' ? 0 : severity === 'B' ? 2 : 4) + (premier ? 1 : 0)];
  }
}
