import { describe, expect, it } from 'vitest';
import { seatPlan } from '../src/sim/index.js';
import { scenarioFrom } from './support/scenario.js';

/** XADM: 2 teams of 2 SEs; XCON: 1 team of 1; two pods of 2 XADM and 1 XCON members; 1 router. */
const scenario = scenarioFrom({
  name: 'seat facts',
  specialties: ['XADM', 'XCON'],
  arrivals: {
    casesPerHour: 1,
    mix: {
      specialty: { XADM: 0.5, XCON: 0.5 },
      severity: { A: 0.1, B: 0.3, C: 0.6 },
      contract: { standard: 0.8, premier: 0.1, tier3: 0.1 },
    },
  },
  pools: {
    router: { staff: 1 },
    se: { specialties: { XADM: { teams: 2, sesPerTeam: 2 }, XCON: { teams: 1, sesPerTeam: 1 } } },
    pods: { count: 2, members: { XADM: 2, XCON: 1 } },
  },
});

/** A pool's seats as `id specialty team pod` (`-` for null). */
function facts(pool: string): string[] {
  const seats = seatPlan(scenario).find((p) => p.pool === pool)?.seats ?? [];
  return seats.map((s) => `${s.id} ${s.specialty ?? '-'} ${s.team ?? '-'} ${s.pod ?? '-'}`);
}

describe('the seat plan', () => {
  it('gives each SE its specialty and team, and each SE pool its specialty', () => {
    expect(facts('se/XADM')).toEqual([
      'se/XADM/t1/1 XADM 1 -',
      'se/XADM/t1/2 XADM 1 -',
      'se/XADM/t2/1 XADM 2 -',
      'se/XADM/t2/2 XADM 2 -',
    ]);
    expect(facts('se/XCON')).toEqual(['se/XCON/t1/1 XCON 1 -']);
    expect(seatPlan(scenario).map((p) => `${p.pool} ${p.specialty ?? '-'}`)).toEqual([
      'router -',
      'se/XADM XADM',
      'se/XCON XCON',
      'pods -',
      'beta -',
      'problemControl -',
      'escalation -',
      'tl -',
      'escalationManagers -',
      'tams -',
    ]);
  });

  it('gives each technical lead the specialty and team it leads', () => {
    expect(facts('tl')).toEqual(['tl/XADM/t1 XADM 1 -', 'tl/XADM/t2 XADM 2 -', 'tl/XCON/t1 XCON 1 -']);
  });

  it('gives each pod member its pod and specialty', () => {
    expect(facts('pods')).toEqual([
      'pods/p1/XADM/1 XADM - 1',
      'pods/p1/XADM/2 XADM - 1',
      'pods/p1/XCON/1 XCON - 1',
      'pods/p2/XADM/1 XADM - 2',
      'pods/p2/XADM/2 XADM - 2',
      'pods/p2/XCON/1 XCON - 2',
    ]);
  });

  it('places nobody else', () => {
    expect(facts('router')).toEqual(['router/1 - - -']);
  });
});
