import { CONTRACTS, SEVERITIES, type Contract, type Scenario, type Severity } from '../scenario/index.js';
import { confidenceInterval } from '../stats/index.js';
import type { TraceRow } from '../model/trace.js';
import { kpiUnit } from './kpi-catalogue.js';
import { kpiKey, splitKpiKey } from './kpi-key.js';
import { simulateReplication, type ReplicationResult } from './simulate.js';
import { meanProfile, type ResponseProfile } from './response-profile.js';
import { unstablePools, type UnstablePool } from './stability.js';
import { HourlySeries } from './timeseries.js';
import { timeOfWeek, type TimeOfWeek } from './time-of-week.js';

/** One row of `kpis.csv`: mean over replications and the 95% Student-t half-width. */
export interface KpiRow {
  readonly kpi: string;
  readonly scope: string;
  readonly mean: number;
  /** NaN with fewer than two replications. */
  readonly halfWidth: number;
  readonly replications: number;
  readonly unit: string;
}

/**
 * A first-response target and whether its attainment meets the goal: a severity's (scope
 * `severity:A`), or a contract's own target for a severity (`contract` set, scope
 * `severity:A/contract:tier3`).
 */
export interface SlaCheck {
  readonly severity: Severity;
  /** The contract whose own target this is; absent for a severity's target. */
  readonly contract?: Contract;
  readonly targetMinutes: number;
  readonly goal: number;
  readonly attainment: number;
  readonly halfWidth: number;
  /** Mean attainment >= goal (NaN attainment, e.g. no cases of that severity, counts as met). */
  readonly met: boolean;
}

/** Mean flow between two stages per replication (after the warm-up). */
export interface FlowRow {
  readonly from: string;
  readonly to: string;
  readonly count: number;
}

/** The result of a run: every replication summarised. */
export interface RunSummary {
  readonly scenario: string;
  readonly seed: number;
  readonly replications: number;
  readonly days: number;
  readonly warmupDays: number;
  readonly kpis: KpiRow[];
  /** The severities' targets (A, B, C), then the contracts' own (see SlaCheck). */
  readonly sla: SlaCheck[];
  /** Mean over replications of the hourly series. */
  readonly series: HourlySeries;
  readonly flows: FlowRow[];
  /** Trace of the first replication, when asked for. */
  readonly trace: TraceRow[] | null;
  /** Kernel events and cases generated, summed over replications (warm-up included). */
  readonly events: number;
  readonly casesGenerated: number;
  /** Mean over replications of the first-response percentiles per severity (see response-profile.ts). */
  readonly responseProfile: ResponseProfile;
  /** Service, load and people by the hour of the week (for the time-of-week view; not in summary.json). */
  readonly timeOfWeek: TimeOfWeek;
  /** Pools that cannot keep up with their cases (see {@link unstablePools}); empty when all keep up. */
  readonly unstable: UnstablePool[];
  /** Checks every run makes that failed (unstable pools, Little's law per pool); empty when all is well. */
  readonly warnings: string[];
}

/** Largest `little.relativeGap` accepted: the identity is exact, so anything above is rounding's. */
const LITTLE_TOLERANCE = 1e-6;

/** Options of {@link runScenario}. */
export interface RunOptions {
  /** Record the trace of the first replication. Default false. */
  readonly trace?: boolean;
  /** Progress: replications done and the share of the current one. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Runs every replication of a scenario in turn and summarises them. */
export function runScenario(scenario: Scenario, options: RunOptions = {}): RunSummary {
  const results: ReplicationResult[] = [];
  const total = scenario.replications;
  for (let r = 0; r < total; r++) {
    results.push(
      simulateReplication(scenario, {
        replication: r,
        trace: options.trace === true && r === 0,
        onDay: (share) => options.onProgress?.(r + share, total),
      }),
    );
  }
  return summarise(scenario, results);
}

/** The KPI rows of replications: each key's mean and 95% half-width, keys in order of first appearance. */
export function kpiRows(results: readonly ReplicationResult[]): KpiRow[] {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const r of results) {
    for (const k of r.kpis.keys()) {
      if (!seen.has(k)) {
        seen.add(k);
        keys.push(k);
      }
    }
  }
  return keys.map((key) => {
    const { kpi, scope } = splitKpiKey(key);
    const ci = confidenceInterval(results.map((r) => r.kpis.get(key) ?? NaN));
    return {
      kpi,
      scope,
      mean: ci.n > 0 ? ci.mean : NaN,
      halfWidth: ci.halfWidth,
      replications: ci.n,
      unit: kpiUnit(kpi),
    };
  });
}

/**
 * Summarises replications (in replication order) into KPI rows with confidence intervals, SLA
 * checks, mean series and flows. Replications can come from anywhere (a worker, another machine).
 */
export function summarise(scenario: Scenario, results: readonly ReplicationResult[]): RunSummary {
  const kpis = kpiRows(results);
  const byKey = new Map(kpis.map((row) => [kpiKey(row.kpi, row.scope), row]));
  const check = (
    severity: Severity,
    contract: Contract | undefined,
    scope: string,
    targetMinutes: number,
  ): SlaCheck => {
    const row = byKey.get(kpiKey('sla.attainment', scope));
    const attainment = row?.mean ?? NaN;
    return {
      severity,
      ...(contract === undefined ? {} : { contract }),
      targetMinutes,
      goal: scenario.sla.goal,
      attainment,
      halfWidth: row?.halfWidth ?? NaN,
      met: Number.isNaN(attainment) || attainment >= scenario.sla.goal,
    };
  };
  const sla: SlaCheck[] = SEVERITIES.map((severity) =>
    check(severity, undefined, `severity:${severity}`, scenario.sla.firstResponse[severity]),
  );
  // Then every contract's own targets, severity first like their scopes.
  for (const severity of SEVERITIES) {
    for (const contract of CONTRACTS) {
      const own = scenario.sla.firstResponseByContract[contract][severity];
      if (own !== null) sla.push(check(severity, contract, `severity:${severity}/contract:${contract}`, own));
    }
  }
  const first = results[0];
  const series = new HourlySeries(first.series.pools, first.series.hours);
  for (const r of results) series.addScaled(r.series, 1 / results.length);
  const names = first.stageNames;
  const n = names.length;
  const flows: FlowRow[] = [];
  for (let from = 0; from < n; from++) {
    for (let to = 0; to < n; to++) {
      let sum = 0;
      for (const r of results) sum += r.flows[from * n + to];
      if (sum > 0) flows.push({ from: names[from], to: names[to], count: sum / results.length });
    }
  }
  const unstable = unstablePools(scenario, kpis);
  const little = kpis
    .filter((k) => k.kpi === 'little.relativeGap' && k.mean > LITTLE_TOLERANCE)
    .map(
      (k) =>
        `Little's law does not hold for ${k.scope}: queue-length area and time in queue differ by ${(k.mean * 100).toPrecision(3)}%`,
    );
  return {
    scenario: scenario.name,
    seed: scenario.seed,
    replications: results.length,
    days: scenario.horizon.days,
    warmupDays: scenario.horizon.warmupDays,
    kpis,
    sla,
    series,
    flows,
    trace: first.trace,
    events: results.reduce((a, r) => a + r.events, 0),
    casesGenerated: results.reduce((a, r) => a + r.casesGenerated, 0),
    responseProfile: meanProfile(results.map((r) => r.responseProfile)),
    timeOfWeek: timeOfWeek(scenario, results, series),
    unstable,
    warnings: [...unstable.map((u) => u.warning), ...little],
  };
}
