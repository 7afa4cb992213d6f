import { describe, expect, it } from 'vitest';
import type { TraceRow, TraceEventKind } from '../../src/sim/index.js';
import { Replay, type FloorState } from '../../src/viz/floor/replay.js';

const row = (at: number, caseId: number, event: TraceEventKind, place: string, engineer = '', detail = ''): TraceRow => ({ at, caseId, event, place, engineer, detail });

/**
 * Case 1 (Sev B, standard) climbs from the router to an XADM SE (a consult, a customer wait, a
 * follow-up session) and on to Problem Control; case 2 (Sev A, premier, sensitive) waits for the
 * same SE; case 3 calls in the evening and hangs up. Times in minutes (540 = Mon 09:00).
 */
const TRACE: TraceRow[] = [
  row(540, 1, 'arrived', 'arrival', '', 'B standard'),
  row(540, 1, 'queued', 'router'),
  row(542, 1, 'taken', 'router', 'router/1', 'triage'),
  row(545, 2, 'arrived', 'arrival', '', 'A premier sensitive'),
  row(545, 2, 'queued', 'router'),
  row(548, 1, 'queued', 'se/XADM'),
  row(548, 2, 'taken', 'router', 'router/1', 'triage'),
  row(560, 1, 'taken', 'se/XADM', 'se/XADM/t1/1', 'owner'),
  row(565, 2, 'queued', 'se/XADM'),
  row(600, 1, 'consult', 'tl/XADM/t1', 'tl/XADM/t1', 'with se/XADM/t1/1'),
  row(620, 1, 'customerWait', 'se/XADM', 'se/XADM/t1/1'),
  row(620, 2, 'taken', 'se/XADM', 'se/XADM/t1/1', 'owner'),
  row(650, 2, 'resolved', 'se/XADM', 'se/XADM/t1/1'),
  row(700, 1, 'queued', 'se/XADM', 'se/XADM/t1/1', 'for owner'),
  row(710, 1, 'taken', 'se/XADM', 'se/XADM/t1/1', 'session'),
  row(760, 1, 'escalated', 'problemControl', 'se/XADM/t1/1', 'difficulty'),
  row(760, 1, 'queued', 'problemControl'),
  row(800, 1, 'taken', 'problemControl', 'problemControl/1'),
  row(900, 1, 'resolved', 'problemControl', 'problemControl/1'),
  row(1200, 3, 'arrived', 'arrival', '', 'C standard'),
  row(1200, 3, 'queued', 'router'),
  row(1210, 3, 'abandoned', 'router'),
];

/** Routers and Problem Control around the clock; the SE and the TL from 09:00 to 17:00 (minutes 540 to 1020 of Monday). */
const dayShift = (at: number) => at % 1440 >= 540 && at % 1440 < 1020;
const SEATS = [
  { id: 'router/1', onShift: () => true },
  { id: 'se/XADM/t1/1', onShift: dayShift },
  { id: 'tl/XADM/t1', onShift: dayShift },
  { id: 'problemControl/1', onShift: () => true },
];

/** The state as plain text, e.g. `1 withEngineer router router/1 | router/1 busy, ...`. */
function describeState(s: FloorState): string {
  const cases = [...s.cases.values()].map((c) => `${c.id} ${c.status} ${c.place}${c.engineer ? ` ${c.engineer}` : ''}${c.tl ? ` +${c.tl}` : ''}`);
  const seats = SEATS.map((seat) => `${seat.id} ${s.seatStatus(seat.id)}`);
  return `${cases.join('; ')} | ${seats.join(', ')} | resolved ${s.resolved}, abandoned ${s.abandoned}`;
}

const EXPECTED: Array<[number, string]> = [
  [530, ' | router/1 free, se/XADM/t1/1 off, tl/XADM/t1 off, problemControl/1 free | resolved 0, abandoned 0'],
  [546, '1 withEngineer router router/1; 2 queued router | router/1 busy, se/XADM/t1/1 free, tl/XADM/t1 free, problemControl/1 free | resolved 0, abandoned 0'],
  [548, '1 queued se/XADM; 2 withEngineer router router/1 | router/1 busy, se/XADM/t1/1 free, tl/XADM/t1 free, problemControl/1 free | resolved 0, abandoned 0'],
  [570, '1 withEngineer se/XADM se/XADM/t1/1; 2 queued se/XADM | router/1 free, se/XADM/t1/1 busy, tl/XADM/t1 free, problemControl/1 free | resolved 0, abandoned 0'],
  [610, '1 consult se/XADM se/XADM/t1/1 +tl/XADM/t1; 2 queued se/XADM | router/1 free, se/XADM/t1/1 consult, tl/XADM/t1 consult, problemControl/1 free | resolved 0, abandoned 0'],
  [630, '1 customerWait se/XADM; 2 withEngineer se/XADM se/XADM/t1/1 | router/1 free, se/XADM/t1/1 busy, tl/XADM/t1 free, problemControl/1 free | resolved 0, abandoned 0'],
  [705, '1 waitingOwner se/XADM | router/1 free, se/XADM/t1/1 free, tl/XADM/t1 free, problemControl/1 free | resolved 1, abandoned 0'],
  [780, '1 queued problemControl | router/1 free, se/XADM/t1/1 free, tl/XADM/t1 free, problemControl/1 free | resolved 1, abandoned 0'],
  [850, '1 withEngineer problemControl problemControl/1 | router/1 free, se/XADM/t1/1 free, tl/XADM/t1 free, problemControl/1 busy | resolved 1, abandoned 0'],
  [1205, '3 queued router | router/1 free, se/XADM/t1/1 off, tl/XADM/t1 off, problemControl/1 free | resolved 2, abandoned 0'],
  [1300, ' | router/1 free, se/XADM/t1/1 off, tl/XADM/t1 off, problemControl/1 free | resolved 2, abandoned 1'],
];

describe('replay of a trace', () => {
  it('gives the state by hand at each time, playing forward', () => {
    const replay = new Replay(TRACE, SEATS, { snapshotEvery: 4 });
    for (const [t, expected] of EXPECTED) expect(describeState(replay.seek(t)), `t = ${t}`).toBe(expected);
  });

  it('gives the same state when the time is reached by scrubbing back or jumping about', () => {
    const replay = new Replay(TRACE, SEATS, { snapshotEvery: 4 });
    replay.seek(2000);
    for (const [t, expected] of [...EXPECTED].reverse()) expect(describeState(replay.seek(t)), `back to ${t}`).toBe(expected);
    for (const i of [5, 0, 9, 2, 10, 3, 3, 7, 1, 8, 4, 6]) expect(describeState(replay.seek(EXPECTED[i][0])), `jump to ${EXPECTED[i][0]}`).toBe(EXPECTED[i][1]);
  });

  it('gives the same states with a snapshot every row and with none', () => {
    const often = new Replay(TRACE, SEATS, { snapshotEvery: 1 });
    const never = new Replay(TRACE, SEATS, { snapshotEvery: 1000 });
    for (const [t] of [...EXPECTED].reverse()) expect(describeState(often.seek(t))).toBe(describeState(never.seek(t)));
  });

  it('reads severity, contract and flags from the arrival row and orders the queue like the model (sensitive A first)', () => {
    const replay = new Replay(TRACE, SEATS);
    const two = replay.seek(570).cases.get(2)!;
    expect(two.facts).toMatchObject({ severity: 'A', contract: 'premier', sensitive: true, priority: 0 });
    expect(replay.cases.get(1)!.facts.priority).toBe(6 + 2 + 1);
  });

  it('finds the next and previous events, and how each case left', () => {
    const replay = new Replay(TRACE, SEATS);
    expect(replay.nextEventAt(548)).toBe(560);
    expect(replay.nextEventAt(0)).toBe(540);
    expect(replay.nextEventAt(1210)).toBeNull();
    expect(replay.previousEventAt(560)).toBe(548);
    expect(replay.previousEventAt(540)).toBeNull();
    expect(replay.nextEventOfCase(1, 620)).toBe(700);
    expect([1, 2, 3].map((id) => replay.fateOf(id))).toEqual(['resolved', 'resolved', 'abandoned']);
    expect(replay.endAt).toBe(1210);
  });

  it('ignores rows it does not know except for moving the case to their place', () => {
    const replay = new Replay([row(10, 7, 'arrived', 'arrival', '', 'C standard'), { ...row(12, 7, 'queued', 'beta'), event: 'paused' as TraceEventKind, place: 'beta' }], SEATS);
    expect(describeState(replay.seek(20)).split(' | ')[0]).toBe('7 moving beta');
  });
});
