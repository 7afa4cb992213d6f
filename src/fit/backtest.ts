import { confidenceInterval, kpiKey, SEVERITIES, tQuantile975 } from '../sim/index.js';
import { HISTORY_TIERS, type History } from './case-history.js';
import { circularEmd, wasserstein1 } from './distance.js';
import { MINUTES_PER_DAY, MINUTES_PER_WEEK } from './estimate-arrivals.js';
import type { ObservedHistory } from './observed.js';
import { DurationCollector, type DurationsBySeverity } from './observed-durations.js';
import { historyDurations, quantileStandardError, type HistoryDurations } from './quantile-error.js';
import type { SimulatedCases } from './simulated-cases.js';

/** What one replication of the fitted scenario gave: its KPIs and its cases (from its trace). */
export interface SimulatedReplication {
  readonly kpis: ReadonlyMap<string, number>;
  readonly cases: SimulatedCases;
}

/** `agree`/`disagree` by {@link VERDICT_RULE}; `info` for distances (no test); `n/a` when a side has no value. */
export type Verdict = 'agree' | 'disagree' | 'info' | 'n/a';

/** One compared KPI: a row of backtest.csv (`kpi,scope,observed,simulated,halfWidth,verdict`). */
export interface BacktestRow {
  readonly kpi: string;
  readonly scope: string;
  readonly observed: number;
  /** The history's own sampling error of `observed` (NaN: not estimated, counted as 0). */
  readonly observedSe: number;
  /** Mean over replications, and its 95% confidence half-width (Student t; NaN with one replication). */
  readonly simulated: number;
  readonly halfWidth: number;
  readonly replications: number;
  readonly verdict: Verdict;
  /** Counts for the exit code: every headline KPI must agree. */
  readonly headline: boolean;
  readonly unit: string;
}

/** The verdict rule, in words (fit-report.json and the README quote it). */
export const VERDICT_RULE =
  "agree when |observed − simulated| <= 1.96 · √(se_sim² + se_obs²), where se_sim = halfWidth / t(0.975, replications − 1) is the standard error of the simulated mean and se_obs the history's own sampling error (binomial for shares, Poisson or between-week for arrivals, the order-statistic interval for quantiles, between-week for the backlog)";

/** Severities need this many observed cases for their resolution median to be a headline KPI. */
const MIN_CASES_FOR_HEADLINE = 30;

/**
 * Compares what the history shows (`observed`, over its arrival window [fromAt, toAt)) with the
 * replications of the fitted scenario, KPI by KPI: weekly arrivals (mean and each week), the
 * share of cases reaching each tier the history shows, the severity mix, resolution and
 * first-response quantiles (Kaplan–Meier on both sides), the daily backlog (mean and each
 * week's), and the earth mover's distances between cycle-time distributions and between
 * hour-of-week arrival distributions (Simod's measures; reported, not judged).
 */
export function backtest(
  history: History,
  observed: ObservedHistory,
  sims: readonly SimulatedReplication[],
  options: { readonly hasRouter: boolean },
): BacktestRow[] {
  const rows: BacktestRow[] = [];
  const row = (
    kpi: string,
    scope: string,
    obs: number,
    obsSe: number,
    simValues: readonly number[],
    headline: boolean,
    unit: string,
  ): void => {
    const ci = confidenceInterval(simValues.filter((v) => Number.isFinite(v)));
    const simulated = ci.n > 0 ? ci.mean : NaN;
    rows.push({
      kpi,
      scope,
      observed: obs,
      observedSe: obsSe,
      simulated,
      halfWidth: ci.halfWidth,
      replications: ci.n,
      verdict: verdictOf(obs, obsSe, simulated, ci.halfWidth, ci.n),
      headline,
      unit,
    });
  };
  const kpi = (name: string, scope: string) => sims.map((s) => s.kpis.get(kpiKey(name, scope)) ?? NaN);
  const { fromAt, toAt } = observed;
  const weeks = (toAt - fromAt) / MINUTES_PER_WEEK;
  const origin = Date.parse(`${history.origin}Z`);
  const weekName = (at: number) => `week:${new Date(origin + at * 60_000).toISOString().slice(0, 10)}`;

  // Arrivals: the weekly mean, then each week.
  const whole = observed.weeklyArrivals.filter((w) => w.days >= 7 - 1e-9).map((w) => w.arrivals);
  row(
    'arrivals.perWeek',
    'all',
    observed.cases / weeks,
    whole.length >= 3 ? sd(whole) / Math.sqrt(whole.length) : Math.sqrt(observed.cases) / weeks,
    sims.map((s) => s.cases.arrivals / weeks),
    true,
    'cases',
  );

  // Reach, severity mix.
  if (history.mapped?.tier !== false) {
    for (const tier of HISTORY_TIERS) {
      // Without routers in the history, the fitted router is a pass-through desk every case crosses.
      if (tier === 'router' && !options.hasRouter) continue;
      const o = observed.reached[tier];
      const sim = kpi('reached.share', `tier:${tier}`);
      const shown = o.count > 0;
      if (!shown && sim.every((v) => !(v > 0))) continue;
      row('reached.share', `tier:${tier}`, o.share, o.standardError, sim, shown, 'share');
    }
  }
  // Coming back down: shown when the history or the simulation has it.
  if (history.mapped?.tier !== false) {
    const sim = sims.map((s) => s.cases.returned / s.cases.arrivals);
    const o = observed.returned;
    if (o.count > 0 || sim.some((v) => v > 0))
      row('returned.share', 'all', o.share, o.standardError, sim, o.count > 0, 'share');
  }
  if (history.mapped?.severity !== false && observed.severityUnknown < observed.cases) {
    const all = kpi('arrivals', 'all');
    for (const s of SEVERITIES) {
      const o = observed.severityMix[s];
      const sim = kpi('arrivals', `severity:${s}`).map((v, i) => v / all[i]);
      row('severity.share', `severity:${s}`, o.share, o.standardError, sim, true, 'share');
    }
  }

  // Resolution and first response, all and by severity.
  const durations = historyDurations(history, fromAt, toAt, options.hasRouter);
  // tiersim's first response is an engineer's first session, not a router's triage.
  const firstResponse = options.hasRouter ? summarise(durations.firstResponse) : observed.firstResponse;
  for (const [name, summary, samples, known] of [
    ['resolution', observed.resolution, durations.resolution, true],
    ['firstResponse', firstResponse, durations.firstResponse, history.mapped?.firstResponse !== false],
  ] as const) {
    if (!known) continue;
    for (const scope of ['all', ...SEVERITIES] as const) {
      const s = scope === 'all' ? summary.all : summary.severity[scope];
      const n = s.ended + s.censored;
      if (n === 0) continue;
      const kpiScope = scope === 'all' ? 'all' : `severity:${scope}`;
      const median = name === 'resolution' ? scope === 'all' || n >= MIN_CASES_FOR_HEADLINE : scope === 'all';
      row(
        `${name}.p50`,
        kpiScope,
        s.p50,
        quantileStandardError(samples[scope], 0.5),
        kpi(`${name}.p50`, kpiScope),
        median,
        'minutes',
      );
      row(
        `${name}.p90`,
        kpiScope,
        s.p90,
        quantileStandardError(samples[scope], 0.9),
        kpi(`${name}.p90`, kpiScope),
        false,
        'minutes',
      );
    }
  }

  // Backlog at each midnight of the window: its mean (headline), then each week's mean.
  const days = observed.backlog.map((b) => Math.round(b.at / MINUTES_PER_DAY) - 1);
  const simBacklog = (s: SimulatedReplication, d: number) => s.cases.backlogByDay[d] ?? NaN;
  const byWeek = new Map<number, number[]>();
  observed.backlog.forEach((b, i) => {
    const week = Math.floor((b.at - 1) / MINUTES_PER_WEEK);
    if (!byWeek.has(week)) byWeek.set(week, []);
    byWeek.get(week)!.push(i);
  });
  const weekMeans = [...byWeek.values()].map((idx) => mean(idx.map((i) => observed.backlog[i].open)));
  if (observed.backlog.length > 0)
    row(
      'backlog.mean',
      'all',
      mean(observed.backlog.map((b) => b.open)),
      weekMeans.length >= 3 ? sd(weekMeans) / Math.sqrt(weekMeans.length) : NaN,
      sims.map((s) => mean(days.map((d) => simBacklog(s, d)))),
      true,
      'cases',
    );

  // Each week: arrivals (Poisson error) and the mean backlog (Poisson error, as open cases of an M/G/∞ system).
  for (const w of observed.weeklyArrivals) {
    const week = Math.round(w.weekStartAt / MINUTES_PER_WEEK);
    row(
      'arrivals',
      weekName(w.weekStartAt),
      w.arrivals,
      Math.sqrt(w.arrivals),
      sims.map((s) => s.cases.weeklyCounts.get(week) ?? 0),
      false,
      'cases',
    );
  }
  for (const [week, idx] of byWeek) {
    const o = mean(idx.map((i) => observed.backlog[i].open));
    const sim = sims.map((s) => mean(idx.map((i) => simBacklog(s, days[i]))));
    row('backlog', weekName(week * MINUTES_PER_WEEK), o, Math.sqrt(o), sim, false, 'cases');
  }

  // Simod's distances: reported with their spread over replications, not judged.
  const distance = (kpiName: string, unit: string, values: number[]) => {
    const ci = confidenceInterval(values.filter((v) => Number.isFinite(v)));
    rows.push({
      kpi: kpiName,
      scope: 'all',
      observed: NaN,
      observedSe: NaN,
      simulated: ci.n > 0 ? ci.mean : NaN,
      halfWidth: ci.halfWidth,
      replications: ci.n,
      verdict: 'info',
      headline: false,
      unit,
    });
  };
  distance(
    'emd.cycleTime',
    'minutes',
    sims.map((s) => wasserstein1(observed.cycleTimesMinutes, s.cases.cycleTimes)),
  );
  distance(
    'emd.arrivalHourOfWeek',
    'hours',
    sims.map((s) => circularEmd(observed.arrivalsByHourOfWeek, s.cases.hourOfWeekCounts)),
  );
  return rows;
}

/** Kaplan–Meier summaries of durations, all and by severity, as observed.ts makes them. */
function summarise(d: HistoryDurations['firstResponse']): DurationsBySeverity {
  const collector = new DurationCollector();
  d.all.minutes.forEach((m, i) => collector.add(m, d.all.censored[i], d.all.severity[i]));
  return collector.summary();
}

/** The verdict of one KPI (see {@link VERDICT_RULE}); `n/a` when either side has no value. */
export function verdictOf(
  observed: number,
  observedSe: number,
  simulated: number,
  halfWidth: number,
  replications: number,
): Verdict {
  if (!Number.isFinite(observed) || !Number.isFinite(simulated)) return 'n/a';
  const seSim =
    replications >= 2 && Number.isFinite(halfWidth) ? halfWidth / tQuantile975(replications - 1) : 0;
  const seObs = Number.isFinite(observedSe) ? observedSe : 0;
  const allowed = 1.96 * Math.sqrt(seSim * seSim + seObs * seObs);
  // Equal values agree even when neither side has an error (1e-9: rounding, never an effect).
  return Math.abs(observed - simulated) <= allowed + 1e-9 * Math.max(1, Math.abs(observed))
    ? 'agree'
    : 'disagree';
}

function mean(values: readonly number[]): number {
  const finite = values.filter((v) => Number.isFinite(v));
  return finite.length > 0 ? finite.reduce((a, b) => a + b, 0) / finite.length : NaN;
}

function sd(values: readonly number[]): number {
  const m = mean(values);
  return Math.sqrt(values.reduce((a, v) => a + (v - m) * (v - m), 0) / Math.max(1, values.length - 1));
}
