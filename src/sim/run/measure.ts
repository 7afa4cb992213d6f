import { CONTRACTS, SEVERITIES, type Scenario, type Severity } from '../scenario/index.js';
import type { Job } from '../model/job-queue.js';
import { TIERS } from '../model/ladder.js';
import type { Org } from '../model/org.js';
import type { Pool } from '../model/pool.js';
import { PERIODS } from '../model/business-week.js';
import type { CaseScope } from '../model/case-scope.js';
import { OpenCases } from '../model/open-cases.js';
import type { Recorder } from '../model/recorder.js';
import { KaplanMeier } from '../stats/index.js';
import { MINUTES_PER_WEEK } from '../units.js';
import { roleCostPerWeek, roleLoads } from './cost.js';
import { kpiKey } from './kpi-key.js';
import { SERIES_METRICS, type HourlySeries } from './timeseries.js';
import { poolKpis, poolTotals, type PoolTotals } from './pool-measures.js';

/**
 * The KPIs of one replication (keys `kpi|scope`, MODEL.md's names), computed from the records
 * over the measured window [warm-up end, end of run].
 */
export function measureReplication(
  scenario: Scenario,
  org: Org,
  recorder: Recorder,
  reporting: ReadonlyMap<string, ReadonlyArray<Pool<Job>>>,
  warmupAt: number,
  endAt: number,
  /** This replication's hourly series (for the backlog's growth). */
  series: HourlySeries,
): Map<string, number> {
  const out = new Map<string, number>();
  const put = (kpi: string, scope: string, value: number): void => {
    out.set(kpiKey(kpi, scope), value);
  };
  const window = endAt - warmupAt;

  // Cases.
  const all = recorder.scope();
  const anyTarget = recorder.hasResolutionTargets;
  const hasTarget = (sev: Severity): boolean => scenario.sla.resolution[sev] !== null;
  caseKpis(all, 'all', anyTarget, put);
  for (const sev of SEVERITIES) caseKpis(recorder.scope(sev), `severity:${sev}`, hasTarget(sev), put);
  for (const con of CONTRACTS) caseKpis(recorder.scope(undefined, con), `contract:${con}`, anyTarget, put);
  for (const period of PERIODS)
    caseKpis(recorder.scope(undefined, undefined, period), `period:${period}`, anyTarget, put);
  for (const sev of SEVERITIES) {
    for (const period of PERIODS)
      caseKpis(
        recorder.scope(sev, undefined, period),
        `severity:${sev}/period:${period}`,
        hasTarget(sev),
        put,
      );
  }
  // Every severity x contract cell (a contract's promise is per severity: SLA goals read these).
  for (const sev of SEVERITIES) {
    for (const con of CONTRACTS)
      caseKpis(recorder.scope(sev, con), `severity:${sev}/contract:${con}`, hasTarget(sev), put);
  }
  scenario.specialties.forEach((name, i) =>
    caseKpis(recorder.specialtyScope(i), `specialty:${name}`, anyTarget, put),
  );
  TIERS.forEach((tier, i) => put('reached.share', `tier:${tier}`, share(all.reached[i], all.arrivals)));

  // Pools.
  const totals = new Map<string, PoolTotals>();
  for (const [name, pools] of reporting) {
    const t = poolTotals(name, pools, endAt);
    totals.set(name, t);
    for (const [kpi, value] of poolKpis(t, window)) put(kpi, `pool:${name}`, value);
  }
  backlogKpis(recorder, [...reporting.keys()], series, warmupAt, put);
  const router = totals.get('router')!;
  put('abandoned.share', 'pool:router', share(recorder.abandoned, router.joins));
  // Only with retrial, so that a scenario without it reports what it reported before callbacks.
  if (scenario.pools.router.retrial !== null)
    put('callback.share', 'pool:router', share(recorder.calledBack, recorder.abandoned));

  // Escalations and hotfixes.
  put('escalations', 'reason:difficulty', recorder.escalations.difficulty);
  put('escalations', 'reason:age', recorder.escalations.age);
  put('hotfixes.requested', 'all', recorder.hotfixes);

  // Headcount and cost.
  const loads = roleLoads(scenario, totals, window);
  let perWeek = 0;
  for (const load of loads) {
    const cost = roleCostPerWeek(scenario, load);
    perWeek += cost;
    put('headcount', `role:${load.role}`, load.headcount);
    put('cost.perWeek', `role:${load.role}`, cost);
  }
  put(
    'headcount',
    'all',
    loads.reduce((a, l) => a + l.headcount, 0),
  );
  put('cost.perWeek', 'all', perWeek);
  const resolvedInWindow = resolvedFlows(recorder, org);
  put(
    'cost.perCase',
    'all',
    resolvedInWindow > 0 ? (perWeek * window) / MINUTES_PER_WEEK / resolvedInWindow : NaN,
  );
  return out;
}

/** The case KPIs of a scope; `resolutionTarget`: some of its cases have one, so `resolutionSla.attainment` is reported. */
function caseKpis(
  s: CaseScope,
  scope: string,
  resolutionTarget: boolean,
  put: (kpi: string, scope: string, value: number) => void,
): void {
  put('arrivals', scope, s.arrivals);
  // Cases still waiting at the end are censored as well (abandoned calls never get a response).
  const response = new KaplanMeier(s.firstResponse, s.firstResponseOpen);
  put('firstResponse.mean', scope, response.mean);
  put('firstResponse.p50', scope, response.quantile(0.5));
  put('firstResponse.p90', scope, response.quantile(0.9));
  put('firstResponse.p99', scope, response.quantile(0.99));
  put('sla.attainment', scope, share(s.respondedInTime, s.responded + s.missedUnanswered));
  // Cases still open at the end are right-censored: Kaplan-Meier, so that work left undone
  // never shows as faster resolution (the plain sample when none is open).
  const resolution = new KaplanMeier(s.resolution, s.resolutionOpen);
  put('resolution.mean', scope, resolution.mean);
  put('resolution.p50', scope, resolution.quantile(0.5));
  put('resolution.p90', scope, resolution.quantile(0.9));
  put('resolution.p99', scope, resolution.quantile(0.99));
  put('resolved', scope, s.resolved);
  if (resolutionTarget)
    put(
      'resolutionSla.attainment',
      scope,
      share(s.resolvedInTime, s.resolvedWithTarget + s.missedUnresolved),
    );
}

/**
 * `backlog.start` and `backlog.end` (cases open when the warm-up ended and at the end, whenever
 * they arrived, by the stage holding them), `backlog.ageP90` (their age at the end, minutes) and
 * `backlog.growth` (cases), for `all` and per pool holding cases. The growth compares the mean
 * hourly backlog of the window's last week with that of its first week when the window holds
 * two weeks (whole weeks: no daily or weekly swing, and a backlog still filling after a short
 * warm-up does not count once it is steady), else it is end − start. Per replication, so its
 * interval says whether the backlog really grows.
 */
function backlogKpis(
  recorder: Recorder,
  pools: readonly string[],
  series: HourlySeries,
  warmupAt: number,
  put: (kpi: string, scope: string, value: number) => void,
): void {
  const end = recorder.backlogAtEnd!;
  const start = recorder.backlogAtWarmup ?? new OpenCases(end.byStage.length, 0);
  const holders = recorder.stageNames.filter((stage) => series.pools.includes(stage));
  const one = (scope: string, atStart: number, atEnd: number, ageP90: number, held: string[]): void => {
    put('backlog.start', scope, atStart);
    put('backlog.end', scope, atEnd);
    put('backlog.growth', scope, weeklyGrowth(series, held, warmupAt) ?? atEnd - atStart);
    put('backlog.ageP90', scope, ageP90);
  };
  one('all', start.count, end.count, end.ages.quantile(0.9), holders);
  recorder.stageNames.forEach((stage, i) => {
    if (!pools.includes(stage)) return;
    one(`pool:${stage}`, start.byStage[i], end.byStage[i], end.agesByStage[i]?.quantile(0.9) ?? NaN, [stage]);
  });
}

const WEEK_HOURS = 168;
const BACKLOG = SERIES_METRICS.indexOf('backlog');

/** Mean hourly backlog of `pools` over the window's last week minus its first; null under two weeks. */
function weeklyGrowth(series: HourlySeries, pools: readonly string[], warmupAt: number): number | null {
  const from = Math.ceil(warmupAt / 60);
  const last = series.hours - 1;
  if (last - from < 2 * WEEK_HOURS) return null;
  const indices = pools.map((p) => series.pools.indexOf(p));
  const weekMean = (first: number): number => {
    let sum = 0;
    for (let h = first; h < first + WEEK_HOURS; h++)
      for (const p of indices) sum += series.get(h, p, BACKLOG);
    return sum / WEEK_HOURS;
  };
  return weekMean(last - WEEK_HOURS) - weekMean(from);
}

function resolvedFlows(recorder: Recorder, org: Org): number {
  const n = org.stages.names.length;
  const to = org.stages.resolved;
  let total = 0;
  for (let from = 0; from < n; from++) total += recorder.flows[from * n + to];
  return total;
}

function share(part: number, whole: number): number {
  return whole > 0 ? part / whole : NaN;
}
