import { SEVERITIES, type Severity } from '../sim/index.js';
import { HISTORY_TIERS, type HistoryTier } from './case-history.js';
import { fitDuration, type DistributionFit } from './fit-distribution.js';
import { TIER_RANK, type TierVisit } from './tier-visits.js';

/** A severity's distribution: fitted on its own visits, or on the tier's when it has too few. */
export interface SeverityFit {
  readonly fit: DistributionFit;
  readonly source: 'severity' | 'tier';
}

/** Distributions per severity, and the tier's pooled one. */
export interface BySeverity {
  readonly pooled: DistributionFit | null;
  readonly bySeverity: Readonly<Record<Severity, SeverityFit | null>>;
}

/** How a tier's visits were worked, as the scenario's pool needs it. */
export interface TierWork {
  readonly tier: HistoryTier;
  /** Visits of cases in the arrival window; finished ones (not cut by the end) are fitted. */
  readonly visits: number;
  readonly finished: number;
  /** Visits after coming back down from a higher tier (fitted apart, as the closing work: see {@link estimateReturnWork}), and their working minutes. */
  readonly returnVisits: number;
  readonly afterReturnMinutes: number;
  /**
   * Effort per visit (minutes in `working` spells). For the SE tier: visits that did not go up
   * (the model's full effort), with `diagnosisShare` from those that did.
   */
  readonly work: BySeverity;
  /** SE only: mean effort of visits that went up over that of visits that did not, in [0, 1] (null: not known). */
  readonly diagnosisShare: number | null;
  /** Work sessions per visit (all fitted visits, SE ones that went up too): how many had k, their mean, and the whole number the scenario uses. */
  readonly sessionCounts: Readonly<Record<string, number>>;
  readonly meanSessions: number;
  readonly sessions: number;
  /** Share of a visit's effort in its first session, over visits with several (null: none). */
  readonly firstSessionShare: number | null;
  /** Minutes waiting on the customer and on vendors over the fitted visits (SE ones that went up too), and visits that waited. */
  readonly customerWaitMinutes: number;
  readonly vendorWaitMinutes: number;
  readonly visitsThatWaited: number;
  /** Wait between two sessions: each visit's waits spread over its `sessions − 1` gaps (null: no waits). */
  readonly betweenSessions: BySeverity | null;
  /**
   * Escalation engineers only: the share of visits that waited on a vendor (a hotfix), over the
   * visits finished or already waiting (open ones included), their count, and the wait of the
   * finished ones.
   */
  readonly hotfix: {
    readonly share: number;
    readonly visits: number;
    readonly delay: DistributionFit | null;
  } | null;
}

/** A severity needs this many visits for a distribution of its own. */
export const MIN_VISITS_PER_SEVERITY = 30;

/** Fits a value of visits per severity (pooled for severities with few visits). */
export function fitBySeverity(visits: readonly TierVisit[], valueOf: (v: TierVisit) => number): BySeverity {
  const pooled = fitDuration(visits.map(valueOf));
  const bySeverity = Object.fromEntries(
    SEVERITIES.map((s): [Severity, SeverityFit | null] => {
      const own = visits.filter((v) => v.severity === s);
      if (own.length >= MIN_VISITS_PER_SEVERITY) {
        const fit = fitDuration(own.map(valueOf));
        if (fit !== null) return [s, { fit, source: 'severity' }];
      }
      return [s, pooled === null ? null : { fit: pooled, source: 'tier' }];
    }),
  ) as Record<Severity, SeverityFit | null>;
  return { pooled, bySeverity };
}

/**
 * Estimates each tier's work from the visits of the cases in the arrival window. Effort is the
 * time in `working` spells of finished visits (a visit cut by the end of the history is not
 * fitted). Sessions: the rounded mean of working runs per visit, at least 2 when visits wait on
 * the customer or a vendor (the model waits only between sessions); the wait between sessions
 * is each visit's total wait over its `sessions − 1` gaps, zeros included, so the model's mean
 * total wait per visit is the history's. Escalation engineers' vendor waits are hotfixes (the
 * product group's delay), not waits between sessions.
 */
export function estimateWork(visits: readonly TierVisit[]): Record<HistoryTier, TierWork> {
  return Object.fromEntries(
    HISTORY_TIERS.map((tier) => [
      tier,
      tierWork(
        tier,
        visits.filter((v) => v.tier === tier),
      ),
    ]),
  ) as Record<HistoryTier, TierWork>;
}

/** The work of closing a case that came back down (`ladder.returnWork`), fitted on every tier's return visits together. */
export interface ReturnWork {
  /** Return visits of cases in the arrival window, and the finished ones fitted. */
  readonly visits: number;
  readonly finished: number;
  /** Effort per finished return visit, minutes (null per severity: none fitted). */
  readonly work: BySeverity;
}

/**
 * Estimates the closing work from the visits made after coming back down a tier (finished ones):
 * the model closes such a case in one piece of work at the lower tier, whichever that is.
 */
export function estimateReturnWork(visits: readonly TierVisit[]): ReturnWork | null {
  const returns = visits.filter((v) => v.returned);
  const finished = returns.filter((v) => v.finished);
  if (finished.length === 0) return null;
  return {
    visits: returns.length,
    finished: finished.length,
    work: fitBySeverity(finished, (v) => v.workMinutes),
  };
}

function tierWork(tier: HistoryTier, all: readonly TierVisit[]): TierWork {
  const returns = all.filter((v) => v.returned);
  const fitted = all.filter((v) => v.finished && !v.returned);
  const goesUp = (v: TierVisit): boolean => v.nextTier !== null && TIER_RANK[v.nextTier] > TIER_RANK[tier];
  // SE effort: the visits the model works in full (resolved at SE); the others give the diagnosis share.
  const full = tier === 'se' ? fitted.filter((v) => !goesUp(v)) : fitted;
  const escalated = tier === 'se' ? fitted.filter(goesUp) : [];
  const mean = (vs: readonly TierVisit[]): number =>
    vs.length > 0 ? vs.reduce((a, v) => a + v.workMinutes, 0) / vs.length : NaN;
  const fullMean = mean(full);
  const diagnosisShare =
    tier === 'se' && escalated.length > 0 && fullMean > 0
      ? Math.min(1, Math.max(0, mean(escalated) / fullMean))
      : null;

  // Sessions and waits: every SE visit has them in the model, escalated or not.
  const sessionCounts: Record<string, number> = {};
  for (const v of fitted) sessionCounts[String(v.sessions)] = (sessionCounts[String(v.sessions)] ?? 0) + 1;
  const meanSessions = fitted.length > 0 ? fitted.reduce((a, v) => a + v.sessions, 0) / fitted.length : 1;
  const severalSessions = fitted.filter((v) => v.sessions > 1 && v.workMinutes > 0);
  const firstSessionShare =
    severalSessions.length > 0
      ? severalSessions.reduce((a, v) => a + v.firstSessionMinutes, 0) /
        severalSessions.reduce((a, v) => a + v.workMinutes, 0)
      : null;

  const hotfixVisits = tier === 'escalation' ? full.filter((v) => v.vendorWaitMinutes > 0) : [];
  // A visit still open at the end counts once it has waited on a vendor (it needed a hotfix);
  // leaving open ones out would hide the hotfixes the product group has not delivered yet.
  const hotfixKnown =
    tier === 'escalation' ? all.filter((v) => !v.returned && (v.finished || v.vendorWaitMinutes > 0)) : [];
  const hotfixCount = hotfixKnown.filter((v) => v.vendorWaitMinutes > 0).length;
  const waitOf = (v: TierVisit): number =>
    v.customerWaitMinutes + (tier === 'escalation' ? 0 : v.vendorWaitMinutes);
  const waited = fitted.filter((v) => waitOf(v) > 0);
  const sessions = Math.max(1, Math.round(meanSessions), waited.length > 0 ? 2 : 1);
  return {
    tier,
    visits: all.length,
    finished: fitted.length,
    returnVisits: returns.length,
    afterReturnMinutes: returns.reduce((a, v) => a + v.workMinutes, 0),
    work: fitBySeverity(full, (v) => v.workMinutes),
    diagnosisShare,
    sessionCounts,
    meanSessions,
    sessions,
    firstSessionShare,
    customerWaitMinutes: fitted.reduce((a, v) => a + v.customerWaitMinutes, 0),
    vendorWaitMinutes: fitted.reduce((a, v) => a + v.vendorWaitMinutes, 0),
    visitsThatWaited: waited.length,
    betweenSessions: waited.length > 0 ? fitBySeverity(fitted, (v) => waitOf(v) / (sessions - 1)) : null,
    hotfix:
      tier === 'escalation' && hotfixKnown.length > 0
        ? {
            share: hotfixCount / hotfixKnown.length,
            visits: hotfixCount,
            delay: fitDuration(hotfixVisits.map((v) => v.vendorWaitMinutes)),
          }
        : null,
  };
}
