import { CONTRACTS, SEVERITIES, type Scenario, type Severity } from '../scenario/index.js';
import type { Job } from '../model/job-queue.js';
import { TIERS } from '../model/ladder.js';
import type { Org } from '../model/org.js';
import type { Pool } from '../model/pool.js';
import { PERIODS } from '../model/business-week.js';
import type { CaseScope } from '../model/case-scope.js';
import type { Recorder } from '../model/recorder.js';
import { MINUTES_PER_WEEK } from '../units.js';
import { roleCostPerWeek, roleLoads } from './cost.js';
import { kpiKey } from './kpi-key.js';
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
  TIERS.forEach((tier, i) => put('reached.share', `tier:${tier}`, share(all.reached[i], all.arrivals)));

  // Pools.
  const totals = new Map<string, PoolTotals>();
  for (const [name, pools] of reporting) {
    const t = poolTotals(name, pools, endAt);
    totals.set(name, t);
    for (const [kpi, value] of poolKpis(t, window)) put(kpi, `pool:${name}`, value);
  }
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
  put('firstResponse.mean', scope, s.responded > 0 ? s.firstResponseSum / s.responded : NaN);
  put('firstResponse.p50', scope, s.firstResponse.quantile(0.5));
  put('firstResponse.p90', scope, s.firstResponse.quantile(0.9));
  put('firstResponse.p99', scope, s.firstResponse.quantile(0.99));
  put('sla.attainment', scope, share(s.respondedInTime, s.responded + s.missedUnanswered));
  put('resolution.mean', scope, s.resolved > 0 ? s.resolutionSum / s.resolved : NaN);
  put('resolution.p50', scope, s.resolution.quantile(0.5));
  put('resolution.p90', scope, s.resolution.quantile(0.9));
  put('resolution.p99', scope, s.resolution.quantile(0.99));
  put('resolved', scope, s.resolved);
  if (resolutionTarget)
    put(
      'resolutionSla.attainment',
      scope,
      share(s.resolvedInTime, s.resolvedWithTarget + s.missedUnresolved),
    );
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
