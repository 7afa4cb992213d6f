import { describe, expect, it } from 'vitest';
import { simulateReplication } from '../src/sim/index.js';
import { kpi } from './fixtures/model/harness.js';
import { rowsOf, teachScenario, traceOf } from './fixtures/trace/harness.js';

// scenarios/teach/hard-case-hotfix.json, case 5 (data/teach-hard-case.csv: Monday 09:00, Sev B XADM
// standard, difficulty 0.0001, hotfix true). Every time it meets is constant in that file:
//   router triage 6 min                           540 → 546
//   SE effort 4 h; difficulty 0.0001 < toProblemControl 0.05, so the SE does diagnosisShare 0.5
//   of it, 120 min, in 3 sessions: phoneShare 0.3 first (36 min), then 84 / 2 = 42 min each,
//   with customer waits of 1 h between:         546 → 582 wait 642 → 684 wait 744 → 786
//   Problem Control 3 h in 3 sessions of 60 min, 30 min waits between (business hours end at
//   17:00 = 1020: the last session, begun at 966, is finished in overtime):
//                                               786 → 846 wait 876 → 936 wait 966 → 1026
//   0.0001 < 0.05 × toEscalation 0.15 = 0.0075, so on to an EE, who does 6 h in 3 sessions of
//   120 min, 20 min waits between:             1026 → 1146 wait 1166 → 1286 wait 1306 → 1426
//   scripted hotfix; product group 1 day:       1426 → 2866 (Tuesday 23:46)
// Nobody it needs is busy or away at those minutes (SE, Problem Control and EE shrinkage and the
// EEs' proactive share are 0 in that scenario, no other XADM case arrives between 09:00 and
// 13:50, and no other case reaches Problem Control or an EE), so there are no waits in between.
const result = simulateReplication(teachScenario('hard-case-hotfix'), { replication: 0, trace: true });
const story = rowsOf(traceOf(result), 5);

/** The owner's wait between sessions at `place` from `waitAt`, then their next session at `backAt`. */
function between(place: string, waitAt: number, backAt: number) {
  return [
    { at: waitAt, event: 'customerWait', place, engineer: place },
    { at: backAt, event: 'queued', place, engineer: place, forOwner: true },
    { at: backAt, event: 'taken', place, engineer: place, how: 'session' },
  ];
}

describe('the hard case of scenarios/teach/hard-case-hotfix.json (case 5)', () => {
  it('climbs router → SE (diagnosis in three sessions) → Problem Control → escalation engineer → hotfix → resolved, at the minutes worked out by hand', () => {
    // The engineer's pool: `se/XADM/t2/5` → `se/XADM`, `router/4` → `router`.
    const rows = story.map(({ caseId: _caseId, ...r }) => ({
      ...r,
      engineer: r.engineer.replace(/(\/t\d+)?\/\d+$/, ''),
    }));
    const arrival = { severity: 'B', contract: 'standard', beta: false, sensitive: false };
    expect(rows).toEqual([
      { at: 540, event: 'arrived', place: 'arrival', engineer: '', ...arrival },
      { at: 540, event: 'queued', place: 'router', engineer: '', forOwner: false },
      { at: 540, event: 'taken', place: 'router', engineer: 'router', how: 'triage' },
      { at: 546, event: 'queued', place: 'se/XADM', engineer: '', forOwner: false },
      { at: 546, event: 'taken', place: 'se/XADM', engineer: 'se/XADM', how: 'owner' },
      { at: 582, event: 'customerWait', place: 'se/XADM', engineer: 'se/XADM' },
      { at: 642, event: 'queued', place: 'se/XADM', engineer: 'se/XADM', forOwner: true },
      { at: 642, event: 'taken', place: 'se/XADM', engineer: 'se/XADM', how: 'session' },
      { at: 684, event: 'customerWait', place: 'se/XADM', engineer: 'se/XADM' },
      { at: 744, event: 'queued', place: 'se/XADM', engineer: 'se/XADM', forOwner: true },
      { at: 744, event: 'taken', place: 'se/XADM', engineer: 'se/XADM', how: 'session' },
      { at: 786, event: 'escalated', place: 'problemControl', engineer: 'se/XADM', reason: 'difficulty' },
      { at: 786, event: 'queued', place: 'problemControl', engineer: '', forOwner: false },
      { at: 786, event: 'taken', place: 'problemControl', engineer: 'problemControl', how: 'owner' },
      ...between('problemControl', 846, 876),
      ...between('problemControl', 936, 966),
      { at: 1026, event: 'escalated', place: 'escalation', engineer: 'problemControl', reason: 'difficulty' },
      { at: 1026, event: 'queued', place: 'escalation', engineer: '', forOwner: false },
      { at: 1026, event: 'taken', place: 'escalation', engineer: 'escalation', how: 'owner' },
      ...between('escalation', 1146, 1166),
      ...between('escalation', 1286, 1306),
      { at: 1426, event: 'hotfixWait', place: 'productGroup', engineer: '' },
      { at: 2866, event: 'resolved', place: 'productGroup', engineer: '' },
    ]);
  });

  it('names one owner SE on every SE row, and the engineer who finished the work on each escalation', () => {
    const owner = story.find((r) => r.event === 'taken' && r.how === 'owner')!.engineer;
    const seRows = story.filter((r) => r.place === 'se/XADM' && r.engineer !== '');
    expect(seRows).toHaveLength(7);
    expect(new Set(seRows.map((r) => r.engineer))).toEqual(new Set([owner]));
    const [toProblemControl, toEscalation] = story.filter((r) => r.event === 'escalated');
    expect(toProblemControl.engineer).toBe(owner);
    expect(toEscalation.engineer).toBe(
      story.find((r) => r.event === 'taken' && r.place === 'problemControl')!.engineer,
    );
  });

  it('is the only case of the day that reaches an escalation engineer, and the only hotfix', () => {
    const trace = traceOf(result);
    expect(
      new Set(
        trace.filter((r) => r.place === 'escalation' || r.place === 'productGroup').map((r) => r.caseId),
      ),
    ).toEqual(new Set([5]));
    expect(kpi(result, 'hotfixes.requested', 'all')).toBe(1);
  });

  it('has a first response 6 minutes after arrival (the SE taking it at 546)', () => {
    expect(story.find((r) => r.event === 'taken' && r.place === 'se/XADM')!.at - 540).toBe(6);
  });
});
