import { beforeAll, describe, expect, it } from 'vitest';
import { queueing, runScenario, type RunSummary } from '../src/sim/index.js';
import { scenarioFile } from './support/scenario.js';
import { checkAgainstTheory, describeChecks } from './support/theory-check.js';

// Textbook M/M/10: λ = 0.9/min, mean service 10 min (9 Erlangs on 10 servers, 90% load).
// 10 replications x 120 days (1 warm-up day): about 1.5 million arrivals in all.
const base = scenarioFile('scenarios/textbook-mmc.json');
const scenario = { ...base, replications: 10, horizon: { days: 120, warmupDays: 1 } };
let summary: RunSummary;

function expectations(servers: number) {
  const theory = queueing.mmc({ arrivalRate: 0.9, meanService: 10, servers });
  return [
    { kpi: 'wait.mean', scope: 'pool:router', theory: theory.meanWait },
    { kpi: 'wait.probability', scope: 'pool:router', theory: theory.waitProbability },
    { kpi: 'utilisation', scope: 'pool:router', theory: theory.utilisation },
    { kpi: 'queue.mean', scope: 'pool:router', theory: theory.meanQueueLength },
  ];
}

describe('textbook M/M/c against Erlang C', () => {
  beforeAll(() => {
    summary = runScenario(scenario);
  });

  it('matches the mean wait, waiting probability, utilisation and queue length of Erlang C within the confidence intervals', () => {
    const checks = checkAgainstTheory(summary.kpis, expectations(10));
    expect(
      checks.every((c) => c.ok),
      describeChecks(checks),
    ).toBe(true);
  });

  it('would reject Erlang C for a pool of 11 servers: the check has the power to fail', () => {
    const checks = checkAgainstTheory(summary.kpis, expectations(11));
    expect(checks.filter((c) => !c.ok).length, describeChecks(checks)).toBeGreaterThanOrEqual(3);
  });

  it("satisfies Little's law on the queue: area under the queue length equals the time spent queueing within 0.5%", () => {
    const gap = summary.kpis.find((k) => k.kpi === 'little.relativeGap' && k.scope === 'pool:router')!;
    expect(gap.mean).toBeLessThan(0.005);
  });

  it('answers all arrivals at the router and counts about 0.9 arrivals per minute', () => {
    const arrivals = summary.kpis.find((k) => k.kpi === 'arrivals' && k.scope === 'all')!;
    const expected = 0.9 * (120 - 1) * 1440;
    // Poisson count: sd = sqrt(mean); the 10-replication mean is within 4 sd/sqrt(10).
    expect(Math.abs(arrivals.mean - expected)).toBeLessThan((4 * Math.sqrt(expected)) / Math.sqrt(10));
  });
});
