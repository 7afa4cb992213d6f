import type { KpiRow } from '../../sim/index.js';
import type { ReportSummary } from './report.js';

/** `severity:A`, not a combination such as `severity:A/period:after-hours`. */
const SEVERITY_SCOPE = /^severity:[^/]+$/;

/**
 * Headline KPIs for `--precision`: SLA attainment per severity, first response and resolution
 * means, router abandonment, utilisation of the router and every SE pool, cost per week.
 */
export function isHeadline(row: KpiRow): boolean {
  if (row.scope === 'all') return ['firstResponse.mean', 'resolution.mean', 'cost.perWeek'].includes(row.kpi);
  if (row.kpi === 'sla.attainment') return SEVERITY_SCOPE.test(row.scope);
  if (row.kpi === 'abandoned.share') return row.scope === 'pool:router';
  if (row.kpi === 'utilisation') return row.scope === 'pool:router' || row.scope.startsWith('pool:se/');
  return false;
}

/** Relative half-width |halfWidth / mean| (Infinity when it cannot be computed; 0 for an exact 0). */
export function relativeHalfWidth(row: KpiRow): number {
  if (!Number.isFinite(row.halfWidth)) return Infinity;
  if (row.mean === 0) return row.halfWidth === 0 ? 0 : Infinity;
  return Math.abs(row.halfWidth / row.mean);
}

/** Headline KPIs whose relative half-width is still above `target` (NaN means: no cases, skipped). */
export function imprecise(summary: Pick<ReportSummary, 'kpis'>, target: number): KpiRow[] {
  return summary.kpis.filter((k) => isHeadline(k) && !Number.isNaN(k.mean) && relativeHalfWidth(k) >= target);
}

/** Fewer cases than this per replication make a tier's KPIs mostly noise. */
export const RARE_TIER_CASES = 30;

/** Warnings for tiers that saw too few cases per replication for their KPIs to mean much. */
export function rareTierWarnings(summary: ReportSummary): string[] {
  const arrivals = summary.kpis.find((k) => k.kpi === 'arrivals' && k.scope === 'all')?.mean ?? 0;
  const out: string[] = [];
  for (const tier of ['problemControl', 'escalation', 'pods', 'beta']) {
    const share =
      summary.kpis.find((k) => k.kpi === 'reached.share' && k.scope === `tier:${tier}`)?.mean ?? NaN;
    const cases = share * arrivals;
    if (cases > 0 && cases < RARE_TIER_CASES) {
      out.push(
        `only ${cases.toFixed(1)} cases per replication reached tier:${tier}; its KPIs are too noisy to mean much (run more days)`,
      );
    }
  }
  return out;
}

/**
 * Replication counts of the rounds of a precision run: the scenario's count first, then the
 * total doubles up to the cap. The rounds do not depend on --jobs, so neither do the results.
 */
export function nextReplicationTotal(done: number, cap: number): number {
  return Math.min(cap, Math.max(done * 2, done + 2));
}
