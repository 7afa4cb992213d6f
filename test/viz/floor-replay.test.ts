import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  MINUTES_PER_DAY,
  parseScenario,
  seatPlan,
  simulateReplication,
  type TraceRow,
} from '../../src/sim/index.js';
import type { FloorState } from '../../src/viz/floor/floor-state.js';
import { Replay } from '../../src/viz/floor/replay.js';
import { rows } from './trace-rows.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Case 1 (Sev B, standard) climbs from the router to an XADM SE (a consult, a customer wait, a
 * follow-up session) and on to Problem Control; case 2 (Sev A, premier, sensitive) waits for the
 * same SE; case 3 calls in the evening and hangs up. Times in minutes (540 = Mon 09:00).
 */
const TRACE: TraceRow[] = [
  rows.arrived(540, 1, 'B', 'standard'),
  rows.queued(540, 1, 'router'),
  rows.taken(542, 1, 'router', 'router/1', 'triage'),
  rows.arrived(545, 2, 'A', 'premier', { sensitive: true }),
  rows.queued(545, 2, 'router'),
  rows.queued(548, 1, 'se/XADM'),
  rows.taken(548, 2, 'router', 'router/1', 'triage'),
  rows.taken(560, 1, 'se/XADM', 'se/XADM/t1/1', 'owner'),
  rows.queued(565, 2, 'se/XADM'),
  rows.consult(600, 1, 'tl/XADM/t1', 'se/XADM/t1/1'),
  rows.plain(620, 1, 'customerWait', 'se/XADM', 'se/XADM/t1/1'),
  rows.taken(620, 2, 'se/XADM', 'se/XADM/t1/1', 'owner'),
  rows.plain(650, 2, 'resolved', 'se/XADM', 'se/XADM/t1/1'),
  rows.queuedForOwner(700, 1, 'se/XADM', 'se/XADM/t1/1'),
  rows.taken(710, 1, 'se/XADM', 'se/XADM/t1/1', 'session'),
  rows.escalated(760, 1, 'problemControl', 'se/XADM/t1/1', 'difficulty'),
  rows.queued(760, 1, 'problemControl'),
  rows.taken(800, 1, 'problemControl', 'problemControl/1'),
  rows.plain(900, 1, 'resolved', 'problemControl', 'problemControl/1'),
  rows.arrived(1200, 3, 'C', 'standard'),
  rows.queued(1200, 3, 'router'),
  rows.plain(1210, 3, 'abandoned', 'router'),
];

/** Routers and Problem Control around the clock; the SE and the TL from 09:00 to 17:00 (minutes 540 to 1020 of Monday). */
const dayShift = (at: number) => at % MINUTES_PER_DAY >= 540 && at % MINUTES_PER_DAY < 1020;
const SEATS = [
  { id: 'router/1', onShift: () => true },
  { id: 'se/XADM/t1/1', onShift: dayShift },
  { id: 'tl/XADM/t1', onShift: dayShift },
  { id: 'problemControl/1', onShift: () => true },
];

/** The state as plain text, e.g. `1 withEngineer router router/1 | router/1 busy, ...`. */
function describeState(s: FloorState): string {
  const cases = [...s.cases.values()].map(
    (c) => `${c.id} ${c.status} ${c.place}${c.engineer ? ` ${c.engineer}` : ''}${c.tl ? ` +${c.tl}` : ''}`,
  );
  const seats = SEATS.map((seat) => `${seat.id} ${s.seatStatus(seat.id)}`);
  return `${cases.join('; ')} | ${seats.join(', ')} | resolved ${s.resolved}, abandoned ${s.abandoned}`;
}

const EXPECTED: Array<[number, string]> = [
  [
    530,
    ' | router/1 free, se/XADM/t1/1 off, tl/XADM/t1 off, problemControl/1 free | resolved 0, abandoned 0',
  ],
  [
    546,
    '1 withEngineer router router/1; 2 queued router | router/1 busy, se/XADM/t1/1 free, tl/XADM/t1 free, problemControl/1 free | resolved 0, abandoned 0',
  ],
  [
    548,
    '1 queued se/XADM; 2 withEngineer router router/1 | router/1 busy, se/XADM/t1/1 free, tl/XADM/t1 free, problemControl/1 free | resolved 0, abandoned 0',
  ],
  [
    570,
    '1 withEngineer se/XADM se/XADM/t1/1; 2 queued se/XADM | router/1 free, se/XADM/t1/1 busy, tl/XADM/t1 free, problemControl/1 free | resolved 0, abandoned 0',
  ],
  [
    610,
    '1 consult se/XADM se/XADM/t1/1 +tl/XADM/t1; 2 queued se/XADM | router/1 free, se/XADM/t1/1 consult, tl/XADM/t1 consult, problemControl/1 free | resolved 0, abandoned 0',
  ],
  [
    630,
    '1 customerWait se/XADM; 2 withEngineer se/XADM se/XADM/t1/1 | router/1 free, se/XADM/t1/1 busy, tl/XADM/t1 free, problemControl/1 free | resolved 0, abandoned 0',
  ],
  [
    705,
    '1 waitingOwner se/XADM | router/1 free, se/XADM/t1/1 free, tl/XADM/t1 free, problemControl/1 free | resolved 1, abandoned 0',
  ],
  [
    780,
    '1 queued problemControl | router/1 free, se/XADM/t1/1 free, tl/XADM/t1 free, problemControl/1 free | resolved 1, abandoned 0',
  ],
  [
    850,
    '1 withEngineer problemControl problemControl/1 | router/1 free, se/XADM/t1/1 free, tl/XADM/t1 free, problemControl/1 busy | resolved 1, abandoned 0',
  ],
  [
    1205,
    '3 queued router | router/1 free, se/XADM/t1/1 off, tl/XADM/t1 off, problemControl/1 free | resolved 2, abandoned 0',
  ],
  [
    1300,
    ' | router/1 free, se/XADM/t1/1 off, tl/XADM/t1 off, problemControl/1 free | resolved 2, abandoned 1',
  ],
];

describe('replay of a trace', () => {
  it('gives the state by hand at each time, playing forward', () => {
    const replay = new Replay(TRACE, SEATS, { snapshotEvery: 4 });
    for (const [t, expected] of EXPECTED) expect(describeState(replay.seek(t)), `t = ${t}`).toBe(expected);
  });

  it('gives the same state when the time is reached by scrubbing back or jumping about', () => {
    const replay = new Replay(TRACE, SEATS, { snapshotEvery: 4 });
    replay.seek(2000);
    for (const [t, expected] of [...EXPECTED].reverse())
      expect(describeState(replay.seek(t)), `back to ${t}`).toBe(expected);
    for (const i of [5, 0, 9, 2, 10, 3, 3, 7, 1, 8, 4, 6])
      expect(describeState(replay.seek(EXPECTED[i][0])), `jump to ${EXPECTED[i][0]}`).toBe(EXPECTED[i][1]);
  });

  it('gives the same states with a snapshot every row and with none', () => {
    const often = new Replay(TRACE, SEATS, { snapshotEvery: 1 });
    const never = new Replay(TRACE, SEATS, { snapshotEvery: 1000 });
    for (const [t] of [...EXPECTED].reverse())
      expect(describeState(often.seek(t))).toBe(describeState(never.seek(t)));
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

  /**
   * Time away (case id 0: rows about a person): the SE goes to a training at 10:00 for 90
   * minutes, between cases, and is back at 11:30; the TL goes to a meeting at 16:30 and the shift
   * ends first (`back` at 17:00 with `end of shift`); the router goes away at 09:50 while case 1
   * waits for it. Minutes: 540 = Mon 09:00.
   */
  const AWAY: TraceRow[] = [
    rows.arrived(540, 1, 'C', 'standard'),
    rows.queued(540, 1, 'router'),
    rows.taken(541, 1, 'router', 'router/1', 'triage'),
    rows.queued(545, 1, 'se/XADM'),
    rows.taken(550, 1, 'se/XADM', 'se/XADM/t1/1', 'owner'),
    rows.plain(590, 1, 'customerWait', 'se/XADM', 'se/XADM/t1/1'),
    rows.away(590, 'router', 'router/1', 20),
    rows.away(600, 'se/XADM', 'se/XADM/t1/1', 90),
    rows.back(610, 'router', 'router/1'),
    rows.back(690, 'se/XADM', 'se/XADM/t1/1'),
    rows.queuedForOwner(700, 1, 'se/XADM', 'se/XADM/t1/1'),
    rows.taken(700, 1, 'se/XADM', 'se/XADM/t1/1', 'session'),
    rows.plain(720, 1, 'resolved', 'se/XADM', 'se/XADM/t1/1'),
    rows.away(990, 'tl/XADM/t1', 'tl/XADM/t1', 60),
    rows.back(1020, 'tl/XADM/t1', 'tl/XADM/t1', true),
  ];
  const AWAY_EXPECTED: Array<[number, string]> = [
    [
      580,
      '1 withEngineer se/XADM se/XADM/t1/1 | router/1 free, se/XADM/t1/1 busy, tl/XADM/t1 free, problemControl/1 free | resolved 0, abandoned 0',
    ],
    [
      595,
      '1 customerWait se/XADM | router/1 away, se/XADM/t1/1 free, tl/XADM/t1 free, problemControl/1 free | resolved 0, abandoned 0',
    ],
    [
      600,
      '1 customerWait se/XADM | router/1 away, se/XADM/t1/1 away, tl/XADM/t1 free, problemControl/1 free | resolved 0, abandoned 0',
    ],
    [
      650,
      '1 customerWait se/XADM | router/1 free, se/XADM/t1/1 away, tl/XADM/t1 free, problemControl/1 free | resolved 0, abandoned 0',
    ],
    [
      690,
      '1 customerWait se/XADM | router/1 free, se/XADM/t1/1 free, tl/XADM/t1 free, problemControl/1 free | resolved 0, abandoned 0',
    ],
    [
      710,
      '1 withEngineer se/XADM se/XADM/t1/1 | router/1 free, se/XADM/t1/1 busy, tl/XADM/t1 free, problemControl/1 free | resolved 0, abandoned 0',
    ],
    [
      1000,
      ' | router/1 free, se/XADM/t1/1 free, tl/XADM/t1 away, problemControl/1 free | resolved 1, abandoned 0',
    ],
    // Off shift wins over away: from 17:00 the TL's seat is off, whatever the rows say.
    [
      1019.5,
      ' | router/1 free, se/XADM/t1/1 free, tl/XADM/t1 away, problemControl/1 free | resolved 1, abandoned 0',
    ],
    [
      1030,
      ' | router/1 free, se/XADM/t1/1 off, tl/XADM/t1 off, problemControl/1 free | resolved 1, abandoned 0',
    ],
  ];

  it('shows a seat away between its away and back rows and free after, playing forward and scrubbing back', () => {
    for (const every of [1, 3, 1000]) {
      const replay = new Replay(AWAY, SEATS, { snapshotEvery: every });
      for (const [t, expected] of AWAY_EXPECTED)
        expect(describeState(replay.seek(t)), `t = ${t}, snapshot every ${every}`).toBe(expected);
      for (const [t, expected] of [...AWAY_EXPECTED].reverse())
        expect(describeState(replay.seek(t)), `back to ${t}, snapshot every ${every}`).toBe(expected);
      for (const i of [3, 0, 8, 2, 6, 1, 4, 7, 5])
        expect(describeState(replay.seek(AWAY_EXPECTED[i][0])), `jump to ${AWAY_EXPECTED[i][0]}`).toBe(
          AWAY_EXPECTED[i][1],
        );
    }
  });

  it('makes no case of the rows about people: no case 0, no story rows, no count', () => {
    const replay = new Replay(AWAY, SEATS, { snapshotEvery: 2 });
    expect(replay.caseIds()).toEqual([1]);
    expect(replay.rowsOf(0)).toEqual([]);
    expect(replay.fateOf(0)).toBeNull();
    expect(replay.nextEventOfCase(0, 0)).toBeNull();
    for (const t of [590, 600, 650, 1000, 1030]) {
      const state = replay.seek(t);
      expect(state.cases.has(0), `t = ${t}`).toBe(false);
      expect(state.resolved + state.abandoned).toBe(t >= 720 ? 1 : 0);
    }
    // The rows are still events of the floor: stepping stops at them.
    expect(replay.nextEventAt(720)).toBe(990);
    expect(replay.previousEventAt(690)).toBe(610);
    // A trace of people alone: an empty floor, people away.
    const people = new Replay(
      AWAY.filter((r) => r.caseId === 0),
      SEATS,
    );
    expect(people.seek(620).cases.size).toBe(0);
    expect(people.caseIds()).toEqual([]);
    expect(people.seatStatus('se/XADM/t1/1')).toBe('away');
    // Off shift wins over away: a person still away when the shift ends shows off shift.
    const late = new Replay([rows.away(1000, 'se/XADM', 'se/XADM/t1/1', 60)], SEATS);
    expect(late.seek(1010).seatStatus('se/XADM/t1/1')).toBe('away');
    expect(late.seek(1030).seatStatus('se/XADM/t1/1')).toBe('off');
    expect(late.seek(MINUTES_PER_DAY + 600).seatStatus('se/XADM/t1/1')).toBe('away');
  });

  it('reads the engine’s time away on the understaffed day: seats of the seat plan, away at busy hours, no case 0', () => {
    const file = join(ROOT, 'scenarios/teach/understaffed-day.json');
    const scenario = parseScenario(JSON.parse(readFileSync(file, 'utf8')), {
      file,
      readText: (p) => readFileSync(join(dirname(file), p), 'utf8'),
    });
    const trace = simulateReplication(scenario, { replication: 0, trace: true }).trace!;
    const seats = seatPlan(scenario).flatMap((p) => p.seats);
    const people = trace.filter((r) => r.caseId === 0);
    expect(people.length).toBeGreaterThan(0);
    const ids = new Set(seats.map((s) => s.id));
    expect(people.filter((r) => !ids.has(r.engineer)).map((r) => r.engineer)).toEqual([]);
    const replay = new Replay(trace, seats);
    expect(replay.caseIds()).not.toContain(0);
    const state = replay.seek(11 * 60);
    expect(state.cases.has(0)).toBe(false);
    const away = seats.filter((s) => state.seatStatus(s.id) === 'away');
    expect(away.length).toBeGreaterThan(0);
    for (const s of away) expect(s.onShift(11 * 60) && state.seatCase(s.id) === null, s.id).toBe(true);
  });

  it('ignores rows it does not know except for moving the case to their place', () => {
    const replay = new Replay(
      [
        rows.arrived(10, 7, 'C', 'standard'),
        // A kind of row from a newer trace than this page knows.
        { ...rows.queued(12, 7, 'beta'), event: 'paused' } as unknown as TraceRow,
      ],
      SEATS,
    );
    expect(describeState(replay.seek(20)).split(' | ')[0]).toBe('7 moving beta');
  });
});
