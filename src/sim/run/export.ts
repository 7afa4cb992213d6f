import { traceDetail, type TraceRow } from '../model/trace.js';
import type { RunSummary } from './replicate.js';
import { SERIES_METRICS } from './timeseries.js';

/** A number as written in CSV/JSON outputs: 10 significant digits; '' for NaN. Deterministic. */
export function formatNumber(x: number): string {
  if (Number.isNaN(x)) return '';
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity';
  return String(Number(x.toPrecision(10)));
}

/** A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
export function csvField(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV text: the header, then one line per row, each field quoted as needed; ends with a newline. */
export function csvTable(header: readonly string[], rows: Iterable<readonly string[]>): string {
  const lines = [header.join(',')];
  for (const r of rows) lines.push(r.map(csvField).join(','));
  return lines.join('\n') + '\n';
}

/** `kpis.csv`: `kpi,scope,mean,halfWidth,replications,unit`, one row per KPI and scope. */
export function kpisCsv(summary: RunSummary): string {
  return csvTable(
    ['kpi', 'scope', 'mean', 'halfWidth', 'replications', 'unit'],
    summary.kpis.map((k) => [
      k.kpi,
      k.scope,
      formatNumber(k.mean),
      formatNumber(k.halfWidth),
      String(k.replications),
      k.unit,
    ]),
  );
}

/**
 * `timeseries.csv`: one row per hour and pool, the mean over replications of the hourly samples
 * (`hour` counts from the start of the run, warm-up included; `day` and `hourOfDay` from Monday 00:00).
 */
export function timeseriesCsv(summary: RunSummary): string {
  const s = summary.series;
  const rows: string[][] = [];
  for (let h = 0; h < s.hours; h++) {
    for (let p = 0; p < s.pools.length; p++) {
      const row = [String(h), String(Math.floor(h / 24)), String(h % 24), s.pools[p]];
      for (let m = 0; m < SERIES_METRICS.length; m++) row.push(formatNumber(s.get(h, p, m)));
      rows.push(row);
    }
  }
  return csvTable(['hour', 'day', 'hourOfDay', 'pool', ...SERIES_METRICS], rows);
}

/** `flows.csv`: mean cases per replication moving between two stages after the warm-up. */
export function flowsCsv(summary: RunSummary): string {
  return csvTable(
    ['from', 'to', 'count'],
    summary.flows.map((f) => [f.from, f.to, formatNumber(f.count)]),
  );
}

/**
 * `trace.csv`: one row per state change of each case (first replication); `detail` is the row's
 * typed facts as text (see {@link traceDetail}).
 */
export function traceCsv(trace: readonly TraceRow[]): string {
  return csvTable(
    ['at', 'caseId', 'event', 'place', 'engineer', 'detail'],
    trace.map((t) => [formatNumber(t.at), String(t.caseId), t.event, t.place, t.engineer, traceDetail(t)]),
  );
}

/** `summary.json`: the run's identity, SLA checks, KPIs and flows (NaN written as null). */
export function summaryJson(summary: RunSummary): string {
  const num = (x: number): number | null => (Number.isFinite(x) ? Number(x.toPrecision(10)) : null);
  return (
    JSON.stringify(
      {
        scenario: summary.scenario,
        seed: summary.seed,
        replications: summary.replications,
        days: summary.days,
        warmupDays: summary.warmupDays,
        warnings: summary.warnings,
        sla: summary.sla.map((s) => ({ ...s, attainment: num(s.attainment), halfWidth: num(s.halfWidth) })),
        kpis: summary.kpis.map((k) => ({ ...k, mean: num(k.mean), halfWidth: num(k.halfWidth) })),
        flows: summary.flows.map((f) => ({ ...f, count: num(f.count) })),
      },
      null,
      2,
    ) + '\n'
  );
}
