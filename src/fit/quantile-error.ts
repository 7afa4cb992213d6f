import { SEVERITIES, type Severity } from '../sim/index.js';
import type { CaseHistory, History, HistoryTier } from './case-history.js';
import { DEFAULT_TIER } from './tier-visits.js';

/** Durations of the observed cases, minutes, each with whether it is censored (still running at the end). */
export interface CensoredDurations {
  readonly minutes: readonly number[];
  readonly censored: readonly boolean[];
  /** Each case's severity (null: unknown). */
  readonly severity: ReadonlyArray<Severity | null>;
}

/** Resolution and first-response durations of the cases opened in [fromAt, toAt), for all and by severity. */
export interface HistoryDurations {
  readonly resolution: Readonly<Record<'all' | Severity, CensoredDurations>>;
  readonly firstResponse: Readonly<Record<'all' | Severity, CensoredDurations>>;
}

/**
 * The durations observed.ts summarises, case by case, for their sampling errors: resolution from
 * opening to resolution (cancelled cases left out, open ones censored at their age), first
 * response to the reader's `firstResponseAt` (the first status other than queued) or the
 * resolution. With `afterRouter`, as tiersim measures a first response: the first such status at
 * a tier other than the router (a router's triage is not an answer), or the resolution.
 */
export function historyDurations(
  history: History,
  fromAt: number,
  toAt: number,
  afterRouter = false,
): HistoryDurations {
  const make = () => {
    const out = {} as Record<
      'all' | Severity,
      { minutes: number[]; censored: boolean[]; severity: Array<Severity | null> }
    >;
    for (const k of ['all', ...SEVERITIES] as const) out[k] = { minutes: [], censored: [], severity: [] };
    return out;
  };
  const resolution = make();
  const firstResponse = make();
  const add = (
    to: ReturnType<typeof make>,
    severity: Severity | null,
    minutes: number,
    censored: boolean,
  ) => {
    for (const k of severity === null ? (['all'] as const) : (['all', severity] as const)) {
      to[k].minutes.push(Math.max(0, minutes));
      to[k].censored.push(censored);
      to[k].severity.push(severity);
    }
  };
  for (const c of history.cases) {
    if (c.startedBeforeWindow || c.openedAt < fromAt || c.openedAt >= toAt) continue;
    const age = history.windowEndAt - c.openedAt;
    const answeredAt = (afterRouter ? firstWorkAfterRouter(c) : c.firstResponseAt) ?? c.resolvedAt;
    add(firstResponse, c.severity, answeredAt === null ? age : answeredAt - c.openedAt, answeredAt === null);
    if (c.outcome === 'cancelled') continue;
    add(
      resolution,
      c.severity,
      c.resolvedAt === null ? age : c.resolvedAt - c.openedAt,
      c.resolvedAt === null,
    );
  }
  return { resolution, firstResponse };
}

/**
 * When a case was first answered at a tier other than the router (its first status there other
 * than queued or cancelled, as the reader's `firstResponseAt` is at any tier), or null.
 */
function firstWorkAfterRouter(c: CaseHistory): number | null {
  let tier: HistoryTier = DEFAULT_TIER;
  for (const s of c.spells) {
    tier = s.tier ?? tier;
    if (s.status !== 'queued' && s.status !== 'cancelled' && tier !== 'router') return s.fromAt;
  }
  return null;
}

/**
 * Standard error of the p-quantile of a sample: half the width of its distribution-free 95%
 * interval (the order statistics at ranks n·p ± 1.96·√(n·p·(1 − p))) over 1.96. Censored values
 * count at their ages, which is exact while the quantile lies below them (a quantile beyond the
 * censored ages is a lower bound anyway). NaN with fewer than 2 values.
 */
export function quantileStandardError(d: CensoredDurations, p: number): number {
  const n = d.minutes.length;
  if (n < 2) return NaN;
  const sorted = [...d.minutes].sort((a, b) => a - b);
  const spread = 1.96 * Math.sqrt(n * p * (1 - p));
  const at = (rank: number) => sorted[Math.min(n - 1, Math.max(0, Math.round(rank)))];
  return (at(n * p + spread) - at(n * p - spread)) / (2 * 1.96);
}
