import { traceDetail, type TraceRow } from '../model/trace.js';
import type { KpiRow, RunSummary } from './replicate.js';
import { SERIES_METRICS } from './timeseries.js';

/** A number as written in CSV/JSON outputs: 10 significant digits; '' for NaN. Deterministic. */
export function formatNumber(x: number): string {
  // NOTE: two fast paths give the same text as the rule on the last line, which costs about
  // 0.6 µs a number (a million-row time series is written at the speed of the simulation). A
  // whole number below 1e10 has at most 10 digits, so rounding leaves it as it is. A normal
  // number whose shortest round-trip form has at most 10 significant digits is the only 10-digit
  // decimal within half an ulp of it (10-digit decimals are ~1e-9 apart, ulps ~1e-16), so
  // rounding to 10 digits gives that same form back.
  if (Number.isInteger(x) && x < 1e10 && x > -1e10) return String(x);
  if (Number.isNaN(x)) return '';
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity';
  if (Math.abs(x) >= 1e-300) {
    const shortest = String(x);
    if (significantDigits(shortest) <= 10) return shortest;
  }
  return String(Number(x.toPrecision(10)));
}

/** Digits of a number's text from its first non-zero digit to the end of the mantissa. */
function significantDigits(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 101 /* e */) break;
    if (c >= 49 /* 1 */ && c <= 57 /* 9 */) count++;
    else if (c === 48 /* 0 */ && count > 0) count++;
  }
  return count;
}

/** Starts of a cell that a spreadsheet runs as a formula (OWASP's CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A number as the outputs write it (formatNumber): `-1.5`, `-3e-5`, `+2`, `-Infinity`. Data, never a formula. */
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$|^-?Infinity$/i;

/**
 * A CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180), or a semicolon
 * or tab (so that a spreadsheet that splits on those keeps it one cell). A text that a
 * spreadsheet would run as a formula, one starting with `= + - @`, a tab or a carriage return
 * (a file named `=HYPERLINK(...).json`), is neutralised as OWASP advises: quoted, with a `'`
 * before it, so that it shows as the text it is. Numbers (`-1.5`, `-3e-5`) stay numbers.
 */
export function csvField(s: string): string {
  if (FORMULA_START.test(s) && !NUMBER.test(s)) return `"'${s.replace(/"/g, '""')}"`;
  return /[",\n\r;\t]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV text: the header, then one line per row, each field quoted as needed; ends with a newline. */
export function csvTable(header: readonly string[], rows: Iterable<readonly string[]>): string {
  const lines = [header.map(csvField).join(',')];
  for (const r of rows) lines.push(r.map(csvField).join(','));
  return lines.join('\n') + '\n';
}

/** The columns of a KPI row in every CSV that lists KPIs (kpis.csv, index.csv, sweep.csv). */
export const KPI_COLUMNS = ['kpi', 'scope', 'mean', 'halfWidth', 'replications', 'unit'] as const;

/** The cells of {@link KPI_COLUMNS} for one KPI row. */
export function kpiCells(k: KpiRow): string[] {
  return [k.kpi, k.scope, formatNumber(k.mean), formatNumber(k.halfWidth), String(k.replications), k.unit];
}

/** `kpis.csv`: `kpi,scope,mean,halfWidth,replications,unit`, one row per KPI and scope. */
export function kpisCsv(summary: RunSummary): string {
  return csvTable([...KPI_COLUMNS], summary.kpis.map(kpiCells));
}

/**
 * `timeseries.csv`: one row per hour and pool, the mean over replications of the hourly samples
 * (`hour` counts from the start of the run, warm-up included; `day` and `hourOfDay` from Monday 00:00).
 */
export function timeseriesCsv(summary: RunSummary): string {
  return [...timeseriesCsvChunks(summary)].join('');
}

/**
 * {@link timeseriesCsv} in pieces of `rowsPerChunk` rows (default 2,048, about 60 kB), to write to
 * a file without holding the whole text: joined, the pieces are exactly `timeseriesCsv(summary)`.
 * The first piece starts with the header.
 */
export function timeseriesCsvChunks(summary: RunSummary, rowsPerChunk = 2048): Generator<string> {
  return timeseriesCsvFromBlocks(summary.series.pools, [summary.series.values], rowsPerChunk);
}

/**
 * {@link timeseriesCsvChunks} of a mean series given a block of whole hours at a time (each
 * block the values of the hours that follow the previous block's, in the order of
 * HourlySeries.values), so that the series of a long run can be averaged and written from disk
 * without being held: the pieces are the same text as for the whole series at once.
 */
export function* timeseriesCsvFromBlocks(
  poolNames: readonly string[],
  blocks: Iterable<ArrayLike<number>>,
  rowsPerChunk = 2048,
): Generator<string> {
  const pools = poolNames.map(csvField);
  const metrics = SERIES_METRICS.length;
  // Averages over replications repeat (k / replications), and formatting a fraction costs
  // ten times a lookup; whole numbers are cheaper still.
  const known = new Map<number, string>();
  const cell = (x: number): string => {
    if (Number.isInteger(x) && x < 1e10 && x > -1e10) return String(x);
    let text = known.get(x);
    if (text === undefined) {
      text = formatNumber(x);
      if (known.size < 65_536) known.set(x, text);
    }
    return text;
  };
  // Rows are joined per chunk, which yields flat strings: appending them one by one to a
  // string would keep every row's pieces alive until the end.
  let rows = [['hour', 'day', 'hourOfDay', 'pool', ...SERIES_METRICS].join(',')];
  let h = 0;
  const perHour = pools.length * metrics;
  for (const values of blocks) {
    if (perHour === 0) continue;
    // Rows in the order of HourlySeries.values: hour, then pool, then metric.
    for (let i = 0; i + perHour <= values.length; h++) {
      const hour = `${h},${Math.floor(h / 24)},${h % 24},`;
      for (let p = 0; p < pools.length; p++) {
        let row = hour + pools[p];
        for (let m = 0; m < metrics; m++) row += ',' + cell(values[i++]);
        rows.push(row);
      }
      if (rows.length >= rowsPerChunk) {
        yield rows.join('\n') + '\n';
        rows = [];
      }
    }
  }
  if (rows.length > 0) yield rows.join('\n') + '\n';
}

/** `flows.csv`: mean cases per replication moving between two stages after the warm-up. */
export function flowsCsv(summary: RunSummary): string {
  return csvTable(
    ['from', 'to', 'count'],
    summary.flows.map((f) => [f.from, f.to, formatNumber(f.count)]),
  );
}

/** The columns of `trace.csv`. */
const TRACE_COLUMNS = ['at', 'caseId', 'event', 'place', 'engineer', 'detail'] as const;

/**
 * `trace.csv`: one row per state change of each case (first replication); `detail` is the row's
 * typed facts as text (see {@link traceDetail}). A long trace is better written in pieces:
 * {@link traceCsvHeader}, then {@link traceCsvLines} of each chunk of rows, give the same text.
 */
export function traceCsv(trace: readonly TraceRow[]): string {
  return traceCsvHeader() + traceCsvLines(trace);
}

/** The header line of `trace.csv`, with its newline. */
export function traceCsvHeader(): string {
  return TRACE_COLUMNS.join(',') + '\n';
}

/** The lines of `trace.csv` for some of its rows, each ending with a newline. */
export function traceCsvLines(rows: readonly TraceRow[]): string {
  const lines: string[] = [];
  for (const t of rows) {
    const cells = [formatNumber(t.at), String(t.caseId), t.event, t.place, t.engineer, traceDetail(t)];
    lines.push(cells.map(csvField).join(',') + '\n');
  }
  return lines.join('');
}

/**
 * `summary.json`: the run's identity, SLA checks, KPIs and flows (NaN written as null). `extra`
 * holds fields its writer adds after `warnings` (the CLI's `precision` verdict); default none.
 */
export function summaryJson(summary: RunSummary, extra: Readonly<Record<string, unknown>> = {}): string {
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
        unstablePools: summary.unstable.map((u) => ({
          pool: u.pool,
          offeredHoursPerWeek: num(u.offeredHoursPerWeek),
          availableHoursPerWeek: num(u.availableHoursPerWeek),
          busyHoursPerWeek: num(u.busyHoursPerWeek),
          utilisation: num(u.utilisation),
          backlogAtStart: num(u.backlogAtStart),
          backlogAtEnd: num(u.backlogAtEnd),
          warning: u.warning,
        })),
        ...extra,
        sla: summary.sla.map((s) => ({ ...s, attainment: num(s.attainment), halfWidth: num(s.halfWidth) })),
        kpis: summary.kpis.map((k) => ({ ...k, mean: num(k.mean), halfWidth: num(k.halfWidth) })),
        flows: summary.flows.map((f) => ({ ...f, count: num(f.count) })),
      },
      null,
      2,
    ) + '\n'
  );
}
