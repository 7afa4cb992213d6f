import { SEVERITIES, type Severity } from '../sim/index.js';
import type { History } from './case-history.js';

/** Durations of the observed cases, minutes, each with whether it is censored (still running at the end). */
export interface CensoredDurations {
  readonly minutes: readonly number[];
  readonly censored: readonly boolean[];
}

/** Resolution and first-response durations of the cases opened in [fromAt, toAt), for all and by severity. */
export interface HistoryDurations {
  readonly resolution: Readonly<Record<'all' | Severity, CensoredDurations>>;
  readonly firstResponse: Readonly<Record<'all' | Severity, CensoredDurations>>;
}

/**
 * The durations observe.ts summarises, case by case, for their sampling errors: resolution from
 * opening to resolution (cancelled cases left out, open ones censored at their age), first
 * response to the first working spell or the resolution of a case resolved without one.
 */
export function historyDurations(history: History, fromAt: number, toAt: number): HistoryDurations {
  const make = () => {
    const out = {} as Record<'all' | Severity, { minutes: number[]; censored: boolean[] }>;
    for (const k of ['all', ...SEVERITIES] as const) out[k] = { minutes: [], censored: [] };
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
    }
  };
  for (const c of history.cases) {
    if (c.startedBeforeWindow || c.openedAt < fromAt || c.openedAt >= toAt) continue;
    const age = history.windowEndAt - c.openedAt;
    const answeredAt = c.firstResponseAt ?? c.resolvedAt;
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
