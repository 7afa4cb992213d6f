import { describe, expect, it } from 'vitest';
import { simulateReplication } from '../src/sim/index.js';
import { constant, HERE, kpi, oneByOne, steps } from './fixtures/model/harness.js';
import { scenarioFrom } from './support/scenario.js';

// Queues serve sensitive cases first, then severity A > B > C, then premier before standard,
// then first come first served. Service is not preempted.

describe('priority in the SE queue', () => {
  // One SE busy with case 1 (C) from 5 to 65. Meanwhile join the SE queue: case 2 (C standard)
  // at 15, case 3 (A standard) at 25, case 4 (C premier) at 35, case 5 (C standard, sensitive) at 45.
  // The SE then takes 5 (65-125), 3 (125-185), 4 (185-245), 2 (245-305).
  const result = simulateReplication(scenarioFrom(oneByOne('priority.csv'), HERE), {
    replication: 0,
    trace: true,
  });
  const seStarts = steps(result).filter((s) => s.event === 'taken' && s.place === 'se/XADM');

  it('serves a sensitive case first, then Sev A, then premier Sev C, then standard Sev C, whatever their order of arrival', () => {
    expect(seStarts.map((s) => [s.at, s.caseId])).toEqual([
      [5, 1],
      [65, 5],
      [125, 3],
      [185, 4],
      [245, 2],
    ]);
  });

  it('does not preempt the case in service when urgent cases arrive', () => {
    expect(steps(result).find((s) => s.caseId === 1 && s.event === 'resolved')?.at).toBe(65);
  });

  it('gives SE waits 0, 230, 100, 150 and 20 minutes (mean 100)', () => {
    expect(kpi(result, 'wait.mean', 'pool:se/XADM')).toBe(100);
  });

  it('gives the Sev A case a first response of 105 minutes and the Sev C cases (5 + 235 + 155 + 25) / 4', () => {
    expect(kpi(result, 'firstResponse.mean', 'severity:A')).toBe(105);
    expect(kpi(result, 'firstResponse.mean', 'severity:C')).toBe(105);
    expect(kpi(result, 'firstResponse.mean', 'contract:premier')).toBe(155);
  });
});

describe('priority in the router queue', () => {
  // One router, triage 30 min, busy with case 1 from 0 to 30; case 2 (C) at 1, case 3 (A) at 2 and
  // case 4 (C, sensitive) at 3 queue. The router takes 4 at 30, 3 at 60, 2 at 90.
  const scenario = scenarioFrom(
    oneByOne('priority-router.csv', { pools: { router: { triage: constant(30) } } }),
    HERE,
  );
  const result = simulateReplication(scenario, { replication: 0, trace: true });

  it('triages the sensitive call first, then the Sev A call, then the Sev C call', () => {
    const starts = steps(result).filter((s) => s.event === 'taken' && s.place === 'router');
    expect(starts.map((s) => [s.at, s.caseId])).toEqual([
      [0, 1],
      [30, 4],
      [60, 3],
      [90, 2],
    ]);
  });
});
