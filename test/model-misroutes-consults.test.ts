import { describe, expect, it } from 'vitest';
import { simulateReplication } from '../src/sim/index.js';
import { constant, flow, HERE, kpi, oneByOne, steps } from './fixtures/model/harness.js';
import { scenarioFrom } from './support/scenario.js';

describe('misroutes with two specialties and misrouteShare 1', () => {
  // Cases 100 min apart never meet. Case 1 (XADM) at 0: triage 0-5, sent to the XCON SE who spends
  // the transfer time 5-15 on it, back to the XADM SE 15-75.
  const scenario = scenarioFrom(
    oneByOne('misrouted.csv', {
      specialties: ['XADM', 'XCON'],
      pools: {
        router: { misrouteShare: 1 },
        se: {
          specialties: { XADM: { teams: 1, sesPerTeam: 1 }, XCON: { teams: 1, sesPerTeam: 1 } },
          transfer: constant(10),
        },
      },
    }),
    HERE,
  );
  const result = simulateReplication(scenario, { replication: 0, trace: true });

  it('sends case 1 to the XCON SE first, who transfers it to XADM after 10 minutes', () => {
    expect(steps(result).filter((s) => s.caseId === 1)).toEqual([
      { at: 0, caseId: 1, event: 'arrived', place: 'arrival' },
      { at: 0, caseId: 1, event: 'queued', place: 'router' },
      { at: 0, caseId: 1, event: 'taken', place: 'router' },
      { at: 5, caseId: 1, event: 'queued', place: 'se/XCON' },
      { at: 5, caseId: 1, event: 'taken', place: 'se/XCON' },
      { at: 15, caseId: 1, event: 'transferred', place: 'se/XCON' },
      { at: 15, caseId: 1, event: 'queued', place: 'se/XADM' },
      { at: 15, caseId: 1, event: 'taken', place: 'se/XADM' },
      { at: 75, caseId: 1, event: 'resolved', place: 'se/XADM' },
    ]);
    const taken = result.trace!.filter((r) => r.event === 'taken');
    expect(taken.filter((r) => r.caseId === 1).map((r) => r.how)).toEqual(['triage', 'misrouted', 'owner']);
  });

  it('has every case visit the wrong SE queue first and its own second', () => {
    const queued = (id: number) =>
      steps(result)
        .filter((s) => s.caseId === id && s.event === 'queued')
        .map((s) => s.place);
    expect(queued(1)).toEqual(['router', 'se/XCON', 'se/XADM']);
    expect(queued(2)).toEqual(['router', 'se/XADM', 'se/XCON']);
    expect(queued(3)).toEqual(['router', 'se/XCON', 'se/XADM']);
    expect(queued(4)).toEqual(['router', 'se/XADM', 'se/XCON']);
  });

  it('counts the flows router → wrong SE → right SE → resolved, two each way', () => {
    expect(flow(result, 'router', 'se/XADM')).toBe(2);
    expect(flow(result, 'router', 'se/XCON')).toBe(2);
    expect(flow(result, 'se/XADM', 'se/XCON')).toBe(2);
    expect(flow(result, 'se/XCON', 'se/XADM')).toBe(2);
    expect(flow(result, 'se/XADM', 'resolved')).toBe(2);
    expect(flow(result, 'se/XCON', 'resolved')).toBe(2);
  });

  it('takes the first response from the owning SE, not the one who transfers: 15 minutes for every case', () => {
    expect(kpi(result, 'firstResponse.mean', 'all')).toBe(15);
    expect(kpi(result, 'resolution.mean', 'all')).toBe(75);
  });

  it('keeps each SE busy 2 x (10 + 60) minutes of the day', () => {
    expect(kpi(result, 'utilisation', 'pool:se/XADM')).toBe(140 / 1440);
    expect(kpi(result, 'utilisation', 'pool:se/XCON')).toBe(140 / 1440);
  });
});

describe('misroutes in random traffic', () => {
  const scenario = scenarioFrom({
    name: 'misrouted traffic',
    seed: 6,
    textbook: true,
    horizon: { days: 2, warmupDays: 0 },
    replications: 1,
    specialties: ['XADM', 'XCON'],
    arrivals: { casesPerHour: 6, mix: { specialty: { XADM: 0.5, XCON: 0.5 } } },
    pools: { router: { staff: 2, misrouteShare: 1, closeShare: 0 }, se: { work: constant(30) } },
    escalation: { toProblemControl: 0 },
  });
  const result = simulateReplication(scenario, { replication: 0, trace: true });

  it('sends every routed case to the other specialty first', () => {
    const firstSe = new Map<number, string>();
    const owner = new Map<number, string>();
    for (const r of result.trace!) {
      if (r.event === 'queued' && r.place.startsWith('se/') && !firstSe.has(r.caseId))
        firstSe.set(r.caseId, r.place);
      if (r.event === 'taken' && r.how === 'owner') owner.set(r.caseId, r.place);
    }
    expect(owner.size).toBeGreaterThan(200);
    for (const [id, place] of owner) expect(firstSe.get(id), `case ${id}`).not.toBe(place);
    expect(flow(result, 'se/XADM', 'se/XCON') + flow(result, 'se/XCON', 'se/XADM')).toBeGreaterThanOrEqual(
      owner.size,
    );
  });
});

describe('TL consults with consultShare 1', () => {
  // Triage 0-5, SE 5-65, then SE and TL together 65-85 (consult 20 min); resolved at 85.
  const scenario = scenarioFrom(
    oneByOne('one-case.csv', { pools: { se: { consultShare: 1, consult: constant(20) } } }),
    HERE,
  );
  const result = simulateReplication(scenario, { replication: 0, trace: true });

  it("records the consult with the team's TL at 65 and the resolution at 85", () => {
    expect(steps(result).filter((s) => s.at >= 65)).toEqual([
      { at: 65, caseId: 1, event: 'consult', place: 'tl/XADM/t1' },
      { at: 85, caseId: 1, event: 'resolved', place: 'se/XADM' },
    ]);
    const consult = result.trace!.find((r) => r.event === 'consult')!;
    expect([consult.engineer, consult.se]).toEqual(['tl/XADM/t1', 'se/XADM/t1/1']);
  });

  it('keeps both the TL (20 min) and the SE (60 + 20 min) busy during the consult', () => {
    expect(kpi(result, 'utilisation', 'pool:tl')).toBe(20 / 1440);
    expect(kpi(result, 'utilisation', 'pool:se/XADM')).toBe(80 / 1440);
    expect(kpi(result, 'resolution.mean', 'all')).toBe(85);
  });

  it('counts one TL and one team manager in the headcount', () => {
    expect(kpi(result, 'headcount', 'role:tl')).toBe(1);
    expect(kpi(result, 'headcount', 'role:teamManager')).toBe(1);
  });
});

describe('TL consults in random traffic', () => {
  it('keeps the TL pool busy in proportion to the consulted cases', () => {
    const scenario = scenarioFrom({
      name: 'consults',
      seed: 8,
      textbook: true,
      horizon: { days: 3, warmupDays: 0 },
      replications: 1,
      specialties: ['XADM'],
      arrivals: { casesPerHour: 3, mix: { severity: { C: 1 } } },
      pools: {
        router: { staff: 1, closeShare: 0 },
        se: { work: constant(30), consultShare: 1, consult: constant(20) },
      },
      escalation: { toProblemControl: 0 },
    });
    const result = simulateReplication(scenario, { replication: 0, trace: true });
    const consults = result.trace!.filter((r) => r.event === 'consult').length;
    expect(consults).toBeGreaterThan(150);
    // One TL, 24x7 in textbook mode: utilisation = 20 min x consults / 3 days (up to the last consult in progress).
    expect(kpi(result, 'utilisation', 'pool:tl')).toBeCloseTo((20 * consults) / (3 * 1440), 2);
  });
});

describe("consults asked for after the TL's shift", () => {
  // Business hours for SEs and TL; two SEs in one team, work 120 min, consult 20 min.
  // Case 1 at 15:55 (955): triage 955-960, SE 960-1080, consult 1080-1100 in the TL's overtime.
  // Case 2 at 15:56 (956): waits for the router, triage 960-965, SE 965-1085, asks at 1085 while
  // the TL is still with case 1.
  const scenario = scenarioFrom(
    oneByOne('late-consults.csv', {
      horizon: { days: 3, warmupDays: 0 },
      pools: {
        se: {
          schedule: 'business',
          specialties: { XADM: { teams: 1, sesPerTeam: 2 } },
          work: constant(120),
          consultShare: 1,
          consult: constant(20),
        },
      },
    }),
    HERE,
  );
  const result = simulateReplication(scenario, { replication: 0, trace: true });

  it("answers the first late consult at once, in the TL's overtime", () => {
    expect(steps(result).filter((s) => s.caseId === 1 && s.at >= 1080)).toEqual([
      { at: 1080, caseId: 1, event: 'consult', place: 'tl/XADM/t1' },
      { at: 1100, caseId: 1, event: 'resolved', place: 'se/XADM' },
    ]);
  });

  // BUG (src/sim/model/pool.ts `release`: `if (!engineer.available) return;`, with team-lead.ts
  // answering off-shift consults only through `idleFor`): team-lead.ts promises that "an SE
  // finishing a late session is never held overnight", but a consult that queues behind another
  // late consult is not taken when the TL finishes (the TL is off shift, so release() does not
  // dispatch). It waits for the TL's next shift, Tuesday 08:00 (1920): the SE is held busy all
  // night (counted as overtime) and case 2 is resolved at 1940 instead of 1120.
  it('answers a second late consult right after the first one, not the next morning', () => {
    expect(steps(result).filter((s) => s.caseId === 2 && s.at >= 1085)).toEqual([
      { at: 1100, caseId: 2, event: 'consult', place: 'tl/XADM/t1' },
      { at: 1120, caseId: 2, event: 'resolved', place: 'se/XADM' },
    ]);
  });
});
