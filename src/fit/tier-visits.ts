import type { CaseHistory, HistoryTier, StatusSpell } from './case-history.js';

/** The tier work is counted at when a history has no `tier` column. */
export const DEFAULT_TIER: HistoryTier = 'se';

/** The escalation ladder's order: a move to a higher rank is an escalation, to a lower one a return. */
export const TIER_RANK: Readonly<Record<HistoryTier, number>> = {
  router: 0,
  se: 1,
  pods: 1,
  beta: 1,
  problemControl: 2,
  escalation: 3,
};

/** One stay of a case at one tier, from the spells between arriving there and leaving (or resolving). */
export interface TierVisit {
  readonly caseId: string;
  readonly tier: HistoryTier;
  /** Position among the case's visits (0: where it entered). */
  readonly index: number;
  readonly fromAt: number;
  readonly toAt: number;
  /** Minutes in `working` spells: the effort. */
  readonly workMinutes: number;
  /** Runs of consecutive `working` spells (a new run after a wait or a queue): work sessions. */
  readonly sessions: number;
  /** Minutes of the first session, for the share of effort done in it. */
  readonly firstSessionMinutes: number;
  /** Minutes waiting on the customer, and on a vendor. */
  readonly customerWaitMinutes: number;
  readonly vendorWaitMinutes: number;
  /** Separate waits (runs of wait spells). */
  readonly waits: number;
  /** Minutes `queued`. */
  readonly queuedMinutes: number;
  /** The case left the visit (moved on or was resolved) before the history ends; false: still there (censored). */
  readonly finished: boolean;
  /** The tier it went to next, or null (resolved there, or still there). */
  readonly nextTier: HistoryTier | null;
  /** It came here from a higher tier (a return down the ladder). */
  readonly returned: boolean;
  /** Severity of the case (copied for grouping). */
  readonly severity: CaseHistory['severity'];
}

/** A case's visits, and the work done after its first resolution (reopened: not modelled). */
export interface CaseVisits {
  readonly visits: readonly TierVisit[];
  /** Minutes of `working` spells after the first resolution. */
  readonly workAfterResolutionMinutes: number;
}

const TERMINAL = new Set<StatusSpell['status']>(['resolved', 'closed', 'cancelled']);

/**
 * Splits a case's life before its first resolution into visits to tiers: consecutive spells at
 * the same tier make one visit (a spell without a tier stays at the tier before it, or
 * {@link DEFAULT_TIER} at the start). Spells after the first resolution (a reopened case) are not
 * visits; their working minutes are counted apart. A case resolved at its first row has one
 * empty visit, at the tier of that row.
 */
export function caseVisits(c: CaseHistory): CaseVisits {
  const visits: TierVisit[] = [];
  const endAt = c.resolvedAt ?? Infinity;
  let current: MutableVisit | null = null;
  let tier: HistoryTier = DEFAULT_TIER;
  let peakRank = -1;
  let afterResolution = 0;
  let ended = false;
  for (const spell of c.spells) {
    if (spell.fromAt >= endAt || ended) {
      if (spell.status === 'working') afterResolution += spell.toAt - spell.fromAt;
      continue;
    }
    if (TERMINAL.has(spell.status)) {
      if (current !== null) visits.push(done(current, null, true));
      current = null;
      ended = true;
      continue;
    }
    tier = spell.tier ?? tier;
    if (current === null || current.tier !== tier) {
      if (current !== null) visits.push(done(current, tier, true));
      current = newVisit(c, tier, visits.length, spell.fromAt, TIER_RANK[tier] < peakRank);
      peakRank = Math.max(peakRank, TIER_RANK[tier]);
    }
    add(current, spell, Math.min(spell.toAt, endAt));
  }
  // Still at a tier when the history ends: censored, unless the case was resolved meanwhile.
  if (current !== null) visits.push(done(current, null, c.resolvedAt !== null));
  // Resolved at its first row: a visit without work or waits where it was resolved (the model
  // draws every case's effort, so the cases that took none must count too).
  const first = c.spells[0];
  if (visits.length === 0 && c.resolvedAt !== null && first !== undefined) {
    const empty = newVisit(c, first.tier ?? DEFAULT_TIER, 0, c.resolvedAt, false);
    visits.push(done(empty, null, true));
  }
  return { visits, workAfterResolutionMinutes: afterResolution };
}

function done(v: MutableVisit, nextTier: HistoryTier | null, finished: boolean): TierVisit {
  const { lastStatus: _, ...visit } = v;
  return { ...visit, finished, nextTier };
}

type MutableVisit = { -readonly [K in keyof TierVisit]: TierVisit[K] } & { lastStatus: string | null };

function newVisit(
  c: CaseHistory,
  tier: HistoryTier,
  index: number,
  fromAt: number,
  returned: boolean,
): MutableVisit {
  return {
    caseId: c.id,
    tier,
    index,
    fromAt,
    toAt: fromAt,
    workMinutes: 0,
    sessions: 0,
    firstSessionMinutes: 0,
    customerWaitMinutes: 0,
    vendorWaitMinutes: 0,
    waits: 0,
    queuedMinutes: 0,
    finished: false,
    nextTier: null,
    returned,
    severity: c.severity,
    lastStatus: null,
  };
}

function add(v: MutableVisit, spell: StatusSpell, toAt: number): void {
  const minutes = Math.max(0, toAt - spell.fromAt);
  v.toAt = Math.max(v.toAt, toAt);
  const kind = spell.status === 'customerWait' || spell.status === 'vendorWait' ? 'wait' : spell.status;
  const newRun = v.lastStatus !== kind;
  switch (spell.status) {
    case 'working':
      if (newRun) v.sessions++;
      if (v.sessions === 1) v.firstSessionMinutes += minutes;
      v.workMinutes += minutes;
      break;
    case 'customerWait':
      if (newRun) v.waits++;
      v.customerWaitMinutes += minutes;
      break;
    case 'vendorWait':
      if (newRun) v.waits++;
      v.vendorWaitMinutes += minutes;
      break;
    case 'queued':
      v.queuedMinutes += minutes;
      break;
    default:
      break;
  }
  v.lastStatus = kind;
}
