import { describe, expect, it } from 'vitest';
import { simulateReplication } from '../src/sim/index.js';
import { constant, flow, HERE, kpi, oneByOne, steps } from './fixtures/model/harness.js';
import { scenarioFrom } from './support/scenario.js';

describe('escalation by age from a queue no SE ever serves', () => {
  // No SEs at all; Sev C cases escalate after 300 min, premier ones after 0.5 x 300 = 150 min.
  // Case 1 (standard) at 0 queues for the SEs at 5 and leaves for Problem Control at 300 (50 min, 300-350).
  // Case 2 (premier) at 10 queues at 15 and leaves at 10 + 150 = 160 (Problem Control 160-210).
  const scenario = scenarioFrom(
    oneByOne('aging.csv', {
      pools: {
        se: { specialties: { XADM: { teams: 1, sesPerTeam: 0 } } },
        problemControl: { staff: 1, work: constant(50) },
      },
      escalation: { escalateAfter: { C: '300m' }, premierFactor: 0.5 },
    }),
    HERE,
  );
  const result = simulateReplication(scenario, { replication: 0, trace: true });

  it('sends the premier case up after 150 minutes and the standard case after 300', () => {
    expect(steps(result).filter((s) => s.at >= 100)).toEqual([
      { at: 160, caseId: 2, event: 'escalated', place: 'problemControl' },
      { at: 160, caseId: 2, event: 'queued', place: 'problemControl' },
      { at: 160, caseId: 2, event: 'taken', place: 'problemControl' },
      { at: 210, caseId: 2, event: 'resolved', place: 'problemControl' },
      { at: 300, caseId: 1, event: 'escalated', place: 'problemControl' },
      { at: 300, caseId: 1, event: 'queued', place: 'problemControl' },
      { at: 300, caseId: 1, event: 'taken', place: 'problemControl' },
      { at: 350, caseId: 1, event: 'resolved', place: 'problemControl' },
    ]);
    expect(result.trace!.filter((r) => r.event === 'escalated').map((r) => r.reason)).toEqual(['age', 'age']);
  });

  it('counts two escalations by age and two flows se/XADM → problemControl', () => {
    expect(kpi(result, 'escalations', 'reason:age')).toBe(2);
    expect(kpi(result, 'escalations', 'reason:difficulty')).toBe(0);
    expect(flow(result, 'se/XADM', 'problemControl')).toBe(2);
    expect(kpi(result, 'reached.share', 'tier:problemControl')).toBe(1);
  });

  it("counts the time the cases spent in the SE queue (295 + 145 min) in Little's law", () => {
    expect(kpi(result, 'queue.mean', 'pool:se/XADM')).toBeCloseTo(440 / 1440, 12);
    expect(kpi(result, 'little.relativeGap', 'pool:se/XADM')).toBe(0);
  });

  // BUG (src/sim/model/problem-control.ts, service-desk.ts): only the router (closing), SEs, pods and
  // beta record a first response. A case that escalates by age before any SE took it is first
  // contacted by the Problem Control engineer (at 160 and 300, both within the 8 h Sev C target),
  // but the model never records that contact: firstResponse.mean is NaN and sla.attainment counts
  // both cases as unanswered misses at the end of the run.
  it('counts Problem Control picking up a case no SE answered as its first response (mean (300 + 150) / 2)', () => {
    expect(kpi(result, 'firstResponse.mean', 'all')).toBe(225);
    expect(kpi(result, 'sla.attainment', 'all')).toBe(1);
  });
});

describe('a case whose age limit passes while its last session is being worked', () => {
  // One SE, one session of 600 min (5-605), Sev C escalates after 300 min. The limit passes
  // mid-session; there is no preemption, and at 605 the work is done.
  const scenario = scenarioFrom(
    oneByOne('one-case.csv', {
      pools: { se: { work: constant(600) }, problemControl: { staff: 1, work: constant(50) } },
      escalation: { escalateAfter: { C: '300m' } },
    }),
    HERE,
  );
  const result = simulateReplication(scenario, { replication: 0, trace: true });

  it('is not interrupted by the age limit', () => {
    expect(steps(result).filter((s) => s.at > 5 && s.at < 605)).toEqual([]);
  });

  // BUG (src/sim/model/se-teams.ts, afterSession: `if (c.escalateWhenFree) this.leave(c, 'age')`
  // is tested before `c.sessionsLeft <= 0`; the same in pods.ts `done` and beta.ts `finished`):
  // a case whose limit passed during its final session (for pods and beta, during its only piece
  // of work) is escalated to Problem Control after its work is finished, instead of being resolved.
  it('is resolved by its SE when the last session ends, not escalated', () => {
    expect(steps(result).filter((s) => s.at === 605)).toEqual([
      { at: 605, caseId: 1, event: 'resolved', place: 'se/XADM' },
    ]);
  });
});

/** Sev C cases at 6 an hour, SE work 60 min, escalated by age after 4 h (premier 2 h). */
function load(sesPerTeam: number, premierShare = 0) {
  return scenarioFrom({
    name: `age escalation with ${sesPerTeam} SEs`,
    seed: 9,
    textbook: true,
    horizon: { days: 4, warmupDays: 1 },
    replications: 1,
    specialties: ['XADM'],
    arrivals: {
      casesPerHour: 6,
      mix: { severity: { C: 1 }, contract: { standard: 1 - premierShare, premier: premierShare } },
    },
    pools: {
      router: { staff: 2, triage: constant(5), closeShare: 0 },
      se: { specialties: { XADM: { teams: 1, sesPerTeam } }, work: constant(60) },
      problemControl: { staff: 30, work: constant(30) },
    },
    escalation: { toProblemControl: 0, escalateAfter: { C: '4h' }, premierFactor: 0.5 },
  });
}

describe('understaffing at tier 1 spills into Problem Control', () => {
  it('escalates many cases by age with 4 SEs for 6 Erlangs of work, and none with 12 SEs', () => {
    const under = simulateReplication(load(4), { replication: 0 });
    const enough = simulateReplication(load(12), { replication: 0 });
    expect(kpi(under, 'escalations', 'reason:age')).toBeGreaterThan(50);
    expect(kpi(under, 'reached.share', 'tier:problemControl')).toBeGreaterThan(0.2);
    expect(kpi(enough, 'escalations', 'reason:age')).toBe(0);
    expect(kpi(enough, 'reached.share', 'tier:problemControl')).toBe(0);
  });

  it('escalates a queued premier case at half the age of a standard one (premierFactor 0.5)', () => {
    // Premier cases jump the queue ahead of standard ones, so compare two runs: all premier, all standard.
    const ages = (premierShare: number): number[] => {
      const trace = simulateReplication(load(4, premierShare), { replication: 0, trace: true }).trace!;
      const arrivedAt = new Map(trace.filter((r) => r.event === 'arrived').map((r) => [r.caseId, r.at]));
      return trace.filter((r) => r.event === 'escalated').map((r) => r.at - arrivedAt.get(r.caseId)!);
    };
    const premier = ages(1);
    const standard = ages(0);
    expect(premier.length).toBeGreaterThan(10);
    expect(standard.length).toBeGreaterThan(10);
    // With one session per case a case being worked is finished, so every escalation leaves the
    // queue exactly at the limit: 4h for standard cases, 4h x 0.5 for premier ones.
    for (const age of premier) expect(age).toBeCloseTo(120, 9);
    for (const age of standard) expect(age).toBeCloseTo(240, 9);
  });
});
