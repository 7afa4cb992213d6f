import { describe, expect, it } from 'vitest';
import { seatPlan, simulateReplication } from '../../src/sim/index.js';
import { bundledScenario, SCENARIO_KEYS, teachingScenario } from '../../src/viz/floor/teach-scenarios.js';
import { uploadedRun } from '../../src/viz/floor/uploaded-run.js';

/** The hard case's trace, as the CLI would write it for scenarios/teach/hard-case-hotfix.json. */
const TRACE = simulateReplication(teachingScenario('hard-case-hotfix'), {
  replication: 0,
  trace: true,
}).trace!;

describe('an uploaded trace’s run', () => {
  it('alone: a floor from the trace’s own engineer ids, no scenario, no SLA targets, to the end of its last day', () => {
    const run = uploadedRun('trace.csv', TRACE, '');
    expect(run.input.scenario).toBeNull();
    expect(run.input.endAt).toBe(3 * 1440);
    expect(run.warning).toBe('');
    expect(run.about).toMatch(
      /^trace\.csv: 13 cases in \d+ rows over 3 day\(s\)\. Seats come from the engineers the trace names/,
    );
  });

  it('paired with the scenario it came from: that scenario’s seats and horizon', () => {
    const run = uploadedRun('trace.csv', TRACE, 'teach/hard-case-hotfix.json');
    expect(run.input.scenario?.name).toBe('One hard case climbs the ladder');
    expect(run.input.plan.flatMap((p) => p.seats)).toHaveLength(
      seatPlan(bundledScenario('teach/hard-case-hotfix.json')).flatMap((p) => p.seats).length,
    );
    expect(run.warning).toBe('');
    expect(run.about).toContain('Seats, shifts and SLA targets from teach/hard-case-hotfix.json.');
  });

  it('paired with a scenario that has no seat for someone it names: the trace’s own floor, and a warning naming them', () => {
    expect(SCENARIO_KEYS).toContain('textbook-mmc.json');
    const run = uploadedRun('trace.csv', TRACE, 'textbook-mmc.json');
    expect(run.input.scenario).toBeNull();
    expect(run.warning).toMatch(
      /^trace\.csv names \S+ and \d+ more, who textbook-mmc\.json has no seat for: seats come from the trace instead$/,
    );
  });
});
