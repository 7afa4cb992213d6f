import { printable } from '../sim/index.js';
import type { BacktestRow } from '../fit/backtest.js';

/** How the backtest ran, for the table's heading. */
export interface BacktestHeading {
  readonly replications: number;
  readonly seed: number;
  readonly seconds: number;
}

/**
 * The backtest as a table: every headline KPI (marked `*`), the other comparisons of all cases,
 * and the per-week rows summed up (how many agree; each is in backtest.csv). Shares in percent,
 * times in hours, arrivals and backlogs in cases.
 */
export function formatBacktestTable(name: string, rows: readonly BacktestRow[], h: BacktestHeading): string {
  const lines = [
    `${printable(name)}: backtest against the history`,
    `${h.replications} replication(s), seed ${h.seed}, ${h.seconds.toFixed(1)} s; simulated: mean ± 95% half-width; * headline KPI`,
    '',
    `${'kpi'.padEnd(24)}${'scope'.padEnd(22)}${'observed'.padStart(12)}${'simulated'.padStart(24)}  verdict`,
  ];
  const weekly = new Map<string, { agree: number; total: number }>();
  for (const r of rows) {
    if (r.scope.startsWith('week:')) {
      const w = weekly.get(r.kpi) ?? { agree: 0, total: 0 };
      w.total++;
      if (r.verdict === 'agree') w.agree++;
      weekly.set(r.kpi, w);
      continue;
    }
    const sim = Number.isFinite(r.halfWidth)
      ? `${show(r.simulated, r.unit)} ± ${show(r.halfWidth, r.unit)}`
      : show(r.simulated, r.unit);
    lines.push(
      `${`${r.headline ? '* ' : '  '}${r.kpi}`.padEnd(24)}${r.scope.padEnd(22)}${show(r.observed, r.unit).padStart(12)}${sim.padStart(24)}  ${r.verdict}`,
    );
  }
  for (const [kpi, w] of weekly)
    lines.push(`  ${kpi} per week: ${w.agree} of ${w.total} weeks agree (each in backtest.csv)`);
  lines.push(
    '',
    'shares in %, times in hours, arrivals and backlog in cases, emd.arrivalHourOfWeek in hours',
  );
  return `${lines.join('\n')}\n`;
}

/** A value in the table's units: shares in percent, minutes as hours. */
function show(x: number, unit: string): string {
  if (!Number.isFinite(x)) return '-';
  if (unit === 'share') return `${(100 * x).toFixed(1)}%`;
  if (unit === 'minutes') return (x / 60).toFixed(2);
  return Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(2);
}
