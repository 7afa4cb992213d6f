import type { Contract, Severity } from '../scenario/index.js';

/** Where a case is in its life; used for time-based escalation and end-of-run censoring. */
export const enum CaseState {
  Queued = 0,
  InService = 1,
  CustomerWait = 2,
  WaitingForOwner = 3,
  WaitingForHotfix = 4,
  Resolved = 5,
  Abandoned = 6,
  /** The caller hung up and will call the router again (see `pools.router.retrial`). */
  CallingBack = 7,
}

/** Why a case left a tier upwards. */
export type EscalationReason = 'difficulty' | 'age';

/**
 * One support case. Its attributes and every per-case decision (close at the router, misroute,
 * difficulty, consult, hotfix) are drawn at arrival from their own streams, so the same case
 * makes the same decisions in two scenarios that share a seed (common random numbers).
 */
export class SupportCase {
  /** Priority class 0 (most urgent) .. 11: sensitive, then severity, then premier/tier3 before standard. */
  readonly priority: number;
  /** True when the case arrived after the warm-up and so counts in case-level statistics. */
  counted = false;

  // Decisions drawn at arrival (see arrivals.ts).
  /** Latent difficulty in [0, 1): small values climb further up the ladder. */
  difficulty = 1;
  closedByRouter = false;
  /** Index of the specialty the router wrongly sends the case to, or -1. */
  misrouteTo = -1;
  needsConsult = false;
  /**
   * Uniform draw in [0, 1) compared with the hotfix share when an escalation engineer finishes;
   * a trace that scripts the case sets -1 (always a hotfix) or 1 (never).
   */
  hotfixDraw = 1;
  /** Uniform draws for where the case enters and whether it comes back down (see ladder-rules.ts); 1: router, never. */
  entryDraw = 1;
  returnDraw = 1;
  /** The case came back down the ladder: the stage closes it with `ladder.returnWork`, in one session, and never escalates it. */
  returned = false;

  // Progress.
  state: CaseState = CaseState.Queued;
  /** Index of the stage (see stages.ts) the case is at. */
  stage = 0;
  /** Instant it joined its current queue, minutes. */
  queuedAt = 0;
  /** The queue the case sits in, if any (lazy deletion: entries whose queue no longer matches are skipped). */
  inQueue: object | null = null;
  firstResponseAt = -1;
  resolvedAt = -1;
  /** Its index in the recorder's list of open cases, or -1 once resolved or lost (see Recorder). */
  openSlot = -1;
  /** Bit set of tiers reached (bit = tier index). */
  tiersReached = 0;
  /** The escalation threshold has passed while the case was busy; escalate when the current session ends. */
  escalateWhenFree = false;
  escalatedBy: EscalationReason | null = null;

  // Tier-1 work in sessions (SE teams).
  /** The owner engineer's index within its pool, or -1. */
  owner = -1;
  /** Effort still to do at the current tier, minutes. */
  remainingWork = 0;
  sessionsLeft = 0;
  /** Whether the tier must escalate this case when its work there is done. */
  escalateWhenDone = false;
  /** Escalation share of the tier-1 stage the case entered (see escalation-policy.ts). */
  escalationShare = 0;
  /**
   * Severity A, owned, and back in the specialty's queue because its owner's shift ended: the SE
   * who takes it becomes its owner and goes on with the work left (no new first response).
   */
  handedOver = false;
  /** The TL consult has happened (at most one per case). */
  consulted = false;
  /** Patience for the router queue, minutes (Infinity: never hangs up): drawn at arrival, again at each call back. */
  patience = Infinity;
  /** Calls to the router so far: 1, plus one per call back (see `pools.router.retrial`). */
  calls = 1;

  constructor(
    readonly id: number,
    readonly arrivedAt: number,
    readonly specialty: number,
    readonly severity: Severity,
    readonly contract: Contract,
    readonly beta: boolean,
    readonly sensitive: boolean,
  ) {
    const severityRank = severity === 'A' ? 0 : severity === 'B' ? 1 : 2;
    const standard = contract === 'standard' ? 1 : 0;
    this.priority = (sensitive ? 0 : 6) + severityRank * 2 + standard;
  }
}

/** Number of priority classes of {@link SupportCase.priority}. */
export const PRIORITY_CLASSES = 12;

/** Whether a priority class (of a case, or of a job for a case) is a severity A one. */
export function isSeverityAClass(priority: number): boolean {
  return priority % 6 < 2;
}
