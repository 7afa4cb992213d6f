import { printable } from '../sim/index.js';
import type { ReportSummary } from './plan/report.js';
import { money, pct } from './text-format.js';

/**
 * One line per scenario of a batch (fits 100 columns): SLA attainment per severity (PASS/FAIL
 * of every goal), router abandonment, the share of cases reaching escalation engineers, cost per
 * week and per resolved case. The full KPIs are in index.csv. A scenario that failed has
 * `failed:` and why instead of figures. A scenario with a pool that cannot keep up has `!` after
 * its goals (its figures grow with the run length and its cost per case flatters), explained below.
 */
export function formatBatchTable(
  rows: ReadonlyArray<{ id: string; report: ReportSummary | null; failure?: string | null }>,
): string {
  const widths = [24, 8, 8, 8, 6, 8, 8, 12, 9];
  const line = (cells: string[]): string =>
    cells
      .map((c, i) =>
        i === 0
          ? c.length > widths[0]
            ? c.slice(0, widths[0] - 1) + '…'
            : c.padEnd(widths[0])
          : c.padStart(widths[i]),
      )
      .join(' ')
      .trimEnd();
  const out = [
    line(['scenario', 'SLA A', 'SLA B', 'SLA C', 'goals', 'abandon', 'EE', 'cost/week', 'cost/case']),
  ];
  for (const { id, report, failure } of rows) {
    if (report === null) {
      const why = `failed: ${failure ?? 'unknown reason'}`;
      const name = id.length > widths[0] ? id.slice(0, widths[0] - 1) + '…' : id.padEnd(widths[0]);
      out.push(`${name} ${why.length > 75 ? `${why.slice(0, 74)}…` : why}`);
      continue;
    }
    const kpi = (name: string, scope: string): number | undefined =>
      report.kpis.find((k) => k.kpi === name && k.scope === scope)?.mean;
    const sla = (sev: string): number | undefined =>
      report.sla.find((s) => s.severity === sev && s.contract === undefined)?.attainment;
    out.push(
      line([
        id,
        pct(sla('A')),
        pct(sla('B')),
        pct(sla('C')),
        `${report.sla.every((s) => s.met) ? 'PASS' : 'FAIL'}${report.unstable.length > 0 ? '!' : ''}`,
        pct(kpi('abandoned.share', 'pool:router')),
        pct(kpi('reached.share', 'tier:escalation')),
        money(kpi('cost.perWeek', 'all')),
        money(kpi('cost.perCase', 'all')),
      ]),
    );
  }
  const unstable = rows.filter((r) => (r.report?.unstable.length ?? 0) > 0);
  if (unstable.length > 0) {
    out.push(
      '! a pool cannot keep up (figures grow with the run length; cost per case counts only work done):',
    );
    for (const { id, report } of unstable)
      out.push(`  ${id}: ${report!.unstable.map((u) => `pool:${u.pool}`).join(', ')}`);
  }
  // Names are the user's: their control characters must not reach the terminal.
  return out.map((text) => printable(text)).join('\n') + '\n';
}
