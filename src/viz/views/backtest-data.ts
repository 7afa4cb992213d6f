import type { KpiRow } from '../../sim/index.js';

/** One row of a fit's backtest.csv (`kpi,scope,observed,simulated,halfWidth,verdict`); times in minutes. */
export interface BacktestRow {
  readonly kpi: string;
  readonly scope: string;
  /** NaN where the history has no value (the distances). */
  readonly observed: number;
  readonly simulated: number;
  readonly halfWidth: number;
  /** `agree`, `disagree` or `info`. */
  readonly verdict: string;
}

/** The header tiersim fit writes; a file without it is not a backtest. */
export const BACKTEST_HEADER = 'kpi,scope,observed,simulated,halfWidth,verdict';

/**
 * Reads a backtest.csv as tiersim fit writes it. Throws an Error naming the row (1-based, the
 * header is row 1) when a row does not have six cells or a number is not one.
 */
export function parseBacktestCsv(text: string): BacktestRow[] {
  const lines = text.replace(/\r\n?/g, '\n').trimEnd().split('\n');
  if (lines[0]?.replace(/^\uFEFF/, '') !== BACKTEST_HEADER)
    throw new Error(`row 1: expected the header "${BACKTEST_HEADER}" of a tiersim fit backtest.csv`);
  return lines.slice(1).map((line, i) => {
    const cells = line.split(',');
    if (cells.length !== 6) throw new Error(`row ${i + 2}: expected 6 cells, got ${cells.length}`);
    const number = (cell: string, what: string): number => {
      if (cell === '') return NaN;
      const value = Number(cell);
      if (!Number.isFinite(value)) throw new Error(`row ${i + 2}: ${what} "${cell}" is not a number`);
      return value;
    };
    return {
      kpi: cells[0],
      scope: cells[1],
      observed: number(cells[2], 'observed'),
      simulated: number(cells[3], 'simulated'),
      halfWidth: number(cells[4], 'halfWidth'),
      verdict: cells[5],
    };
  });
}

/** A value with its 95% half-width (NaN: none). */
export interface Estimate {
  readonly mean: number;
  readonly halfWidth: number;
}

/** One KPI of the backtest, observed beside simulated: by `tiersim fit`, and by the page's own run. */
export interface BacktestPoint {
  readonly kpi: string;
  readonly scope: string;
  /** Shares in [0, 1]; times in hours. */
  readonly observed: number;
  readonly fit: Estimate;
  readonly verdict: string;
  /** The same KPI from the run on this page (after any edit), or null when the run has no such figure. */
  readonly now: Estimate | null;
}

/** A week of arrivals or backlog: observed against the fit's simulation. */
export interface WeekPoint {
  /** Monday of the week, `YYYY-MM-DD`. */
  readonly week: string;
  readonly observed: number;
  readonly fit: Estimate;
  readonly verdict: string;
}

/** What the backtest view draws. */
export interface BacktestData {
  readonly shares: readonly BacktestPoint[];
  readonly times: readonly BacktestPoint[];
  readonly arrivals: readonly WeekPoint[];
  readonly backlog: readonly WeekPoint[];
}

const MINUTES_PER_HOUR = 60;

/**
 * The backtest's shares (tier reach, coming back down, severity mix) and time quantiles
 * (resolution and first response, hours), each beside the same figure of the page's run where it
 * has one (`kpis`, null before a run), and its weeks (arrivals, backlog).
 */
export function prepareBacktest(rows: readonly BacktestRow[], kpis: readonly KpiRow[] | null): BacktestData {
  const run = new Map((kpis ?? []).map((k) => [`${k.kpi}|${k.scope}`, k]));
  const kpi = (name: string, scope: string) => run.get(`${name}|${scope}`);
  const nowOf = (r: BacktestRow): Estimate | null => {
    if (kpis === null) return null;
    if (r.kpi === 'reached.share') {
      const k = kpi('reached.share', r.scope);
      return k ? { mean: k.mean, halfWidth: k.halfWidth } : null;
    }
    if (r.kpi === 'severity.share') {
      // The run's mix is its arrivals by severity over all arrivals (the interval is not known).
      const part = kpi('arrivals', r.scope);
      const all = kpi('arrivals', 'all');
      return part && all && all.mean > 0 ? { mean: part.mean / all.mean, halfWidth: NaN } : null;
    }
    if (/^(resolution|firstResponse)\.p\d+$/.test(r.kpi)) {
      const k = kpi(r.kpi, r.scope);
      return k ? { mean: k.mean / MINUTES_PER_HOUR, halfWidth: k.halfWidth / MINUTES_PER_HOUR } : null;
    }
    return null;
  };
  const point = (r: BacktestRow, scale: number): BacktestPoint => {
    const now = nowOf(r);
    return {
      kpi: r.kpi,
      scope: r.scope,
      observed: r.observed / scale,
      fit: { mean: r.simulated / scale, halfWidth: r.halfWidth / scale },
      verdict: r.verdict,
      now,
    };
  };
  const weeks = (name: string): WeekPoint[] =>
    rows
      .filter((r) => r.kpi === name && r.scope.startsWith('week:'))
      .map((r) => ({
        week: r.scope.slice('week:'.length),
        observed: r.observed,
        fit: { mean: r.simulated, halfWidth: r.halfWidth },
        verdict: r.verdict,
      }));
  return {
    shares: rows
      .filter((r) => ['reached.share', 'returned.share', 'severity.share'].includes(r.kpi))
      .map((r) => point(r, 1)),
    times: rows
      .filter((r) => /^(resolution|firstResponse)\.p\d+$/.test(r.kpi) && Number.isFinite(r.observed))
      .map((r) => point(r, MINUTES_PER_HOUR)),
    arrivals: weeks('arrivals'),
    backlog: weeks('backlog'),
  };
}

/** A KPI's name in words: `reached.share tier:problemControl` → `reach Problem Control`. */
export function backtestLabel(p: { kpi: string; scope: string }): string {
  const scope = p.scope.replace(/^(tier|severity|week):/, '');
  const words: Record<string, string> = {
    router: 'router',
    se: 'SE tier',
    pods: 'pods',
    beta: 'beta desk',
    problemControl: 'Problem Control',
    escalation: 'escalation engineer',
    all: 'all',
  };
  if (p.kpi === 'reached.share') return `reach ${words[scope] ?? scope}`;
  if (p.kpi === 'returned.share') return 'came back down';
  if (p.kpi === 'severity.share') return `severity ${scope}`;
  const [measure, quantile] = p.kpi.split('.');
  const what = measure === 'resolution' ? 'resolution' : 'first response';
  return `${what} ${quantile}${scope === 'all' ? '' : ` · ${scope}`}`;
}
