import { beforeAll, describe, expect, it } from 'vitest';
import { runScenario, simulateReplication, type KpiRow, type RunSummary } from '../src/sim/index.js';
import { HERE, kpi, oneByOne } from './fixtures/model/harness.js';
import { scenarioFile, scenarioFrom } from './support/scenario.js';

/**
 * Numbers that do not flatter. The eight Sev C cases of contract-targets.csv (one router, one SE,
 * one day; worked by hand in model-sla-targets.test.ts) end with case 7 open at age 100 and case 8
 * open at age 20, without a first response; cases 1-6 are resolved at 65, 80, 65, 80, 65, 65.
 */
describe('cases still open at the end are censored, not dropped (hand-worked, one day)', () => {
  const result = simulateReplication(
    scenarioFrom(oneByOne('contract-targets.csv', { sla: { firstResponse: { C: '30m' } } }), HERE),
    { replication: 0 },
  );

  it('puts the resolution median at 65 and the mean at 74.3 (Kaplan-Meier), where the resolved cases alone say 70', () => {
    // At 65: 7 at risk (case 8 left at 20), 4 end: S = 3/7. At 80: 3 at risk, 2 end: S = 1/7.
    // Restricted mean to the oldest age, 100: 65 + 15 x 3/7 + 20 x 1/7 = 74.29.
    expect(kpi(result, 'resolution.p50', 'severity:C')).toBeCloseTo(65, 0);
    expect(kpi(result, 'resolution.mean', 'severity:C')).toBeCloseTo(65 + (15 * 3) / 7 + 20 / 7, 0);
  });

  it('gives the oldest age (100) as the p90, a lower bound, since 1 case in 7 at risk is still open', () => {
    expect(kpi(result, 'resolution.p90', 'severity:C')).toBe(100);
  });

  it('counts the unanswered case 8 in first response: mean 21.25 (5 + 15 x 1/2 + 35 x 1/4), not 16.4', () => {
    // Responses 5 x4, 20 x2, 55; case 8 waiting at 20. At 5: 8 at risk, 4 answered, S = 1/2. At 20:
    // 4 at risk (case 8 among them), 2 answered, S = 1/4. At 55: 1 at risk, answered, S = 0.
    expect(kpi(result, 'firstResponse.mean', 'severity:C')).toBeCloseTo(21.25, 1);
    expect(kpi(result, 'firstResponse.p50', 'severity:C')).toBeCloseTo(5, 1);
  });

  it('reports the two open cases as the backlog at the end, both held by the SE team', () => {
    expect(kpi(result, 'backlog.end', 'all')).toBe(2);
    expect(kpi(result, 'backlog.end', 'pool:se/XADM')).toBe(2);
    expect(kpi(result, 'backlog.end', 'pool:router')).toBe(0);
    // The lower empirical quantile of the ages 20 and 100 (rank floor(0.9 x 1) = 0), as every p90.
    expect(kpi(result, 'backlog.ageP90', 'all')).toBeCloseTo(20, 0);
  });

  it('reports the specialty scope as the sum of its cases: eight arrivals of XADM', () => {
    expect(kpi(result, 'arrivals', 'specialty:XADM')).toBe(8);
    expect(kpi(result, 'resolution.p50', 'specialty:XADM')).toBe(kpi(result, 'resolution.p50', 'all'));
  });
});

// The baseline against its understaffed variant (26 SEs fewer), 4 replications of 35 days each.
describe('an overloaded pool is named and its resolution times rise (baseline vs understaffed-tier1)', () => {
  let baseline: RunSummary;
  let understaffed: RunSummary;
  const row = (s: RunSummary, kpi: string, scope: string): KpiRow =>
    s.kpis.find((r) => r.kpi === kpi && r.scope === scope)!;
  beforeAll(() => {
    baseline = runScenario({ ...scenarioFile('scenarios/baseline.json'), replications: 4 });
    understaffed = runScenario({ ...scenarioFile('scenarios/understaffed-tier1.json'), replications: 4 });
  });

  it('names pool se/XADM in a warning with its hours and its backlog at both ends of the window', () => {
    const xadm = understaffed.unstable.find((u) => u.pool === 'se/XADM');
    expect(xadm).toBeDefined();
    expect(xadm!.backlogAtEnd).toBeGreaterThan(xadm!.backlogAtStart);
    expect(understaffed.warnings.some((w) => w.startsWith('pool:se/XADM cannot keep up: busy'))).toBe(true);
  });

  it('warns of nothing on the baseline, whose every pool keeps up', () => {
    expect(baseline.unstable.map((u) => u.pool)).toEqual([]);
    expect(baseline.warnings).toEqual([]);
  });

  it('shows a slower XADM resolution median, beyond both intervals, not a faster one', () => {
    const before = row(baseline, 'resolution.p50', 'specialty:XADM');
    const after = row(understaffed, 'resolution.p50', 'specialty:XADM');
    expect(after.mean - after.halfWidth).toBeGreaterThan(before.mean + before.halfWidth);
  });

  it('reports a backlog that grows beyond its interval at XADM and not at the baseline', () => {
    const grows = row(understaffed, 'backlog.growth', 'pool:se/XADM');
    expect(grows.mean - grows.halfWidth).toBeGreaterThan(0);
    const steady = row(baseline, 'backlog.growth', 'pool:se/XADM');
    expect(Math.abs(steady.mean)).toBeLessThan(steady.halfWidth);
  });
});
