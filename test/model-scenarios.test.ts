import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScenario, simulateReplication, type TraceRow } from '../src/sim/index.js';
import { scenarioFile } from './support/scenario.js';

const files = readdirSync('scenarios')
  // Every scenario; the JSON Schemas beside them are for editors.
  .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
  .sort();

/** Pools whose queue stays appear in the trace as a `queued` row followed by the case's next row. */
const TRACED_QUEUES = (specialties: readonly string[]) => [
  'router',
  ...specialties.map((s) => `se/${s}`),
  'pods',
  'beta',
  'problemControl',
  'escalation',
];

/**
 * Time spent in `place`'s queue within [from, to], summed over cases, rebuilt from the trace: a
 * stay starts with a `queued` row there and ends with the case's next row (taken, abandoned,
 * escalated by age), or at `to`. By Little's identity on a finite window, this is exactly the
 * area under the queue-length curve.
 */
function queueTimeInWindow(trace: readonly TraceRow[], place: string, from: number, to: number): number {
  const open = new Map<number, number>();
  let sum = 0;
  const close = (id: number, at: number) => {
    sum += Math.max(0, Math.min(at, to) - Math.max(open.get(id)!, from));
    open.delete(id);
  };
  for (const row of trace) {
    if (open.has(row.caseId)) close(row.caseId, row.at);
    if (row.event === 'queued' && row.place === place && !row.forOwner) open.set(row.caseId, row.at);
  }
  for (const id of [...open.keys()]) close(id, to);
  return sum;
}

describe('every scenario in scenarios/', () => {
  it('has scenarios to run', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    describe(file, () => {
      const base = scenarioFile(`scenarios/${file}`);
      // Three measured days after the file's own warm-up, two replications.
      const scenario = {
        ...base,
        replications: 2,
        horizon: { ...base.horizon, days: base.horizon.warmupDays + 3 },
      };
      const summary = runScenario(scenario);
      const value = (kpi: string, scope: string) =>
        summary.kpis.find((k) => k.kpi === kpi && k.scope === scope)?.mean;
      const visited = summary.kpis.filter(
        (k) => k.kpi === 'little.relativeGap' && (value('visits', k.scope) ?? 0) > 0,
      );

      it('reports a finite utilisation in [0, 1] for the router and every SE pool', () => {
        for (const scope of ['pool:router', ...base.specialties.map((s) => `pool:se/${s}`)]) {
          const u = value('utilisation', scope);
          expect(Number.isFinite(u), `${scope}: ${u}`).toBe(true);
          expect(u!, scope).toBeGreaterThanOrEqual(0);
          // Busy time within shifts cannot exceed available time; 1e-12 allows floating-point rounding.
          expect(u!, scope).toBeLessThanOrEqual(1 + 1e-12);
        }
      });

      it('has cases arrive and get resolved', () => {
        expect(value('arrivals', 'all')!).toBeGreaterThan(0);
        expect(value('resolved', 'all')!).toBeGreaterThan(0);
        expect(visited.length).toBeGreaterThan(0);
      });

      // little.relativeGap compares the queue-length area over the measured window with the time
      // every stay spent queueing inside the window (stays cut by the warm-up or the end count in
      // part), so it is ~0 in every run whatever the schedule; 1e-6 leaves room for rounding only.
      it("satisfies Little's law exactly (to rounding) for every pool with visits", () => {
        const bad = visited
          .filter((g) => !(g.mean < 1e-6))
          .map((g) => `${g.scope} ${g.mean.toExponential(2)}`);
        expect(bad).toEqual([]);
      });

      it('has queue-length areas equal to the in-window queue times rebuilt from the trace (exact Little identity)', () => {
        const first = simulateReplication(scenario, { replication: 0, trace: true });
        const from = scenario.horizon.warmupDays * 1440;
        const to = scenario.horizon.days * 1440;
        for (const place of TRACED_QUEUES(base.specialties)) {
          const area = first.kpis.get(`queue.mean|pool:${place}`)! * (to - from);
          const rebuilt = queueTimeInWindow(first.trace!, place, from, to);
          expect(
            Math.abs(rebuilt - area),
            `${place}: trace ${rebuilt}, queue area ${area}`,
          ).toBeLessThanOrEqual(1e-9 * Math.max(1, area));
        }
      });
    });
  }
});
