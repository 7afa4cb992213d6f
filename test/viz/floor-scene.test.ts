import { describe, expect, it } from 'vitest';
import type { TraceRow } from '../../src/sim/index.js';
import { caseNowText, ordinal } from '../../src/viz/floor/case-now.js';
import { floorLayout } from '../../src/viz/floor/layout.js';
import { LESSONS, lessonStart } from '../../src/viz/floor/lessons.js';
import { NARRATION } from '../../src/viz/floor/narration.js';
import { hardestCase, serverDownPodCase } from '../../src/viz/floor/pick-case.js';
import { Replay } from '../../src/viz/floor/replay.js';
import { buildScene } from '../../src/viz/floor/scene.js';
import { floorDirectory, type PlanPool } from '../../src/viz/floor/seats.js';
import { syntheticTrace } from '../../src/viz/floor/synthetic.js';
import { rows } from './trace-rows.js';

/** A seat of the plan that belongs to no specialty, team or pod. */
const seat = (id: string) => ({ id, specialty: null, team: null, pod: null });

/** One router, one XADM team of two SEs with its TL, one PC SE. */
const PLAN: PlanPool[] = [
  { pool: 'router', specialty: null, seats: [seat('router/1')] },
  {
    pool: 'se/XADM',
    specialty: 'XADM',
    seats: [
      { id: 'se/XADM/t1/1', specialty: 'XADM', team: 1, pod: null },
      { id: 'se/XADM/t1/2', specialty: 'XADM', team: 1, pod: null },
    ],
  },
  { pool: 'problemControl', specialty: null, seats: [seat('problemControl/1')] },
  { pool: 'tl', specialty: null, seats: [{ id: 'tl/XADM/t1', specialty: 'XADM', team: 1, pod: null }] },
];
const FLOOR = floorDirectory(PLAN);
const SEATS = PLAN.flatMap((p) => p.seats.map((s) => ({ id: s.id, onShift: () => true })));

describe('the scene drawn from a floor state', () => {
  // Three cases queue for XADM at 10, 11 and 12 (C standard, A premier, B standard); case 4 is with an SE in a consult.
  const replay = new Replay(
    [
      rows.arrived(1, 4, 'C', 'standard'),
      rows.queued(1, 4, 'se/XADM'),
      rows.taken(2, 4, 'se/XADM', 'se/XADM/t1/2', 'owner'),
      rows.consult(5, 4, 'tl/XADM/t1', 'se/XADM/t1/2'),
      rows.arrived(10, 1, 'C', 'standard'),
      rows.queued(10, 1, 'se/XADM'),
      rows.arrived(11, 2, 'A', 'premier'),
      rows.queued(11, 2, 'se/XADM'),
      rows.arrived(12, 3, 'B', 'standard'),
      rows.queued(12, 3, 'se/XADM'),
    ],
    SEATS,
  );
  const layout = floorLayout(PLAN, 1000, 700);
  const scene = buildScene(layout, replay.seek(20));

  it('lines queued cases up in the order the model serves them: Sev A premier, then B, then C', () => {
    expect([1, 2, 3].map((id) => scene.queuePosition.get(id)!.index)).toEqual([3, 1, 2]);
    const x = (id: number) => scene.dots.find((d) => d.id === id)!.x;
    expect(x(2)).toBeLessThan(x(3));
    expect(x(3)).toBeLessThan(x(1));
    const queue = layout.place('se/XADM')!.queue!;
    for (const id of [1, 2, 3])
      expect(scene.dots.find((d) => d.id === id)!.y).toBeLessThan(queue.y + queue.h);
    expect(scene.crowds).toContainEqual(
      expect.objectContaining({ place: 'se/XADM', kind: 'queue', count: 3, hidden: 0 }),
    );
  });

  it('puts a case with an engineer on the centre of the seat, with a line to the TL during a consult', () => {
    const seat = layout.seat('se/XADM/t1/2')!.rect;
    const tl = layout.seat('tl/XADM/t1')!.rect;
    expect(scene.dots.find((d) => d.id === 4)).toMatchObject({
      x: seat.x + seat.w / 2,
      y: seat.y + seat.h / 2,
      severity: 'C',
    });
    expect(scene.consults).toEqual([
      { x1: seat.x + seat.w / 2, y1: seat.y + seat.h / 2, x2: tl.x + tl.w / 2, y2: tl.y + tl.h / 2 },
    ]);
  });

  it('never makes a dot of the rows about people (case id 0), and draws no case on a seat that is away', () => {
    const people = [
      rows.away(0, 'se/XADM', 'se/XADM/t1/1', 60),
      rows.away(3, 'router', 'router/1', 30),
      rows.away(4, 'problemControl', 'problemControl/1', 90),
      rows.back(15, 'router', 'router/1'),
    ];
    const withPeople = new Replay([...people, ...replay.rows], SEATS, { snapshotEvery: 3 });
    for (const t of [0, 2, 5, 11, 20]) {
      const s = buildScene(layout, withPeople.seek(t));
      expect(
        s.dots.map((d) => d.id),
        `t = ${t}`,
      ).not.toContain(0);
      expect(s.dots.map((d) => d.id).sort()).toEqual(
        buildScene(layout, replay.seek(t))
          .dots.map((d) => d.id)
          .sort(),
      );
    }
    const s = withPeople.seek(20);
    expect(Object.fromEntries(layout.seats.map((seat) => [seat.id, s.seatStatus(seat.id)]))).toEqual({
      'router/1': 'free',
      'se/XADM/t1/1': 'away',
      'se/XADM/t1/2': 'consult',
      'problemControl/1': 'away',
      'tl/XADM/t1': 'consult',
    });
    expect(
      buildScene(layout, withPeople.seek(20))
        .crowds.map((c) => c.count)
        .reduce((a, b) => a + b, 0),
    ).toBe(3);
  });

  it('keeps case 0 rows out of the benchmark’s cases: the made-up trace’s people go away and come back', () => {
    const trace = syntheticTrace(PLAN, 20);
    const people = trace.filter((r) => r.caseId === 0);
    expect(people.length).toBeGreaterThan(0);
    expect(new Set(people.map((r) => r.event))).toEqual(new Set(['away', 'back']));
    const synthetic = new Replay(trace, SEATS);
    expect(synthetic.caseIds()).toHaveLength(20);
    for (const t of [60, 300, 700, 1200])
      expect(buildScene(layout, synthetic.seek(t)).dots.map((d) => d.id)).not.toContain(0);
    // The cases are the same with or without the people.
    expect(trace.filter((r) => r.caseId !== 0)).toEqual(
      syntheticTrace(PLAN, 20).filter((r) => r.caseId !== 0),
    );
  });

  it('says where a followed case stands in words', () => {
    const two = replay.seek(20).cases.get(2);
    expect(caseNowText(two, FLOOR, { queuePosition: { index: 1, of: 3 } })).toBe(
      'Now: next in the queue for an XADM support engineer (3 waiting).',
    );
    expect(caseNowText(replay.cases.get(1), FLOOR, { queuePosition: { index: 3, of: 3 } })).toBe(
      'Now: 3rd of 3 in the queue for an XADM support engineer.',
    );
    expect(caseNowText(replay.cases.get(4), FLOOR)).toBe(
      'Now: XADM 1·2 is consulting the technical lead (TL XADM 1).',
    );
    expect(caseNowText(undefined, FLOOR, { arrivesAt: 540 })).toBe('Not here yet: it arrives Mon 09:00.');
    expect(caseNowText(undefined, FLOOR, { fate: 'resolved' })).toBe('Now: resolved.');
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st',
    ]);
  });
});

describe('the lessons of Show me', () => {
  const climb = (id: number, to: number): TraceRow[] => [
    rows.arrived(to, id, 'B', 'standard'),
    rows.queued(to, id, 'router'),
    rows.taken(to + 1, id, 'router', 'router/1', 'triage'),
    rows.queued(to + 5, id, 'se/XADM'),
    rows.taken(to + 6, id, 'se/XADM', 'se/XADM/t1/1', 'owner'),
    rows.escalated(to + 60, id, 'problemControl', 'se/XADM/t1/1', 'difficulty'),
    rows.queued(to + 60, id, 'problemControl'),
    rows.taken(to + 61, id, 'problemControl', 'problemControl/1'),
  ];

  it('picks the case that waits for a hotfix after an escalation engineer as the hard case', () => {
    const toEe = [
      rows.escalated(200, 2, 'escalation', '', 'difficulty'),
      rows.queued(200, 2, 'escalation'),
      rows.taken(201, 2, 'escalation', 'escalation/1'),
    ];
    const trace = [
      ...climb(1, 100),
      ...climb(2, 110),
      ...toEe,
      rows.plain(400, 2, 'hotfixWait', 'productGroup'),
      ...climb(3, 120),
    ];
    expect(hardestCase(trace)).toBe(2);
    // Without the hotfix, the one escalated to an escalation engineer; among equals, the lowest id.
    expect(hardestCase([...climb(1, 100), ...climb(2, 110), ...toEe])).toBe(2);
    expect(hardestCase([...climb(3, 100), ...climb(1, 110)])).toBe(1);
    expect(hardestCase([])).toBeNull();
    // Rows about people (case id 0) are no case, even where they are all there is.
    const away = [rows.away(50, 'se/XADM', 'se/XADM/t1/1', 60), rows.back(110, 'se/XADM', 'se/XADM/t1/1')];
    expect(hardestCase(away)).toBeNull();
    expect(hardestCase([...away, ...climb(3, 100)])).toBe(3);
  });

  it('picks the first Sev A tier3 case a pod takes as the server-down case', () => {
    const trace = [
      rows.arrived(10, 1, 'A', 'standard'),
      rows.arrived(20, 2, 'A', 'tier3'),
      rows.queued(20, 2, 'pods'),
      rows.taken(20, 2, 'pods', 'pods/p1/XADM/1'),
      rows.arrived(30, 3, 'A', 'tier3'),
    ];
    expect(serverDownPodCase(trace)).toBe(2);
    expect(serverDownPodCase(trace.filter((r) => r.caseId !== 2))).toBe(3);
    expect(
      serverDownPodCase([
        rows.away(5, 'pods', 'pods/p1/XADM/1', 60),
        rows.back(50, 'pods', 'pods/p1/XADM/1'),
      ]),
    ).toBeNull();
  });

  it('starts ten minutes before the followed case arrives, else at the lesson’s start or before the first call', () => {
    const trace = climb(1, 540);
    const [quiet, , hard, understaffed] = LESSONS;
    expect(lessonStart(hard, trace, 1)).toBe(530);
    expect(lessonStart(quiet, trace, null)).toBe(530);
    expect(lessonStart(understaffed, trace, null)).toBe(8 * 60);
    // Time away before the first call does not move the start.
    const early = [rows.away(60, 'router', 'router/8', 60), rows.back(120, 'router', 'router/8'), ...trace];
    expect(lessonStart(quiet, early, null)).toBe(530);
    expect(lessonStart(quiet, early, 0)).toBe(530);
  });

  it('has a paragraph for every role a trainer can click, each a few sentences long', () => {
    expect(Object.keys(NARRATION).sort()).toEqual(
      [
        'beta',
        'escalation',
        'escalationManager',
        'pods',
        'problemControl',
        'productGroup',
        'router',
        'se',
        'tam',
        'teamManager',
        'tl',
      ].sort(),
    );
    for (const n of Object.values(NARRATION)) expect(n.text.split('. ').length).toBeGreaterThanOrEqual(2);
  });
});
