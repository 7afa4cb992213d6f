import { beforeAll, describe, expect, it } from 'vitest';
import { queueing, runScenario, type RunSummary } from '../src/sim/index.js';
import { scenarioFile } from './support/scenario.js';
import { checkAgainstTheory, describeChecks } from './support/theory-check.js';

// M/M/c+M at the router (scenarios/textbook-erlang-a.json): λ = 1/min, mean triage 4 min,
// 4 routers (4 Erlangs on 4 servers, stable only because callers hang up), exponential
// patience with mean 5 min; 10 replications x 60 days.
const scenario = scenarioFile('scenarios/textbook-erlang-a.json');

describe('textbook router with abandonment against Erlang A (M/M/c+M)', () => {
  let summary: RunSummary;
  beforeAll(() => {
    summary = runScenario(scenario);
  });
  const theory = queueing.mmcm({ arrivalRate: 1, meanService: 4, servers: 4, meanPatience: 5 });

  it('matches the abandonment share, waiting probability, mean time in queue and utilisation', () => {
    const checks = checkAgainstTheory(summary.kpis, [
      { kpi: 'abandoned.share', scope: 'pool:router', theory: theory.abandonProbability },
      { kpi: 'wait.probability', scope: 'pool:router', theory: theory.waitProbability },
      { kpi: 'queueTime.mean', scope: 'pool:router', theory: theory.meanWait },
      { kpi: 'utilisation', scope: 'pool:router', theory: theory.utilisation },
    ]);
    expect(
      checks.every((c) => c.ok),
      describeChecks(checks),
    ).toBe(true);
  });

  it('differs clearly from the same desk without abandonment, which Erlang C says is unstable', () => {
    expect(queueing.mmc({ arrivalRate: 1, meanService: 4, servers: 4 }).meanWait).toBe(Infinity);
    const abandoned = summary.kpis.find((k) => k.kpi === 'abandoned.share' && k.scope === 'pool:router')!;
    expect(abandoned.mean).toBeGreaterThan(0.05);
  });

  it("satisfies Little's law with the abandoned callers' time in the queue included", () => {
    const gap = summary.kpis.find((k) => k.kpi === 'little.relativeGap' && k.scope === 'pool:router')!;
    expect(gap.mean).toBeLessThan(0.01);
  });
});
