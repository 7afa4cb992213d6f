/**
 * `ladder`: cases entering at a later tier and coming back down. Hand-worked days with constant
 * times, then the shares on a month of the baseline, read from the trace.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario, ScenarioError, simulateReplication, type TraceRow } from '../src/sim/index.js';
import { constant, flow, HERE, kpi, oneByOne, stepsOf } from './fixtures/model/harness.js';
import { mergedScenarioJson, scenarioFrom } from './support/scenario.js';

describe('two cases entering at Problem Control, each handed back down to the SE to close', () => {
  // aging.csv: case 1 at 0, case 2 at 10, both Sev C. Every case enters at Problem Control (one
  // person, 50 min) and comes back down to the XADM SE, who closes it in 15 min.
  // Case 1: Problem Control 0-50, SE 50-65. Case 2: waits for Problem Control until 50, 50-100,
  // then SE 100-115. First responses 0 and 40 (mean 20); resolution 65 and 105 (mean 85).
  const scenario = scenarioFrom(
    oneByOne('aging.csv', {
      pools: { problemControl: { staff: 1, work: constant(50) } },
      escalation: { toEscalation: 0 },
      ladder: {
        entry: { problemControl: 1 },
        returns: { fromProblemControl: 1 },
        returnWork: constant(15),
      },
    }),
    HERE,
  );
  const result = simulateReplication(scenario, { replication: 0, trace: true });

  it('skips the router, then goes back down to the SE queue and is closed there', () => {
    expect(stepsOf(result, 1).slice(1)).toEqual([
      { at: 0, caseId: 1, event: 'queued', place: 'problemControl' },
      { at: 0, caseId: 1, event: 'taken', place: 'problemControl' },
      { at: 50, caseId: 1, event: 'returned', place: 'se/XADM' },
      { at: 50, caseId: 1, event: 'queued', place: 'se/XADM' },
      { at: 50, caseId: 1, event: 'taken', place: 'se/XADM' },
      { at: 65, caseId: 1, event: 'resolved', place: 'se/XADM' },
    ]);
    expect(stepsOf(result, 2).slice(1)).toEqual([
      { at: 10, caseId: 2, event: 'queued', place: 'problemControl' },
      { at: 50, caseId: 2, event: 'taken', place: 'problemControl' },
      { at: 100, caseId: 2, event: 'returned', place: 'se/XADM' },
      { at: 100, caseId: 2, event: 'queued', place: 'se/XADM' },
      { at: 100, caseId: 2, event: 'taken', place: 'se/XADM' },
      { at: 115, caseId: 2, event: 'resolved', place: 'se/XADM' },
    ]);
  });

  it('names the Problem Control SE who handed it back, and the SE who closed it', () => {
    const rows = result.trace!.filter(
      (r) => r.caseId === 1 && (r.event === 'returned' || r.event === 'resolved'),
    );
    expect(rows.map((r) => r.engineer)).toEqual(['problemControl/1', 'se/XADM/t1/1']);
  });

  it('counts Problem Control as the first response (mean 20 min) and resolution after closing (mean 85 min)', () => {
    expect(kpi(result, 'firstResponse.mean', 'all')).toBe(20);
    expect(kpi(result, 'resolution.mean', 'all')).toBe(85);
  });

  it('reaches Problem Control and the SE tier but never the router, with two flows each way', () => {
    expect(kpi(result, 'reached.share', 'tier:router')).toBe(0);
    expect(kpi(result, 'reached.share', 'tier:problemControl')).toBe(1);
    expect(kpi(result, 'reached.share', 'tier:se')).toBe(1);
    expect(flow(result, 'arrival', 'problemControl')).toBe(2);
    expect(flow(result, 'problemControl', 'se/XADM')).toBe(2);
    expect(flow(result, 'se/XADM', 'resolved')).toBe(2);
  });
});

describe('a case entering at an escalation engineer and handed back down once', () => {
  // Case 1 at 0: escalation engineer 0-100, back to Problem Control, closed 100-120 there.
  // Problem Control would hand its own finished cases down too (share 1), but a case comes
  // back down once: it is closed where it lands.
  const scenario = scenarioFrom(
    oneByOne('aging.csv', {
      pools: {
        problemControl: { staff: 1, work: constant(50) },
        escalation: { staff: 1, work: constant(100) },
      },
      escalation: { hotfixShare: 0 },
      ladder: {
        entry: { escalation: 1 },
        returns: { fromProblemControl: 1, fromEscalation: 1 },
        returnWork: constant(20),
      },
    }),
    HERE,
  );
  const result = simulateReplication(scenario, { replication: 0, trace: true });

  it('is closed by Problem Control 20 minutes after the escalation engineer finished', () => {
    expect(stepsOf(result, 1).slice(1)).toEqual([
      { at: 0, caseId: 1, event: 'queued', place: 'escalation' },
      { at: 0, caseId: 1, event: 'taken', place: 'escalation' },
      { at: 100, caseId: 1, event: 'returned', place: 'problemControl' },
      { at: 100, caseId: 1, event: 'queued', place: 'problemControl' },
      { at: 100, caseId: 1, event: 'taken', place: 'problemControl' },
      { at: 120, caseId: 1, event: 'resolved', place: 'problemControl' },
    ]);
  });
});

describe('the ladder on a month of the baseline', () => {
  const base = mergedScenarioJson('scenarios/baseline.json');
  const run = (ladder: object | undefined) =>
    simulateReplication(
      scenarioFrom({ ...base, horizon: { days: 28, warmupDays: 0 }, ladder }, 'scenarios/baseline.json'),
      {
        replication: 0,
        trace: true,
      },
    );
  const plain = run(undefined);
  const ladder = run({ entry: { se: 0.2, problemControl: 0.05 }, returns: { fromProblemControl: 0.4 } });
  const trace = ladder.trace!;

  /** |observed share − p| within 4 binomial standard errors (a false alarm about 1 in 16,000). */
  function expectShare(what: string, count: number, of: number, p: number): void {
    const se = Math.sqrt((p * (1 - p)) / of);
    expect(Math.abs(count / of - p), `${what}: ${count} of ${of}`).toBeLessThanOrEqual(4 * se);
  }

  it('sends 20% of standard and premier cases straight to an SE and 5% to Problem Control', () => {
    const firstQueue = new Map<number, string>();
    const routed = new Set<number>();
    for (const r of trace) {
      if (r.event === 'arrived' && r.contract !== 'tier3' && !r.beta) routed.add(r.caseId);
      if (r.event === 'queued' && routed.has(r.caseId) && !firstQueue.has(r.caseId))
        firstQueue.set(r.caseId, r.place);
    }
    const places = [...firstQueue.values()];
    const n = places.length;
    expect(n).toBeGreaterThan(5000);
    expectShare('entered at an SE', places.filter((p) => p.startsWith('se/')).length, n, 0.2);
    expectShare('entered at Problem Control', places.filter((p) => p === 'problemControl').length, n, 0.05);
    expectShare('entered at the router', places.filter((p) => p === 'router').length, n, 0.75);
  });

  it('hands 40% of the cases Problem Control finishes back down, and closes every one of them below', () => {
    const byCase = new Map<number, TraceRow[]>();
    for (const r of trace) if (r.caseId > 0) byCase.set(r.caseId, [...(byCase.get(r.caseId) ?? []), r]);
    let finishedAtProblemControl = 0;
    let handedDown = 0;
    const after: string[] = [];
    for (const rows of byCase.values()) {
      const down = rows.findIndex((r) => r.event === 'returned');
      const closedAbove = rows.some((r) => r.event === 'resolved' && r.place === 'problemControl');
      if (down >= 0) {
        handedDown++;
        finishedAtProblemControl++;
        after.push(
          ...rows.slice(down + 1).map((r) => `${r.event}@${r.place.startsWith('se/') ? 'se' : r.place}`),
        );
      } else if (closedAbove) finishedAtProblemControl++;
    }
    expect(finishedAtProblemControl).toBeGreaterThan(300);
    expectShare('handed back down', handedDown, finishedAtProblemControl, 0.4);
    // Below, a returned case is queued, taken (perhaps for a follow-up) and resolved; never sent up.
    expect(new Set(after)).toEqual(
      new Set([...after].filter((s) => /^(queued|taken|resolved|customerWait)@(se|pods|beta)$/.test(s))),
    );
    expect(after.filter((s) => s.startsWith('escalated'))).toEqual([]);
  });

  it('keeps the same cases arriving as without the ladder (its draws come from a stream of their own)', () => {
    const arrivals = (rows: readonly TraceRow[]) =>
      rows.filter((r) => r.event === 'arrived').map((r) => JSON.stringify(r));
    expect(arrivals(trace)).toEqual(arrivals(plain.trace!));
  });
});

describe('a scenario whose entry shares add up to more than one', () => {
  it('is refused, naming ladder.entry', () => {
    let issues: unknown = null;
    try {
      parseScenario(
        { name: 'x', ladder: { entry: { se: 0.7, problemControl: 0.4 } } },
        { file: 'scenarios/x.json' },
      );
    } catch (error) {
      if (error instanceof ScenarioError) issues = error.issues;
      else throw error;
    }
    expect(issues).toEqual([
      { path: 'ladder.entry', message: 'entry shares must sum to at most 1, got 1.1' },
    ]);
  });
});
