import { describe, expect, it } from 'vitest';
import type { TraceEventKind, TraceRow } from '../../src/sim/index.js';
import { caseNowText, ordinal } from '../../src/viz/floor/case-now.js';
import { floorLayout } from '../../src/viz/floor/layout.js';
import { LESSONS, lessonStart } from '../../src/viz/floor/lessons.js';
import { NARRATION } from '../../src/viz/floor/narration.js';
import { hardestCase, serverDownPodCase } from '../../src/viz/floor/pick-case.js';
import { Replay } from '../../src/viz/floor/replay.js';
import { buildScene } from '../../src/viz/floor/scene.js';
import { syntheticTrace } from '../../src/viz/floor/synthetic.js';

const row = (
  at: number,
  caseId: number,
  event: TraceEventKind,
  place: string,
  engineer = '',
  detail = '',
): TraceRow => ({ at, caseId, event, place, engineer, detail });

/** One router, one XADM team of two SEs with its TL, one PC SE. */
const PLAN = [
  { pool: 'router', seats: [{ id: 'router/1', team: null }] },
  {
    pool: 'se/XADM',
    seats: [
      { id: 'se/XADM/t1/1', team: 1 },
      { id: 'se/XADM/t1/2', team: 1 },
    ],
  },
  { pool: 'problemControl', seats: [{ id: 'problemControl/1', team: null }] },
  { pool: 'tl', seats: [{ id: 'tl/XADM/t1', team: null }] },
];
const SEATS = PLAN.flatMap((p) => p.seats.map((s) => ({ id: s.id, onShift: () => true })));

describe('the scene drawn from a floor state', () => {
  // Three cases queue for XADM at 10, 11 and 12 (C standard, A premier, B standard); case 4 is with an SE in a consult.
  const replay = new Replay(
    [
      row(1, 4, 'arrived', 'arrival', '', 'C standard'),
      row(1, 4, 'queued', 'se/XADM'),
      row(2, 4, 'taken', 'se/XADM', 'se/XADM/t1/2', 'owner'),
      row(5, 4, 'consult', 'tl/XADM/t1', 'tl/XADM/t1', 'with se/XADM/t1/2'),
      row(10, 1, 'arrived', 'arrival', '', 'C standard'),
      row(10, 1, 'queued', 'se/XADM'),
      row(11, 2, 'arrived', 'arrival', '', 'A premier'),
      row(11, 2, 'queued', 'se/XADM'),
      row(12, 3, 'arrived', 'arrival', '', 'B standard'),
      row(12, 3, 'queued', 'se/XADM'),
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
      row(0, 0, 'away', 'se/XADM', 'se/XADM/t1/1', '60'),
      row(3, 0, 'away', 'router', 'router/1', '30'),
      row(4, 0, 'away', 'problemControl', 'problemControl/1', '90'),
      row(15, 0, 'back', 'router', 'router/1'),
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
    const rows = syntheticTrace(PLAN, 20);
    const people = rows.filter((r) => r.caseId === 0);
    expect(people.length).toBeGreaterThan(0);
    expect(new Set(people.map((r) => r.event))).toEqual(new Set(['away', 'back']));
    const synthetic = new Replay(rows, SEATS);
    expect(synthetic.caseIds()).toHaveLength(20);
    for (const t of [60, 300, 700, 1200])
      expect(buildScene(layout, synthetic.seek(t)).dots.map((d) => d.id)).not.toContain(0);
    // The cases are the same with or without the people.
    expect(rows.filter((r) => r.caseId !== 0)).toEqual(
      syntheticTrace(PLAN, 20).filter((r) => r.caseId !== 0),
    );
  });

  it('says where a followed case stands in words', () => {
    const two = replay.seek(20).cases.get(2);
    expect(caseNowText(two, { queuePosition: { index: 1, of: 3 } })).toBe(
      'Now: next in the queue for an XADM support engineer (3 waiting).',
    );
    expect(caseNowText(replay.cases.get(1), { queuePosition: { index: 3, of: 3 } })).toBe(
      'Now: 3rd of 3 in the queue for an XADM support engineer.',
    );
    expect(caseNowText(replay.cases.get(4))).toBe(
      'Now: se/XADM/t1/2 is consulting the technical lead tl/XADM/t1.',
    );
    expect(caseNowText(undefined, { arrivesAt: 540 })).toBe('Not here yet: it arrives Mon 09:00.');
    expect(caseNowText(undefined, { fate: 'resolved' })).toBe('Now: resolved.');
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
    row(to, id, 'arrived', 'arrival', '', 'B standard'),
    row(to, id, 'queued', 'router'),
    row(to + 1, id, 'taken', 'router', 'router/1', 'triage'),
    row(to + 5, id, 'queued', 'se/XADM'),
    row(to + 6, id, 'taken', 'se/XADM', 'se/XADM/t1/1', 'owner'),
    row(to + 60, id, 'escalated', 'problemControl', 'se/XADM/t1/1', 'difficulty'),
    row(to + 60, id, 'queued', 'problemControl'),
    row(to + 61, id, 'taken', 'problemControl', 'problemControl/1'),
  ];

  it('picks the case that waits for a hotfix after an escalation engineer as the hard case', () => {
    const toEe = [
      row(200, 2, 'escalated', 'escalation', '', 'difficulty'),
      row(200, 2, 'queued', 'escalation'),
      row(201, 2, 'taken', 'escalation', 'escalation/1'),
    ];
    const rows = [
      ...climb(1, 100),
      ...climb(2, 110),
      ...toEe,
      row(400, 2, 'hotfixWait', 'productGroup'),
      ...climb(3, 120),
    ];
    expect(hardestCase(rows)).toBe(2);
    // Without the hotfix, the one escalated to an escalation engineer; among equals, the lowest id.
    expect(hardestCase([...climb(1, 100), ...climb(2, 110), ...toEe])).toBe(2);
    expect(hardestCase([...climb(3, 100), ...climb(1, 110)])).toBe(1);
    expect(hardestCase([])).toBeNull();
    // Rows about people (case id 0) are no case, even where they are all there is.
    const away = [
      row(50, 0, 'away', 'se/XADM', 'se/XADM/t1/1', '60'),
      row(110, 0, 'back', 'se/XADM', 'se/XADM/t1/1'),
    ];
    expect(hardestCase(away)).toBeNull();
    expect(hardestCase([...away, ...climb(3, 100)])).toBe(3);
  });

  it('picks the first Sev A tier3 case a pod takes as the server-down case', () => {
    const rows = [
      row(10, 1, 'arrived', 'arrival', '', 'A standard'),
      row(20, 2, 'arrived', 'arrival', '', 'A tier3'),
      row(20, 2, 'queued', 'pods'),
      row(20, 2, 'taken', 'pods', 'pods/p1/XADM/1'),
      row(30, 3, 'arrived', 'arrival', '', 'A tier3'),
    ];
    expect(serverDownPodCase(rows)).toBe(2);
    expect(serverDownPodCase(rows.filter((r) => r.caseId !== 2))).toBe(3);
    expect(
      serverDownPodCase([
        row(5, 0, 'away', 'pods', 'pods/p1/XADM/1', 'A tier3'),
        row(50, 0, 'back', 'pods', 'pods/p1/XADM/1'),
      ]),
    ).toBeNull();
  });

  it('starts ten minutes before the followed case arrives, else at the lesson’s start or before the first call', () => {
    const rows = climb(1, 540);
    const [quiet, , hard, understaffed] = LESSONS;
    expect(lessonStart(hard, rows, 1)).toBe(530);
    expect(lessonStart(quiet, rows, null)).toBe(530);
    expect(lessonStart(understaffed, rows, null)).toBe(8 * 60);
    // Time away before the first call does not move the start.
    const early = [
      row(60, 0, 'away', 'router', 'router/8', '60'),
      row(120, 0, 'back', 'router', 'router/8'),
      ...rows,
    ];
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
