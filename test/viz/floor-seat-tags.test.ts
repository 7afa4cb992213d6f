import { describe, expect, it } from 'vitest';
import { seatPlan } from '../../src/sim/index.js';
import { BUNDLED_SCENARIOS } from '../../src/viz/bundled.js';
import { followedPeople } from '../../src/viz/floor/draw-owner.js';
import type { Rect } from '../../src/viz/floor/geometry.js';
import { floorLayout } from '../../src/viz/floor/layout.js';
import { Replay } from '../../src/viz/floor/replay.js';
import { seatNames, specialtyAbbreviations } from '../../src/viz/floor/seat-names.js';
import { tagWidth } from '../../src/viz/floor/seat-tags.js';
import { checkScenario } from '../../src/viz/scenario-source.js';
import { rows } from './trace-rows.js';

function baselinePlan() {
  const checked = checkScenario(BUNDLED_SCENARIOS.get('baseline.json'), 'baseline.json');
  if (!checked.ok) throw new Error(checked.message);
  return seatPlan(checked.scenario);
}

const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (r: Rect, box: Rect) =>
  r.x >= box.x - 1e-9 &&
  r.y >= box.y - 1e-9 &&
  r.x + r.w <= box.x + box.w + 1e-9 &&
  r.y + r.h <= box.y + box.h + 1e-9;

describe('people’s names on the floor', () => {
  const plan = baselinePlan();
  const names = seatNames(plan);

  it('names every seat of the baseline: a short tag for the seat, a name readable alone', () => {
    expect(names.size).toBe(183);
    expect(names.get('se/XADM/t2/5')).toEqual({ tag: '5', full: 'XADM 2·5' });
    expect(names.get('se/XCSI/t1/14')).toEqual({ tag: '14', full: 'XCSI 1·14' });
    expect(names.get('tl/XCON/t2')).toEqual({ tag: 'TL', full: 'TL XCON 2' });
    expect(names.get('pods/p3/XCON/2')).toEqual({ tag: 'CO', full: 'Pod 3 XCON 2' });
    expect(names.get('router/13')).toEqual({ tag: '13', full: 'Router 13' });
    expect(names.get('problemControl/4')).toEqual({ tag: '4', full: 'PC 4' });
    expect(names.get('escalation/9')).toEqual({ tag: '9', full: 'EE 9' });
    // Two people never share a full name.
    expect(new Set([...names.values()].map((n) => n.full)).size).toBe(names.size);
  });

  it('shortens specialties to the fewest letters that tell them apart', () => {
    expect(specialtyAbbreviations(['XADM', 'XCON', 'XCSI'])).toEqual(
      new Map([
        ['XADM', 'AD'],
        ['XCON', 'CO'],
        ['XCSI', 'CS'],
      ]),
    );
    expect([...specialtyAbbreviations(['Networking', 'Storage']).values()]).toEqual(['N', 'S']);
  });

  for (const [w, h] of [
    [900, 660],
    [1400, 800],
  ] as const) {
    it(`writes a legible tag below every seat on a ${w} x ${h} floor, none overlapping a seat or another tag`, () => {
      const layout = floorLayout(plan, w, h);
      const tags = layout.seats.map((s) => s.tag);
      expect(tags.every((t) => t !== null)).toBe(true);
      const boxes = [...layout.teams.map((t) => t.area), ...layout.pods.map((p) => p.area)];
      for (const s of layout.seats) {
        const tag = s.tag!;
        expect(tag.size, s.id).toBeGreaterThanOrEqual(8);
        expect(tagWidth(tag.text, tag.size), s.id).toBeLessThanOrEqual(tag.rect.w);
        expect(overlap(tag.rect, s.rect), s.id).toBe(false);
        // Inside the seat's own box: its team, its pod, or its area.
        const box =
          boxes.find((b) => inside(s.rect, b)) ?? layout.places.find((p) => inside(s.rect, p.area))!.area;
        expect(inside(tag.rect, box), `${s.id} tag in its box`).toBe(true);
      }
      const rects = layout.seats.flatMap((s) => [s.rect, s.tag!.rect]);
      for (let i = 0; i < rects.length; i++)
        for (let j = i + 1; j < rects.length; j++)
          expect(overlap(rects[i], rects[j]), `${i} and ${j}`).toBe(false);
    });
  }

  it('leaves the tags out rather than shrink the seats below 11 px on a small floor', () => {
    const layout = floorLayout(plan, 390, 500);
    expect(layout.seats.every((s) => s.tag === null)).toBe(true);
    expect(layout.seats.every((s) => s.name !== s.id)).toBe(true);
  });

  it('highlights the followed case’s owner, and who works on it when that is someone else', () => {
    const seats = plan.flatMap((p) => p.seats);
    const replay = new Replay(
      [
        rows.arrived(10, 1, 'B', 'standard'),
        rows.queued(10, 1, 'router'),
        rows.taken(11, 1, 'router', 'router/2', 'triage'),
        rows.queued(15, 1, 'se/XADM'),
        rows.taken(16, 1, 'se/XADM', 'se/XADM/t2/5', 'owner'),
        rows.consult(30, 1, 'tl/XADM/t2', 'se/XADM/t2/5'),
        rows.plain(50, 1, 'customerWait', 'se/XADM', 'se/XADM/t2/5'),
        rows.plain(90, 1, 'resolved', 'se/XADM', 'se/XADM/t2/5'),
      ],
      seats,
    );
    expect(followedPeople(replay.seek(12), 1)).toEqual([{ id: 'router/2', role: 'working', atSeat: true }]);
    expect(followedPeople(replay.seek(20), 1)).toEqual([{ id: 'se/XADM/t2/5', role: 'owner', atSeat: true }]);
    // Waiting on the customer: the owner's seat is framed, the case's dot is in the waiting area.
    expect(followedPeople(replay.seek(60), 1)).toEqual([
      { id: 'se/XADM/t2/5', role: 'owner', atSeat: false },
    ]);
    expect(followedPeople(replay.seek(60), null)).toEqual([]);
    expect(followedPeople(replay.seek(100), 1)).toEqual([]);
  });
});
