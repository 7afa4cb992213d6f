import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { simulateReplication, type Scenario, type TraceRow } from '../src/sim/index.js';
import { requireBuiltCli, tiersim } from './fixtures/cli/cli.js';
import { rowsOf, teachScenario, traceOf } from './fixtures/trace/harness.js';
import { scenarioFile } from './support/scenario.js';

const NAMES = readdirSync('scenarios/teach')
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => f.replace(/\.json$/, ''));

const traceFor = (scenario: Scenario) =>
  traceOf(simulateReplication(scenario, { replication: 0, trace: true }));

/**
 * Cases sent to Problem Control by age straight from a queue of new cases: nobody had looked at
 * them yet (the row before the escalation is a plain `queued`, not one for the owner).
 */
function neverAnswered(trace: readonly TraceRow[]): number {
  const last = new Map<number, TraceRow>();
  let n = 0;
  for (const r of trace) {
    const before = last.get(r.caseId);
    if (r.event === 'escalated' && r.reason === 'age' && before?.event === 'queued' && !before.forOwner) n++;
    last.set(r.caseId, r);
  }
  return n;
}

describe('the teaching scenarios of scenarios/teach/', () => {
  beforeAll(requireBuiltCli);

  it("are the four of the trainers' issue", () => {
    expect(NAMES).toEqual(['hard-case-hotfix', 'quiet-day', 'server-down-pod', 'understaffed-day']);
  });

  it('each pass tiersim validate', () => {
    const result = tiersim('validate', ...NAMES.map((n) => `scenarios/teach/${n}.json`));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(NAMES.length);
  });

  for (const name of NAMES) {
    it(`${name}: has its own seed, a description, no warm-up, one replication and at most 4 days`, () => {
      const raw = JSON.parse(readFileSync(`scenarios/teach/${name}.json`, 'utf8')) as Record<string, unknown>;
      expect(typeof raw.seed).toBe('number');
      const scenario = teachScenario(name);
      expect(scenario.description.length).toBeGreaterThan(200);
      expect(scenario.horizon.warmupDays).toBe(0);
      expect(scenario.replications).toBe(1);
      expect(scenario.horizon.days).toBeLessThanOrEqual(4);
    });
  }
});

describe('quiet-day.json (regression at its seed)', () => {
  const trace = traceFor(teachScenario('quiet-day'));
  const arrivals = trace.filter((r) => r.event === 'arrived');

  it('brings 25 cases, all between 08:00 and 19:00, so two or three an hour in the working day', () => {
    expect(arrivals).toHaveLength(25);
    expect(arrivals.every((r) => r.at >= 8 * 60 && r.at < 19 * 60)).toBe(true);
  });

  it('has every case reaching a router or a pod answered at once: no queue before an engineer takes it', () => {
    const waits: number[] = [];
    const queuedAt = new Map<number, number>();
    for (const r of trace) {
      if (r.event === 'queued' && !r.forOwner && r.place !== 'problemControl') queuedAt.set(r.caseId, r.at);
      else if (r.event === 'taken' && queuedAt.has(r.caseId)) {
        waits.push(r.at - queuedAt.get(r.caseId)!);
        queuedAt.delete(r.caseId);
      }
    }
    expect(waits.length).toBeGreaterThan(40);
    expect(waits.filter((w) => w > 0)).toEqual([]);
  });

  it('shows the ordinary work: router closes, SE owners, follow-up sessions, TL consults and resolutions', () => {
    const count = (f: (r: TraceRow) => boolean) => trace.filter(f).length;
    expect(count((r) => r.event === 'resolved' && r.place === 'router')).toBe(2);
    expect(count((r) => r.event === 'taken' && r.how === 'owner')).toBeGreaterThan(15);
    expect(count((r) => r.event === 'taken' && r.how === 'session')).toBeGreaterThan(5);
    expect(count((r) => r.event === 'consult')).toBe(4);
    expect(count((r) => r.event === 'resolved')).toBe(8);
  });
});

describe('server-down-pod.json (regression at its seed)', () => {
  const trace = traceFor(teachScenario('server-down-pod'));
  const serverDown = rowsOf(trace, 5);

  it('has the Sev A tier3 call of 09:30 taken by an XADM pod member the minute it arrives, and resolved at the pod', () => {
    expect(serverDown.slice(0, 3)).toMatchObject([
      {
        at: 570,
        event: 'arrived',
        place: 'arrival',
        severity: 'A',
        contract: 'tier3',
        beta: false,
        sensitive: false,
      },
      { at: 570, event: 'queued', place: 'pods', forOwner: false },
      { at: 570, event: 'taken', place: 'pods', how: 'work' },
    ]);
    const member = serverDown[2].engineer;
    expect(member).toMatch(/^pods\/p\d\/XADM\/\d$/);
    expect(serverDown).toHaveLength(4);
    expect(serverDown[3]).toMatchObject({ event: 'resolved', place: 'pods', engineer: member });
    expect(serverDown[3].at).toBeCloseTo(869.34, 2); // 14:29, after 5 h of work
  });

  it('sends the eight ordinary calls through the routers instead, never to a pod', () => {
    const ordinary = [...new Set(trace.map((r) => r.caseId))].filter((id) => id !== 5);
    expect(ordinary).toHaveLength(8);
    for (const id of ordinary) {
      const rows = rowsOf(trace, id);
      expect(rows[1], `case ${id}`).toMatchObject({ event: 'queued', place: 'router' });
      expect(rows.some((r) => r.place === 'pods')).toBe(false);
    }
  });
});

describe('understaffed-day.json (regression at its seed)', () => {
  const understaffed = teachScenario('understaffed-day');
  const trace = traceFor(understaffed);
  const fullTeams = {
    ...understaffed,
    pools: { ...understaffed.pools, se: scenarioFile('scenarios/baseline.json').pools.se },
  };

  it('sends hundreds of cases to Problem Control by age within the two days (Sev A at night past it, to an EE)', () => {
    const byAge = trace.filter((r) => r.event === 'escalated' && r.reason === 'age');
    expect(byAge.length).toBeGreaterThan(300);
    const severity = new Map(
      trace.flatMap((r) => (r.event === 'arrived' ? [[r.caseId, r.severity] as const] : [])),
    );
    const elsewhere = byAge.filter((r) => r.place !== 'problemControl');
    expect(elsewhere.every((r) => r.place === 'escalation' && severity.get(r.caseId) === 'A')).toBe(true);
    expect(elsewhere.length).toBeLessThan(byAge.length / 10);
  });

  it('leaves Problem Control a queue of more than 300 cases at the end of Tuesday', () => {
    let queued = 0;
    const inQueue = new Set<number>();
    for (const r of trace) {
      if (r.event === 'queued' && r.place === 'problemControl') {
        inQueue.add(r.caseId);
        queued++;
      } else if (inQueue.delete(r.caseId)) queued--;
    }
    expect(queued).toBeGreaterThan(300);
  });

  it('sends more than a hundred cases up before any engineer looked at them, against a handful with full teams', () => {
    expect(neverAnswered(trace)).toBeGreaterThan(100);
    expect(neverAnswered(traceFor(fullTeams))).toBeLessThan(15);
  });
});
