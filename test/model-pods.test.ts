import { describe, expect, it } from 'vitest';
import { simulateReplication } from '../src/sim/index.js';
import { constant, flow, HERE, kpi, steps } from './fixtures/model/harness.js';
import { scenarioFrom } from './support/scenario.js';

describe('tier3-contract cases go to the pods, not the router', () => {
  // 12 cases an hour for 5 days, 30% tier3: binomial sd of a share about 0.012.
  const scenario = scenarioFrom({
    name: 'tier3 share',
    seed: 4,
    textbook: true,
    horizon: { days: 5, warmupDays: 0 },
    replications: 1,
    arrivals: { casesPerHour: 12, mix: { contract: { standard: 0.7, tier3: 0.3 } } },
    pools: { router: { staff: 2 }, pods: { work: constant(30) } },
  });
  const result = simulateReplication(scenario, { replication: 0 });

  it('sends about 30% of the arrivals to the pods and 70% to the router, each case to exactly one of them', () => {
    const pods = kpi(result, 'reached.share', 'tier:pods');
    const router = kpi(result, 'reached.share', 'tier:router');
    expect(pods).toBeGreaterThan(0.26);
    expect(pods).toBeLessThan(0.34);
    expect(pods + router).toBeCloseTo(1, 12);
    expect(flow(result, 'arrival', 'pods')).toBe(kpi(result, 'arrivals', 'contract:tier3'));
    expect(flow(result, 'arrival', 'router')).toBe(kpi(result, 'arrivals', 'contract:standard'));
    expect(flow(result, 'router', 'pods')).toBe(0);
  });
});

describe('a hand-worked pod of one XADM and one XCON member (cross-skill after 30 min, at half speed)', () => {
  // Pod work 60 min. Case 1 (XADM) at 0: the XADM member works it 0-60.
  // Case 2 (XADM) at 10: the XCON member is idle but may only take it after 30 min: at 40, taking
  // 60 / 0.5 = 120 min, 40-160.
  // Case 3 (XADM) at 20: at 50 nobody is idle; the XADM member takes it when free, 60-120.
  const scenario = scenarioFrom(
    {
      name: 'cross-skill',
      seed: 1,
      textbook: true,
      horizon: { days: 1, warmupDays: 0 },
      replications: 1,
      specialties: ['XADM', 'XCON'],
      arrivals: { trace: 'pods-cross-skill.csv' },
      pools: {
        pods: {
          count: 1,
          members: { XADM: 1, XCON: 1 },
          work: constant(60),
          crossSkillAfter: '30m',
          crossSkillEfficiency: 0.5,
        },
      },
      escalation: { fromPods: 0 },
    },
    HERE,
  );
  const result = simulateReplication(scenario, { replication: 0, trace: true });

  it('records every state change at the minute worked out by hand', () => {
    expect(steps(result)).toEqual([
      { at: 0, caseId: 1, event: 'arrived', place: 'arrival' },
      { at: 0, caseId: 1, event: 'queued', place: 'pods' },
      { at: 0, caseId: 1, event: 'taken', place: 'pods' },
      { at: 10, caseId: 2, event: 'arrived', place: 'arrival' },
      { at: 10, caseId: 2, event: 'queued', place: 'pods' },
      { at: 20, caseId: 3, event: 'arrived', place: 'arrival' },
      { at: 20, caseId: 3, event: 'queued', place: 'pods' },
      { at: 40, caseId: 2, event: 'taken', place: 'pods' },
      { at: 60, caseId: 1, event: 'resolved', place: 'pods' },
      { at: 60, caseId: 3, event: 'taken', place: 'pods' },
      { at: 120, caseId: 3, event: 'resolved', place: 'pods' },
      { at: 160, caseId: 2, event: 'resolved', place: 'pods' },
    ]);
  });

  it('has the XCON member take case 2 across skills and the XADM member take cases 1 and 3', () => {
    const taken = result.trace!.filter((r) => r.event === 'taken').map((r) => [r.caseId, r.engineer, r.how]);
    expect(taken).toEqual([
      [1, 'pods/p1/XADM/1', 'work'],
      [2, 'pods/p1/XCON/1', 'crossSkill'],
      [3, 'pods/p1/XADM/1', 'work'],
    ]);
  });

  it('gives pod waits 0, 30 and 40 minutes, first responses the same, and utilisation (60 + 120 + 60) / (2 x 1440)', () => {
    expect(kpi(result, 'wait.mean', 'pool:pods')).toBeCloseTo(70 / 3, 12);
    expect(kpi(result, 'firstResponse.mean', 'contract:tier3')).toBeCloseTo(70 / 3, 12);
    expect(kpi(result, 'utilisation', 'pool:pods')).toBe(240 / 2880);
    expect(kpi(result, 'resolution.mean', 'all')).toBeCloseTo((60 + 150 + 100) / 3, 12);
  });

  it('never involves the router or the SEs', () => {
    expect(kpi(result, 'reached.share', 'tier:router')).toBe(0);
    expect(kpi(result, 'reached.share', 'tier:se')).toBe(0);
    expect(kpi(result, 'reached.share', 'tier:pods')).toBe(1);
  });
});
