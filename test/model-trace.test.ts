import { describe, expect, it } from 'vitest';
import { simulateReplication } from '../src/sim/index.js';
import { constant, flow, HERE, kpi, oneByOne, steps } from './fixtures/model/harness.js';
import { scenarioFrom } from './support/scenario.js';

// Hand-worked traces: one router (triage 5 min) and one XADM SE (work 60 min), every time
// constant, 24x7, no shrinkage, over one day (1440 min) without warm-up.

describe('a hand-worked trace of three cases through one router and one SE', () => {
  // Case 1 at 0: triage 0-5, SE 5-65, resolved at 65.
  // Case 2 at 1: waits for the router until 5, triage 5-10, waits for the SE until 65, SE 65-125.
  // Case 3 at 200: nobody busy, triage 200-205, SE 205-265.
  const scenario = scenarioFrom(oneByOne('two-cases-queue.csv'), HERE);
  const result = simulateReplication(scenario, { replication: 0, trace: true });

  it('records every state change at the minute worked out by hand', () => {
    expect(steps(result)).toEqual([
      { at: 0, caseId: 1, event: 'arrived', place: 'arrival' },
      { at: 0, caseId: 1, event: 'queued', place: 'router' },
      { at: 0, caseId: 1, event: 'taken', place: 'router' },
      { at: 1, caseId: 2, event: 'arrived', place: 'arrival' },
      { at: 1, caseId: 2, event: 'queued', place: 'router' },
      { at: 5, caseId: 1, event: 'queued', place: 'se/XADM' },
      { at: 5, caseId: 1, event: 'taken', place: 'se/XADM' },
      { at: 5, caseId: 2, event: 'taken', place: 'router' },
      { at: 10, caseId: 2, event: 'queued', place: 'se/XADM' },
      { at: 65, caseId: 1, event: 'resolved', place: 'se/XADM' },
      { at: 65, caseId: 2, event: 'taken', place: 'se/XADM' },
      { at: 125, caseId: 2, event: 'resolved', place: 'se/XADM' },
      { at: 200, caseId: 3, event: 'arrived', place: 'arrival' },
      { at: 200, caseId: 3, event: 'queued', place: 'router' },
      { at: 200, caseId: 3, event: 'taken', place: 'router' },
      { at: 205, caseId: 3, event: 'queued', place: 'se/XADM' },
      { at: 205, caseId: 3, event: 'taken', place: 'se/XADM' },
      { at: 265, caseId: 3, event: 'resolved', place: 'se/XADM' },
    ]);
  });

  it('names the engineers and the kind of work in the trace', () => {
    const taken = result
      .trace!.filter((r) => r.event === 'taken')
      .map((r) => `${r.caseId} ${r.engineer} ${r.how}`);
    expect(taken).toEqual([
      '1 router/1 triage',
      '1 se/XADM/t1/1 owner',
      '2 router/1 triage',
      '2 se/XADM/t1/1 owner',
      '3 router/1 triage',
      '3 se/XADM/t1/1 owner',
    ]);
    expect(result.trace![0]).toMatchObject({
      event: 'arrived',
      severity: 'C',
      contract: 'standard',
      beta: false,
      sensitive: false,
    });
  });

  it('gives a mean first response of (5 + 64 + 5) / 3 minutes: the SE picking the case up is the first contact', () => {
    expect(kpi(result, 'firstResponse.mean', 'all')).toBeCloseTo(74 / 3, 10);
  });

  it('gives a mean resolution of (65 + 124 + 65) / 3 minutes and three resolved cases', () => {
    expect(kpi(result, 'resolution.mean', 'all')).toBeCloseTo(254 / 3, 10);
    expect(kpi(result, 'resolved', 'all')).toBe(3);
    expect(kpi(result, 'arrivals', 'all')).toBe(3);
  });

  it('gives router waits 0, 4 and 0 minutes (mean 4/3, one visit in three waited)', () => {
    expect(kpi(result, 'wait.mean', 'pool:router')).toBeCloseTo(4 / 3, 12);
    expect(kpi(result, 'wait.probability', 'pool:router')).toBeCloseTo(1 / 3, 12);
    expect(kpi(result, 'queue.mean', 'pool:router')).toBeCloseTo(4 / 1440, 12);
  });

  it('gives SE waits 0, 55 and 0 minutes (mean 55/3)', () => {
    expect(kpi(result, 'wait.mean', 'pool:se/XADM')).toBeCloseTo(55 / 3, 12);
    expect(kpi(result, 'wait.probability', 'pool:se/XADM')).toBeCloseTo(1 / 3, 12);
    expect(kpi(result, 'visits', 'pool:se/XADM')).toBe(3);
  });

  it('gives utilisation busy / available exactly: router 15/1440, SE 180/1440', () => {
    expect(kpi(result, 'utilisation', 'pool:router')).toBe(15 / 1440);
    expect(kpi(result, 'utilisation', 'pool:se/XADM')).toBe(180 / 1440);
    expect(kpi(result, 'overtime.hoursPerWeek', 'pool:se/XADM')).toBe(0);
  });

  it("satisfies Little's law exactly: queue areas equal the summed waits", () => {
    expect(kpi(result, 'little.relativeGap', 'pool:router')).toBe(0);
    expect(kpi(result, 'little.relativeGap', 'pool:se/XADM')).toBe(0);
  });

  it('counts three flows arrival → router → se/XADM → resolved and nothing else', () => {
    expect(flow(result, 'arrival', 'router')).toBe(3);
    expect(flow(result, 'router', 'se/XADM')).toBe(3);
    expect(flow(result, 'se/XADM', 'resolved')).toBe(3);
    expect([...result.flows].reduce((a, b) => a + b, 0)).toBe(9);
  });

  it('meets the 8 h Sev C first-response target for every case', () => {
    expect(kpi(result, 'sla.attainment', 'severity:C')).toBe(1);
  });
});

describe('a hand-worked trace of one case climbing the whole ladder', () => {
  // toProblemControl 1, toEscalation 1, hotfixShare 1: every case needs an EE and a hotfix.
  // Triage 0-5; the SE diagnoses for diagnosisShare 0.5 of 60 min, 5-35; Problem Control works
  // 100 min, 35-135; the EE works 200 min, 135-335; the product group takes 1000 min: resolved at 1335.
  const scenario = scenarioFrom(
    oneByOne('one-case.csv', {
      pools: {
        problemControl: { staff: 1, work: constant(100) },
        escalation: { staff: 1, work: constant(200) },
      },
      escalation: {
        toProblemControl: 1,
        toEscalation: 1,
        hotfixShare: 1,
        diagnosisShare: 0.5,
        productGroupDelay: constant(1000),
      },
    }),
    HERE,
  );
  const result = simulateReplication(scenario, { replication: 0, trace: true });

  it('goes router → SE → Problem Control → escalation engineer → product group → resolved at the minutes worked out by hand', () => {
    expect(steps(result)).toEqual([
      { at: 0, caseId: 1, event: 'arrived', place: 'arrival' },
      { at: 0, caseId: 1, event: 'queued', place: 'router' },
      { at: 0, caseId: 1, event: 'taken', place: 'router' },
      { at: 5, caseId: 1, event: 'queued', place: 'se/XADM' },
      { at: 5, caseId: 1, event: 'taken', place: 'se/XADM' },
      { at: 35, caseId: 1, event: 'escalated', place: 'problemControl' },
      { at: 35, caseId: 1, event: 'queued', place: 'problemControl' },
      { at: 35, caseId: 1, event: 'taken', place: 'problemControl' },
      { at: 135, caseId: 1, event: 'escalated', place: 'escalation' },
      { at: 135, caseId: 1, event: 'queued', place: 'escalation' },
      { at: 135, caseId: 1, event: 'taken', place: 'escalation' },
      { at: 335, caseId: 1, event: 'hotfixWait', place: 'productGroup' },
      { at: 1335, caseId: 1, event: 'resolved', place: 'productGroup' },
    ]);
  });

  it('gives the reasons of both escalations as difficulty', () => {
    expect(result.trace!.filter((r) => r.event === 'escalated').map((r) => r.reason)).toEqual([
      'difficulty',
      'difficulty',
    ]);
    expect(kpi(result, 'escalations', 'reason:difficulty')).toBe(2);
    expect(kpi(result, 'escalations', 'reason:age')).toBe(0);
  });

  it('counts one flow on each step of the ladder', () => {
    const ladder = [
      'arrival',
      'router',
      'se/XADM',
      'problemControl',
      'escalation',
      'productGroup',
      'resolved',
    ];
    for (let i = 0; i + 1 < ladder.length; i++)
      expect(flow(result, ladder[i], ladder[i + 1]), `${ladder[i]} → ${ladder[i + 1]}`).toBe(1);
    expect([...result.flows].reduce((a, b) => a + b, 0)).toBe(6);
  });

  it('reports the case reaching every tier of the ladder but pods and beta', () => {
    for (const tier of ['router', 'se', 'problemControl', 'escalation'])
      expect(kpi(result, 'reached.share', `tier:${tier}`), tier).toBe(1);
    expect(kpi(result, 'reached.share', 'tier:pods')).toBe(0);
    expect(kpi(result, 'reached.share', 'tier:beta')).toBe(0);
  });

  it('gives first response 5 min, resolution 1335 min and one hotfix', () => {
    expect(kpi(result, 'firstResponse.mean', 'all')).toBe(5);
    expect(kpi(result, 'resolution.mean', 'all')).toBe(1335);
    expect(kpi(result, 'resolved', 'all')).toBe(1);
    expect(kpi(result, 'hotfixes.requested', 'all')).toBe(1);
  });

  it('gives utilisation 30/1440 to the SE, 100/1440 to Problem Control and 200/1440 to the escalation engineer', () => {
    expect(kpi(result, 'utilisation', 'pool:se/XADM')).toBe(30 / 1440);
    expect(kpi(result, 'utilisation', 'pool:problemControl')).toBe(100 / 1440);
    expect(kpi(result, 'utilisation', 'pool:escalation')).toBe(200 / 1440);
  });
});
