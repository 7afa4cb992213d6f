import { describe, expect, it } from 'vitest';
import { simulateReplication, type TraceRow } from '../src/sim/index.js';
import { constant, HERE, kpi, oneByOne, stepsOf } from './fixtures/model/harness.js';
import { scenarioFrom } from './support/scenario.js';

// Problem Control (like beta SEs and escalation engineers) owns the cases it takes and works
// them in `sessions` equal pieces, with a `betweenSessions` wait after each but the last; later
// sessions wait for the owner (src/sim/model/owner-sessions.ts). Every time below is constant.

/** A case's rows at `place` as [at, event, detail]: `how` of a taken row, `owner` of a queued-for-owner one. */
function rowsAt(trace: readonly TraceRow[], caseId: number, place: string) {
  return trace
    .filter((r) => r.caseId === caseId && r.place === place)
    .map((r) => [
      r.at,
      r.event,
      r.event === 'taken' ? r.how : r.event === 'queued' && r.forOwner ? 'owner' : '',
    ]);
}

/**
 * Textbook tiers with one router (triage 5), one XADM SE (60, one session), every case sent to
 * Problem Control (toProblemControl 1) and resolved there (toEscalation 0): one Problem Control
 * SE working 180 min in 3 sessions of 60, 30 min waits between them.
 */
const toProblemControl = (trace: string) =>
  scenarioFrom(
    oneByOne(trace, {
      pools: {
        problemControl: { staff: 1, work: constant(180), sessions: 3, betweenSessions: constant(30) },
      },
      escalation: { toProblemControl: 1, toEscalation: 0 },
    }),
    HERE,
  );

describe('Problem Control working a case in three sessions (hand-worked)', () => {
  // Case 1 at 0: triage 0-5, SE 5-65; Problem Control 65-125, wait 125-155, 155-215, wait
  // 215-245, 245-305: resolved at 305.
  const result = simulateReplication(toProblemControl('one-case.csv'), { replication: 0, trace: true });

  it('takes it at 65, waits 30 min after each of the first two sessions and resolves it at 305', () => {
    expect(rowsAt(result.trace!, 1, 'problemControl')).toEqual([
      [65, 'escalated', ''],
      [65, 'queued', ''],
      [65, 'taken', 'owner'],
      [125, 'customerWait', ''],
      [155, 'queued', 'owner'],
      [155, 'taken', 'session'],
      [215, 'customerWait', ''],
      [245, 'queued', 'owner'],
      [245, 'taken', 'session'],
      [305, 'resolved', ''],
    ]);
  });

  it('keeps one owner for all three sessions, and counts one visit (follow-ups are not visits)', () => {
    // Every row at Problem Control that names someone (the escalation row names the SE who sent it).
    const named = result.trace!.filter((r) => r.place === 'problemControl' && r.event !== 'escalated');
    const engineers = new Set(named.filter((r) => r.engineer !== '').map((r) => r.engineer));
    expect(engineers).toEqual(new Set(['problemControl/1']));
    expect(kpi(result, 'visits', 'pool:problemControl')).toBe(1);
  });

  it('is busy for the 180 min of work only: utilisation 180 / 1440 over the day', () => {
    expect(kpi(result, 'utilisation', 'pool:problemControl')).toBeCloseTo(180 / 1440, 12);
  });
});

describe('a Problem Control SE with two open cases (hand-worked)', () => {
  // Case 2 arrives at 60: triage 60-65, the SE takes it at 65 (free from case 1), 65-125.
  // Problem Control: case 1 65-125 then waits; the owner takes case 2 from the shared queue at
  // 125 (125-185). Case 1 is back at 155 and waits for its owner, who takes it at 185 (185-245);
  // case 2 is back at 215 and waits until 245 (245-305); case 1 back at 275, taken at 305
  // (305-365, resolved); case 2 back at 335, taken at 365 (365-425, resolved).
  const result = simulateReplication(toProblemControl('two-to-problem-control.csv'), {
    replication: 0,
    trace: true,
  });
  const taken = (caseId: number) =>
    rowsAt(result.trace!, caseId, 'problemControl').filter(([, event]) => event === 'taken');

  it('takes a new case while the first waits on the customer, then each case’s next session in turn', () => {
    expect(taken(1)).toEqual([
      [65, 'taken', 'owner'],
      [185, 'taken', 'session'],
      [305, 'taken', 'session'],
    ]);
    expect(taken(2)).toEqual([
      [125, 'taken', 'owner'],
      [245, 'taken', 'session'],
      [365, 'taken', 'session'],
    ]);
  });

  it('queues a session for its busy owner (case 1 ready at 155) and resolves the cases at 365 and 425', () => {
    expect(rowsAt(result.trace!, 1, 'problemControl')).toContainEqual([155, 'queued', 'owner']);
    expect(stepsOf(result, 1).at(-1)).toEqual({
      at: 365,
      caseId: 1,
      event: 'resolved',
      place: 'problemControl',
    });
    expect(stepsOf(result, 2).at(-1)).toEqual({
      at: 425,
      caseId: 2,
      event: 'resolved',
      place: 'problemControl',
    });
  });
});

describe('a Problem Control owner whose duty ends (hand-worked)', () => {
  // Two Problem Control SEs: one on Monday 08:00-10:00 (480-600), one on 10:00-12:00 (600-720).
  // Work 120 min in 2 sessions of 60, a 30 min wait between. The case arrives at 480: triage
  // 480-485, SE 485-545; the early Problem Control SE owns it and works 545-605 (overtime: the
  // duty ended at 600), and the wait ends at 635, after their duty.
  const handover = (severity: 'A' | 'C') =>
    scenarioFrom(
      oneByOne(`handover-${severity.toLowerCase()}.csv`, {
        pools: {
          problemControl: {
            staff: 2,
            schedule: {
              shifts: [
                { name: 'early', days: 'Mon', start: '08:00', end: '10:00', share: 0.5 },
                { name: 'late', days: 'Mon', start: '10:00', end: '12:00', share: 0.5 },
              ],
            },
            work: constant(120),
            sessions: 2,
            betweenSessions: constant(30),
          },
        },
        escalation: { toProblemControl: 1, toEscalation: 0 },
      }),
      HERE,
    );

  it('hands a Sev A case to the on-duty SE at 635, who owns it and resolves it at 695', () => {
    const result = simulateReplication(handover('A'), { replication: 0, trace: true });
    const rows = result.trace!.filter((r) => r.caseId === 1 && r.place === 'problemControl');
    expect(rows.map((r) => [r.at, r.event, r.engineer])).toEqual([
      [545, 'escalated', 'se/XADM/t1/1'],
      [545, 'queued', ''],
      [545, 'taken', 'problemControl/1'],
      [605, 'customerWait', 'problemControl/1'],
      [635, 'queued', 'problemControl/1'],
      [635, 'queued', ''],
      [635, 'taken', 'problemControl/2'],
      [695, 'resolved', 'problemControl/2'],
    ]);
    expect(rowsAt(result.trace!, 1, 'problemControl').filter(([, e]) => e === 'taken')).toEqual([
      [545, 'taken', 'owner'],
      [635, 'taken', 'handover'],
    ]);
    // The session in progress at 600 is finished: 5 minutes of overtime in a day, 35 a week.
    expect(kpi(result, 'overtime.hoursPerWeek', 'pool:problemControl')).toBeCloseTo((5 * 7) / 60, 12);
  });

  it('lets a Sev C case wait for its owner’s next duty instead (not resolved within the day)', () => {
    const result = simulateReplication(handover('C'), { replication: 0, trace: true });
    expect(rowsAt(result.trace!, 1, 'problemControl').slice(-2)).toEqual([
      [605, 'customerWait', ''],
      [635, 'queued', 'owner'],
    ]);
    expect(stepsOf(result, 1).some((s) => s.event === 'resolved')).toBe(false);
  });
});

describe('a Problem Control owner finishes what they own before taking a new case (hand-worked)', () => {
  // Three cases at 0, 1, 2; triage 0-5, 5-10, 10-15; two SEs: 5-65, 10-70, 65-125. Problem
  // Control: case 1 65-125, then waits until 155; case 2 (queued since 70) 125-185; case 3 queued
  // since 125. At 185 the owner's case 1 (ready since 155) and case 3 (waiting since 125, older)
  // compete: the owner goes on with case 1 (185-245), then case 2 (ready at 215; 245-305), case 1
  // (ready at 275; 305-365, resolved), case 2 (ready at 335; 365-425, resolved), and only then
  // takes case 3, at 425.
  const scenario = scenarioFrom(
    oneByOne('three-to-problem-control.csv', {
      pools: {
        se: { specialties: { XADM: { teams: 1, sesPerTeam: 2 } } },
        problemControl: { staff: 1, work: constant(180), sessions: 3, betweenSessions: constant(30) },
      },
      escalation: { toProblemControl: 1, toEscalation: 0 },
    }),
    HERE,
  );
  const result = simulateReplication(scenario, { replication: 0, trace: true });
  const firstTaken = (caseId: number, how: string) =>
    rowsAt(result.trace!, caseId, 'problemControl').find(
      ([, event, detail]) => event === 'taken' && detail === how,
    )?.[0];

  it('goes on with its own case 1 at 185 and takes the older new case 3 only at 425, when cases 1 and 2 are resolved', () => {
    expect(firstTaken(1, 'session')).toBe(185);
    expect(firstTaken(2, 'session')).toBe(245);
    expect(firstTaken(3, 'owner')).toBe(425);
    expect(stepsOf(result, 1).at(-1)).toMatchObject({ at: 365, event: 'resolved' });
    expect(stepsOf(result, 2).at(-1)).toMatchObject({ at: 425, event: 'resolved' });
  });
});
