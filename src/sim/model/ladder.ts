import type { EscalationReason, SupportCase } from './case.js';

/** Tiers counted by `reached.share` (scope `tier:<name>`). */
export const TIERS = ['router', 'se', 'pods', 'beta', 'problemControl', 'escalation'] as const;
export type Tier = (typeof TIERS)[number];

/**
 * The moves between stages of the escalation ladder. Each stage module decides *when* a case
 * leaves it and *why*; the ladder (org.ts) knows *where* that sends it.
 */
export interface Ladder {
  /** The router has triaged the case: send it to the SE queue of `specialty` (maybe a wrong one). */
  toSpecialty(c: SupportCase, specialty: number, fromStage: number): void;
  /**
   * A tier-1 stage (SE, pod, beta) or problem control sends the case one step up. `engineer`:
   * id of the engineer whose work on the case just ended, or '' (a case sent up from a queue or
   * a customer wait); for the trace only.
   */
  escalate(c: SupportCase, fromStage: number, reason: EscalationReason, engineer: string): void;
  /**
   * Problem Control or an escalation engineer has finished the case and hands it back down one
   * tier to be closed there (`ladder.returns`); `engineer` as for {@link escalate}.
   */
  returnDown(c: SupportCase, fromStage: number, engineer: string): void;
  /** An escalation engineer needs a hotfix from the product group before the case can close. */
  awaitHotfix(c: SupportCase): void;
  /** The case is closed at `fromStage`; `engineer` as for {@link escalate} ('' for the product group). */
  resolve(c: SupportCase, fromStage: number, engineer: string): void;
  abandon(c: SupportCase): void;
}
