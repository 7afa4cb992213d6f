import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulateReplication, type TraceRow } from '../src/sim/index.js';
import { kpi } from './fixtures/model/harness.js';
import { scenarioFrom } from './support/scenario.js';

const BASELINE = 'scenarios/baseline.json';
const baselineRaw = JSON.parse(readFileSync(BASELINE, 'utf8')) as Record<string, unknown>;

/** The baseline scenario over 3 days (1 of warm-up), with its SE teams per specialty replaced. */
function baseline(seTeams?: Record<string, { teams: number; sesPerTeam: number }>) {
  const pools = baselineRaw.pools as Record<string, Record<string, unknown>>;
  const se = seTeams === undefined ? pools.se : { ...pools.se, specialties: seTeams };
  return scenarioFrom(
    { ...baselineRaw, horizon: { days: 3, warmupDays: 1 }, replications: 1, pools: { ...pools, se } },
    BASELINE,
  );
}

const arrivedRows = (trace: readonly TraceRow[]) => trace.filter((r) => r.event === 'arrived');
const routerRows = (trace: readonly TraceRow[]) =>
  trace.filter((r) => r.place === 'router' || r.event === 'arrived');

describe('common random numbers', () => {
  const fewSes = {
    XADM: { teams: 1, sesPerTeam: 4 },
    XCON: { teams: 1, sesPerTeam: 3 },
    XCSI: { teams: 1, sesPerTeam: 3 },
  };
  const a = simulateReplication(baseline(), { replication: 0, trace: true });
  const b = simulateReplication(baseline(fewSes), { replication: 0, trace: true });

  it('makes the two SE staffings actually run differently', () => {
    expect(kpi(b, 'wait.mean', 'pool:se/XADM')).toBeGreaterThan(kpi(a, 'wait.mean', 'pool:se/XADM'));
  });

  it('sees the same arrivals with the same attributes whatever the SE staffing', () => {
    expect(kpi(b, 'arrivals', 'all')).toBe(kpi(a, 'arrivals', 'all'));
    for (const scope of ['severity:A', 'severity:B', 'severity:C', 'contract:premier', 'contract:tier3']) {
      expect(kpi(b, 'arrivals', scope), scope).toBe(kpi(a, 'arrivals', scope));
    }
    expect(arrivedRows(a.trace!).length).toBeGreaterThan(300);
    expect(arrivedRows(b.trace!)).toEqual(arrivedRows(a.trace!));
  });

  it('replays the router exactly: it is upstream of the SEs, so every triage, close and hang-up is the same', () => {
    expect(routerRows(b.trace!)).toEqual(routerRows(a.trace!));
    expect(kpi(b, 'abandoned.share', 'pool:router')).toBe(kpi(a, 'abandoned.share', 'pool:router'));
  });
});

describe('determinism', () => {
  const scenario = baseline();

  it('gives identical KPI maps, series and flows for the same scenario and replication', () => {
    const first = simulateReplication(scenario, { replication: 1 });
    const second = simulateReplication(scenario, { replication: 1 });
    expect([...second.kpis.keys()]).toEqual([...first.kpis.keys()]);
    expect(second.kpis).toEqual(first.kpis);
    expect(second.flows).toEqual(first.flows);
    expect(second.series.values).toEqual(first.series.values);
    expect(second.events).toBe(first.events);
  });

  it('gives different results for different replications', () => {
    const r0 = simulateReplication(scenario, { replication: 0 });
    const r1 = simulateReplication(scenario, { replication: 1 });
    expect(kpi(r1, 'arrivals', 'all')).not.toBe(kpi(r0, 'arrivals', 'all'));
    expect(kpi(r1, 'firstResponse.mean', 'all')).not.toBe(kpi(r0, 'firstResponse.mean', 'all'));
  });

  it('does not depend on whether the trace is recorded', () => {
    const plain = simulateReplication(scenario, { replication: 2 });
    const traced = simulateReplication(scenario, { replication: 2, trace: true });
    expect(traced.kpis).toEqual(plain.kpis);
  });
});
