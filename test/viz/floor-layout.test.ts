import { describe, expect, it } from 'vitest';
import { parseScenario, seatPlan } from '../../src/sim/index.js';
import { BUNDLED_SCENARIOS } from '../../src/viz/bundled.js';
import type { Rect } from '../../src/viz/floor/geometry.js';
import { floorLayout } from '../../src/viz/floor/layout.js';
import { floorDirectory } from '../../src/viz/floor/seats.js';
import { checkScenario } from '../../src/viz/scenario-source.js';

/** Two specialties (XADM: 2 teams of 3 SEs; XCON: 1 team of 2), 2 routers, one pod of 3, 1 beta SE, 2 PC, 1 EE, 1 EM, 1 TAM. */
const small = parseScenario(
  {
    name: 'small floor',
    specialties: ['XADM', 'XCON'],
    arrivals: {
      casesPerHour: 2,
      mix: {
        specialty: { XADM: 0.5, XCON: 0.5 },
        severity: { A: 0.1, B: 0.3, C: 0.6 },
        contract: { standard: 0.8, premier: 0.1, tier3: 0.1 },
      },
    },
    pools: {
      router: { staff: 2 },
      se: { specialties: { XADM: { teams: 2, sesPerTeam: 3 }, XCON: { teams: 1, sesPerTeam: 2 } } },
      pods: { count: 1, members: { XADM: 2, XCON: 1 } },
      beta: { staff: 1 },
      problemControl: { staff: 2 },
      escalation: { staff: 1 },
      escalationManagers: { staff: 1 },
      tams: { premierAccounts: 10, accountsPerTam: 10 },
    },
  },
  { file: 'small.json', readText: () => '' },
);

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (r: Rect, box: Rect) =>
  r.x >= box.x - 1e-9 &&
  r.y >= box.y - 1e-9 &&
  r.x + r.w <= box.x + box.w + 1e-9 &&
  r.y + r.h <= box.y + box.h + 1e-9;

describe('floor layout', () => {
  const plan = seatPlan(small);
  const ids = plan.flatMap((p) => p.seats.map((s) => s.id));
  const floor = floorDirectory(plan);
  /** The place each seat sits in: its pool's, or for a TL the band of the specialty it leads. */
  const home = (id: string) => {
    const seat = floor.seat(id)!;
    return seat.pool === 'tl' ? plan.find((p) => p.specialty === seat.specialty)!.pool : seat.pool;
  };

  it('gives the small scenario 22 seats: 2 routers, 8 SEs, 3 TLs, 3 pod members, 1 beta SE, 2 PC, 1 EE, 1 EM, 1 TAM', () => {
    expect(ids).toHaveLength(22);
    expect(ids).toContain('se/XADM/t2/3');
    expect(ids).toContain('tl/XCON/t1');
  });

  for (const [width, height] of [
    [1000, 700],
    [1400, 900],
    [640, 480],
  ]) {
    it(`places every seat inside a ${width} x ${height} canvas, inside its area, without overlaps`, () => {
      const layout = floorLayout(plan, width, height);
      expect(layout.seats.map((s) => s.id).sort()).toEqual([...ids].sort());
      const canvas = { x: 0, y: 0, w: width, h: height };
      for (const s of layout.seats) expect(inside(s.rect, canvas), s.id).toBe(true);
      for (let i = 0; i < layout.seats.length; i++) {
        for (let j = i + 1; j < layout.seats.length; j++) {
          expect(
            overlaps(layout.seats[i].rect, layout.seats[j].rect),
            `${layout.seats[i].id} / ${layout.seats[j].id}`,
          ).toBe(false);
        }
      }
      for (const p of layout.places) expect(inside(p.area, canvas), p.id).toBe(true);
      for (let i = 0; i < layout.places.length; i++) {
        for (let j = i + 1; j < layout.places.length; j++) {
          expect(
            overlaps(layout.places[i].area, layout.places[j].area),
            `${layout.places[i].id} / ${layout.places[j].id}`,
          ).toBe(false);
        }
      }
      // Each seat sits in its own place: SEs and their TL in the specialty band, pod members in the pods.
      for (const s of layout.seats) expect(inside(s.rect, layout.place(home(s.id))!.area), s.id).toBe(true);
    });
  }

  it('puts each team’s technical lead first among its seats, and one team box per team', () => {
    const layout = floorLayout(plan, 1000, 700);
    expect(layout.teams.map((t) => t.id)).toEqual(['se/XADM/t1', 'se/XADM/t2', 'se/XCON/t1']);
    const team2 = layout.seats.filter(
      (s) => floor.seat(s.id)?.specialty === 'XADM' && floor.seat(s.id)?.team === 2,
    );
    expect(team2.map((s) => s.id).sort()).toEqual([
      'se/XADM/t2/1',
      'se/XADM/t2/2',
      'se/XADM/t2/3',
      'tl/XADM/t2',
    ]);
    const first = [...team2].sort((a, b) => a.rect.y - b.rect.y || a.rect.x - b.rect.x)[0];
    expect(first.id).toBe('tl/XADM/t2');
    for (const s of team2) expect(inside(s.rect, layout.teams[1].area), s.id).toBe(true);
  });

  it('draws each pod as a captioned group holding its members', () => {
    const layout = floorLayout(plan, 1000, 700);
    expect(layout.pods.map((p) => `${p.id} ${p.label}`)).toEqual(['pods/p1 pod 1']);
    for (const id of ['pods/p1/XADM/1', 'pods/p1/XADM/2', 'pods/p1/XCON/1'])
      expect(inside(layout.seat(id)!.rect, layout.pods[0].area), id).toBe(true);
  });

  it('has every place of the ladder, the people beside it and the way out', () => {
    const layout = floorLayout(plan, 1000, 700);
    expect(layout.places.map((p) => p.id)).toEqual([
      'arrival',
      'router',
      'tams',
      'escalationManagers',
      'se/XADM',
      'se/XCON',
      'pods',
      'beta',
      'problemControl',
      'escalation',
      'productGroup',
      'resolved',
      'abandoned',
    ]);
    expect(layout.place('se/XADM')!.waitingLabel).toBe('waiting on the customer');
    expect(layout.place('productGroup')!.role).toBe('productGroup');
  });

  // 14 routers, 98 SEs, 24 pod members, 5 beta SEs, 12 Problem Control SEs, 9 EEs, 7 TLs, 2 EMs, 12 TAMs.
  it('keeps the baseline’s 183 seats apart on a 1000 x 760 canvas, at least 8 px square', () => {
    const raw = BUNDLED_SCENARIOS.get('baseline.json');
    const checked = checkScenario(raw, 'baseline.json');
    if (!checked.ok) throw new Error(checked.message);
    const layout = floorLayout(seatPlan(checked.scenario), 1000, 760);
    expect(layout.seats).toHaveLength(183);
    expect(layout.seatSize).toBeGreaterThanOrEqual(8);
  });
});
