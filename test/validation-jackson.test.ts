import { beforeAll, describe, expect, it } from 'vitest';
import { queueing, runScenario, type RunSummary } from '../src/sim/index.js';
import { scenarioFile } from './support/scenario.js';
import { checkAgainstTheory, describeChecks } from './support/theory-check.js';

// MODEL.md's textbook tiered network, an open Jackson network. Traffic equations (per minute):
// router λ = 1 (60/h, 2 min, 3 routers); 90% go on to the SEs split 50/30/20 (25 min each);
// 10% of SE cases go to Problem Control (30 min, 4 staff), 10% of those to an EE (60 min, 2 staff).
const base = scenarioFile('scenarios/textbook-tiers.json');
const scenario = { ...base, replications: 10, horizon: { days: 100, warmupDays: 5 } };

const pools = [
  { scope: 'pool:router', rate: 1, meanService: 2, servers: 3 },
  { scope: 'pool:se/XADM', rate: 0.9 * 0.5, meanService: 25, servers: 14 },
  { scope: 'pool:se/XCON', rate: 0.9 * 0.3, meanService: 25, servers: 9 },
  { scope: 'pool:se/XCSI', rate: 0.9 * 0.2, meanService: 25, servers: 6 },
  { scope: 'pool:problemControl', rate: 0.9 * 0.1, meanService: 30, servers: 4 },
  { scope: 'pool:escalation', rate: 0.9 * 0.1 * 0.1, meanService: 60, servers: 2 },
];

describe('textbook tiered network against Erlang C per pool (Jackson network)', () => {
  let summary: RunSummary;
  beforeAll(() => {
    summary = runScenario(scenario);
  });

  it("matches every pool's mean wait, waiting probability and utilisation within the confidence intervals", () => {
    const expectations = pools.flatMap((p) => {
      const t = queueing.mmc({ arrivalRate: p.rate, meanService: p.meanService, servers: p.servers });
      return [
        { kpi: 'wait.mean', scope: p.scope, theory: t.meanWait },
        { kpi: 'wait.probability', scope: p.scope, theory: t.waitProbability },
        { kpi: 'utilisation', scope: p.scope, theory: t.utilisation },
      ];
    });
    const checks = checkAgainstTheory(summary.kpis, expectations);
    expect(
      checks.every((c) => c.ok),
      describeChecks(checks),
    ).toBe(true);
  });

  it('sends 90% of cases to the SEs, 9% to Problem Control and 0.9% to escalation engineers', () => {
    const share = (tier: string) =>
      summary.kpis.find((k) => k.kpi === 'reached.share' && k.scope === `tier:${tier}`)!;
    const checks = checkAgainstTheory(summary.kpis, [
      { kpi: 'reached.share', scope: 'tier:se', theory: 0.9 },
      { kpi: 'reached.share', scope: 'tier:problemControl', theory: 0.09 },
      { kpi: 'reached.share', scope: 'tier:escalation', theory: 0.009 },
    ]);
    expect(
      checks.every((c) => c.ok),
      describeChecks(checks),
    ).toBe(true);
    expect(share('escalation').mean).toBeLessThan(0.01);
  });

  it("satisfies Little's law in every pool", () => {
    for (const p of pools) {
      const gap = summary.kpis.find((k) => k.kpi === 'little.relativeGap' && k.scope === p.scope)!;
      expect(gap.mean, p.scope).toBeLessThan(0.01);
    }
  });
});
