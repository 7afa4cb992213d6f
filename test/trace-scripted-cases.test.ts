import { describe, expect, it } from 'vitest';
import { ScenarioError, simulateReplication, type TraceRow } from '../src/sim/index.js';
import { constant } from './fixtures/model/harness.js';
import { rowsOf, traceOf } from './fixtures/trace/harness.js';
import { mergedScenarioJson, scenarioFrom } from './support/scenario.js';

/** Where in-memory scenarios of these tests pretend to live (CSV paths are relative to it). */
const HERE = 'test/fixtures/trace/scenario.json';

/**
 * Five Sev C cases (test/fixtures/trace/scripted.csv) through one router, one SE, one Problem
 * Control SE and one escalation engineer, textbook times. toProblemControl 0.4 and toEscalation 1:
 * a case climbs to an escalation engineer exactly when its difficulty is below 0.4.
 */
function ladder(hotfixShare: number) {
  return scenarioFrom(
    {
      name: 'scripted cases',
      seed: 3,
      textbook: true,
      horizon: { days: 2, warmupDays: 0 },
      replications: 1,
      specialties: ['XADM'],
      arrivals: { trace: 'scripted.csv' },
      pools: {
        router: { staff: 1, triage: constant(5), closeShare: 0, misrouteShare: 0 },
        se: { specialties: { XADM: { teams: 1, sesPerTeam: 1 } }, work: constant(60) },
        problemControl: { staff: 1, work: constant(100) },
        escalation: { staff: 1, work: constant(200) },
      },
      escalation: {
        toProblemControl: 0.4,
        toEscalation: 1,
        hotfixShare,
        diagnosisShare: 0.5,
        productGroupDelay: constant(100),
      },
    },
    HERE,
  );
}

/** How each case ended: the place of its `resolved` row, `productGroup` after a hotfix. */
function endings(trace: readonly TraceRow[]): string[] {
  return [1, 2, 3, 4].map((id) => rowsOf(trace, id).find((r) => r.event === 'resolved')?.place ?? 'open');
}

describe('the difficulty and hotfix columns of a trace CSV', () => {
  it('load as optional fields: an empty cell or a missing column leaves the draw alone', () => {
    const cases = ladder(0).arrivals.trace!.cases;
    expect(cases.map(({ difficulty, hotfix }) => ({ difficulty, hotfix }))).toEqual([
      { difficulty: 0.3, hotfix: undefined },
      { difficulty: 0.1, hotfix: true },
      { difficulty: 0.2, hotfix: false },
      { difficulty: 0.5, hotfix: undefined },
      { difficulty: undefined, hotfix: undefined },
    ]);
    expect('difficulty' in cases[4]).toBe(false);
    expect('hotfix' in cases[3]).toBe(false);
  });

  it('reject a difficulty outside [0, 1) and a hotfix that is not a yes or no, naming the row', () => {
    let message = '';
    try {
      scenarioFrom({ name: 'bad', specialties: ['XADM'], arrivals: { trace: 'scripted-bad.csv' } }, HERE);
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      message = error.message;
    }
    expect(message.split('\n')).toEqual([
      `${HERE}: arrivals.trace: scripted-bad.csv row 2: difficulty: expected a number in [0, 1), got "1"`,
      `${HERE}: arrivals.trace: scripted-bad.csv row 3: difficulty: expected a number in [0, 1), got "-0.1"`,
      `${HERE}: arrivals.trace: scripted-bad.csv row 4: difficulty: expected a number in [0, 1), got "hard"`,
      `${HERE}: arrivals.trace: scripted-bad.csv row 5: hotfix: expected 0/1, true/false or yes/no, got "maybe"`,
    ]);
  });

  it('with no hotfix share: difficulties 0.3, 0.1, 0.2 climb to an escalation engineer, 0.5 stays with the SE, and only the scripted hotfix waits for the product group', () => {
    const trace = traceOf(simulateReplication(ladder(0), { replication: 0, trace: true }));
    expect(endings(trace)).toEqual(['escalation', 'productGroup', 'escalation', 'se/XADM']);
    expect(trace.filter((r) => r.event === 'hotfixWait').map((r) => r.caseId)).toEqual([2]);
  });

  it('with every fix needing a hotfix: the case scripted "false" is resolved by the escalation engineer', () => {
    const trace = traceOf(simulateReplication(ladder(1), { replication: 0, trace: true }));
    expect(endings(trace)).toEqual(['productGroup', 'productGroup', 'escalation', 'se/XADM']);
  });
});

describe('scripting a case', () => {
  // The hard-case scenario, once as it is and once with a copy of its CSV without the two columns.
  // The file is an overlay of the baseline: its merged JSON is what is moved and varied here.
  const raw = mergedScenarioJson('scenarios/teach/hard-case-hotfix.json') as Record<
    string,
    Record<string, unknown>
  >;
  const scripted = scenarioFrom(raw, 'scenarios/teach/hard-case-hotfix.json');
  const drawn = scenarioFrom(
    {
      ...raw,
      arrivals: { ...raw.arrivals, trace: 'hard-case-unscripted.csv', weeklyProfile: null },
      costs: { ...raw.costs, file: '../../../data/role-costs.csv' },
    },
    HERE,
  );
  const first = (scenario: typeof scripted) =>
    traceOf(simulateReplication(scenario, { replication: 0, trace: true }));
  /** Where the router sent each case: the place of the row after its triage. */
  const routed = (trace: readonly TraceRow[]) =>
    [...new Set(trace.map((r) => r.caseId))].map((id) => {
      const rows = rowsOf(trace, id);
      const triage = rows.findIndex((r) => r.event === 'taken' && r.place === 'router');
      return `${id} ${rows[triage + 1]?.event} ${rows[triage + 1]?.place}`;
    });

  it('leaves the random numbers of every case as they were: the router closes and routes all 13 cases the same way', () => {
    const a = routed(first(scripted));
    expect(a).toHaveLength(13);
    expect(a).toEqual(routed(first(drawn)));
  });

  // Regression at this seed: case 5's own draw is a difficulty in [0.0075, 0.05), hard enough for
  // Problem Control but not for an escalation engineer.
  it('is what sends case 5 on to an escalation engineer: unscripted, it is resolved in Problem Control at 1026', () => {
    const ends = rowsOf(first(drawn), 5).filter(
      (r) => r.event === 'escalated' || r.event === 'resolved' || r.event === 'hotfixWait',
    );
    expect(ends.map((r) => `${r.at} ${r.event} ${r.place}`)).toEqual([
      '786 escalated problemControl',
      '1026 resolved problemControl',
    ]);
  });
});
