import type { SchemaContext } from './context.js';
import { lognormalInput } from './distribution-schema.js';
import { fields, share } from './fields.js';
import { workField } from './per-severity.js';

/**
 * `ladder`: where cases enter the escalation ladder and how they come back down it. The
 * default (every share 0) is MODEL.md's flow: standard and premier cases enter at the router,
 * and a case is resolved at the highest tier it reaches.
 */
export function ladderSchema(context: SchemaContext) {
  return fields({
    /**
     * Shares of standard and premier cases that skip the router and enter straight at a later
     * tier (a web form a dispatcher assigns, a case opened by Problem Control from monitoring);
     * the rest enter at the router. Each in [0, 1], summing to at most 1 (default all 0).
     * Tier3 and beta cases enter at the pods and the beta desk as ever.
     */
    entry: fields({
      /** Into the SE queue of the case's specialty (no triage, so no router close or misroute). */
      se: share().default(0),
      /** Into Problem Control; an escalation engineer follows with probability `toEscalation`. */
      problemControl: share().default(0),
      /** Straight to an escalation engineer. */
      escalation: share().default(0),
    })
      .superRefine((entry, ctx) => {
        const total = entry.se + entry.problemControl + entry.escalation;
        if (total <= 1 + 1e-9) return;
        ctx.addIssue({
          code: 'custom',
          message: `entry shares must sum to at most 1, got ${Number(total.toFixed(9))}`,
          input: entry,
        });
      })
      .prefault({}),
    /**
     * Shares of the cases a tier has finished (its work done, nothing above needed) that it hands
     * back down one tier to be closed there, e.g. a fix the SE confirms with the customer
     * (default 0 and 0).
     */
    returns: fields({
      /** Problem Control → the tier-1 stage the case came from (its specialty's SEs, pods, beta). */
      fromProblemControl: share().default(0),
      /** Escalation engineers → Problem Control (a case that needed a hotfix never comes back down). */
      fromEscalation: share().default(0),
    }).prefault({}),
    /**
     * Effort the lower tier spends closing a case that came back down, minutes, in one session;
     * one distribution or one per severity (default lognormal 30m sd 30m).
     */
    returnWork: workField(context.distribution, lognormalInput('30m', '30m')),
  }).prefault({});
}
