import { describe, expect, it } from 'vitest';
import { simulateReplication, type ReplicationResult } from '../src/sim/index.js';
import { teachScenario } from './fixtures/trace/harness.js';
import { scenarioFile } from './support/scenario.js';

/** Everything a replication measures, apart from the trace itself. */
function measures(r: ReplicationResult) {
  return {
    kpis: [...r.kpis],
    flows: [...r.flows],
    events: r.events,
    cases: r.casesGenerated,
    profile: r.responseProfile,
  };
}

describe('recording the trace', () => {
  const base = scenarioFile('scenarios/baseline.json');
  const cases = [
    ['the baseline, 3 days after a 7-day warm-up', { ...base, horizon: { days: 10, warmupDays: 7 } }],
    ['the understaffed teaching days', teachScenario('understaffed-day')],
    ['the hard teaching case', teachScenario('hard-case-hotfix')],
  ] as const;

  for (const [name, scenario] of cases) {
    it(`changes no KPI, flow or event count of ${name}, in two replications`, () => {
      for (const replication of [0, 1]) {
        const plain = simulateReplication(scenario, { replication });
        const traced = simulateReplication(scenario, { replication, trace: true });
        expect(plain.trace).toBeNull();
        expect(traced.trace!.length).toBeGreaterThan(0);
        expect(measures(traced)).toEqual(measures(plain));
      }
    });
  }
});
