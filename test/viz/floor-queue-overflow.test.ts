import { describe, expect, it } from 'vitest';
import type { TraceRow } from '../../src/sim/index.js';
import { contains, type Rect } from '../../src/viz/floor/geometry.js';
import { floorLayout } from '../../src/viz/floor/layout.js';
import { Replay } from '../../src/viz/floor/replay.js';
import { buildScene } from '../../src/viz/floor/scene.js';
import type { PlanPool } from '../../src/viz/floor/seats.js';
import { rows } from './trace-rows.js';

/** One router and one XADM team of six SEs with its TL. */
const PLAN: PlanPool[] = [
  { pool: 'router', specialty: null, seats: [{ id: 'router/1', specialty: null, team: null, pod: null }] },
  {
    pool: 'se/XADM',
    specialty: 'XADM',
    seats: [1, 2, 3, 4, 5, 6].map((k) => ({ id: `se/XADM/t1/${k}`, specialty: 'XADM', team: 1, pod: null })),
  },
  { pool: 'tl', specialty: null, seats: [{ id: 'tl/XADM/t1', specialty: 'XADM', team: 1, pod: null }] },
];
const SEATS = PLAN.flatMap((p) => p.seats.map((s) => ({ id: s.id, onShift: () => true })));

/** `n` cases queued for XADM, one a minute, the first one taken by an SE. */
function queueOf(n: number): Replay {
  const trace: TraceRow[] = [];
  for (let id = 1; id <= n; id++)
    trace.push(rows.arrived(id, id, 'C', 'standard'), rows.queued(id, id, 'se/XADM'));
  trace.push(rows.taken(n + 1, 1, 'se/XADM', 'se/XADM/t1/1', 'owner'));
  return new Replay(trace, SEATS);
}

const within = (r: Rect, x: number, y: number) => contains(r, x, y);

describe('a queue longer than its strip', () => {
  for (const [width, height] of [
    [1000, 700],
    [390, 300],
  ] as const) {
    it(`draws the cases that fit inside the strip and counts the rest as +N (${width} x ${height})`, () => {
      const layout = floorLayout(PLAN, width, height);
      const queue = layout.place('se/XADM')!.queue!;
      const scene = buildScene(layout, queueOf(400).seek(1000));
      const queued = scene.dots.filter((d) => d.id !== 1);
      const crowd = scene.crowds.find((c) => c.place === 'se/XADM' && c.kind === 'queue')!;
      expect(crowd.count).toBe(399);
      expect(crowd.hidden).toBe(399 - queued.length);
      expect(crowd.hidden).toBeGreaterThan(0);
      const r = layout.dotRadius;
      for (const d of queued) {
        // The whole dot inside the strip: never over the seats below it.
        expect(d.x - r >= queue.x && d.x + r <= queue.x + queue.w, `dot ${d.id} x`).toBe(true);
        expect(d.y - r >= queue.y && d.y + r <= queue.y + queue.h, `dot ${d.id} y`).toBe(true);
        for (const s of layout.seats) expect(within(s.rect, d.x, d.y), `dot ${d.id} on ${s.id}`).toBe(false);
        expect(within(crowd.badge!, d.x, d.y), `dot ${d.id} under the badge`).toBe(false);
      }
      const b = crowd.badge!;
      expect(b.x >= queue.x && b.x + b.w <= queue.x + queue.w + 1e-9).toBe(true);
      // The SE's case sits on its seat.
      const seat = layout.seat('se/XADM/t1/1')!.rect;
      expect(scene.dots.find((d) => d.id === 1)).toMatchObject({
        x: seat.x + seat.w / 2,
        y: seat.y + seat.h / 2,
      });
    });
  }

  it('shows every case when the line fits, with no badge', () => {
    const layout = floorLayout(PLAN, 1000, 700);
    const crowd = buildScene(layout, queueOf(4).seek(1000)).crowds.find((c) => c.kind === 'queue')!;
    expect(crowd).toMatchObject({ count: 3, hidden: 0, badge: null });
  });

  it('always draws the followed case, in the last slot shown, and keeps its place in the line', () => {
    const layout = floorLayout(PLAN, 1000, 700);
    const replay = queueOf(400);
    const plain = buildScene(layout, replay.seek(1000));
    expect(plain.dots.some((d) => d.id === 400)).toBe(false);
    const followed = buildScene(layout, replay.seek(1000), 400);
    expect(followed.dots.some((d) => d.id === 400)).toBe(true);
    expect(followed.dots).toHaveLength(plain.dots.length);
    expect(followed.queuePosition.get(400)).toEqual({ index: 399, of: 399 });
  });
});
