import { tCritical, tQuantile975 } from '../../src/sim/stats/index.js';
import type { KpiRow } from '../../src/sim/index.js';

/** One simulated KPI compared with its theoretical value. */
export interface TheoryCheck {
  readonly label: string;
  readonly simulated: number;
  readonly halfWidth: number;
  readonly theory: number;
  readonly ok: boolean;
}

/**
 * Compares KPIs with theory using the replications' confidence intervals, Bonferroni-corrected
 * so that all `expectations` together have a 1% chance of a false alarm: each check widens the
 * 95% half-width to the two-sided 1 − 0.01/k Student t quantile. No fixed margin is added.
 */
export function checkAgainstTheory(
  rows: readonly KpiRow[],
  expectations: ReadonlyArray<{ kpi: string; scope: string; theory: number }>,
  familyError = 0.01,
): TheoryCheck[] {
  const k = expectations.length;
  return expectations.map(({ kpi, scope, theory }) => {
    const row = rows.find((r) => r.kpi === kpi && r.scope === scope);
    if (!row) throw new Error(`no KPI ${kpi} for ${scope}`);
    const df = row.replications - 1;
    const widen = tCritical(1 - familyError / k, df) / tQuantile975(df);
    const halfWidth = row.halfWidth * widen;
    return {
      label: `${kpi} ${scope}`,
      simulated: row.mean,
      halfWidth,
      theory,
      ok: Math.abs(row.mean - theory) <= halfWidth,
    };
  });
}

/** A readable table of checks for failure messages. */
export function describeChecks(checks: readonly TheoryCheck[]): string {
  return checks
    .map(
      (c) =>
        `${c.ok ? 'ok  ' : 'FAIL'} ${c.label}: simulated ${c.simulated.toFixed(4)} ± ${c.halfWidth.toFixed(4)}, theory ${c.theory.toFixed(4)}`,
    )
    .join('\n');
}
