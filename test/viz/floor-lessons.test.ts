import { describe, expect, it } from 'vitest';
import { MINUTES_PER_DAY, seatPlan, simulateReplication, type TraceRow } from '../../src/sim/index.js';
import { floorLayout } from '../../src/viz/floor/layout.js';
import { LESSONS } from '../../src/viz/floor/lessons.js';
import { floorDirectory } from '../../src/viz/floor/seats.js';
import { scenarioTargets } from '../../src/viz/floor/case-verdicts.js';
import { teachingScenario, teachingVariant } from '../../src/viz/floor/teach-scenarios.js';
import { caseOutcome, whatChanged } from '../../src/viz/floor/what-changed.js';

/** A scenario's trace, as the page's worker makes it (replication 0). */
const traceOf = (scenario: ReturnType<typeof teachingScenario>): TraceRow[] =>
  simulateReplication(scenario, { replication: 0, trace: true }).trace!;

/** The arrivals of a trace: who arrives when, with what. */
const arrivals = (trace: readonly TraceRow[]) =>
  trace.filter((r) => r.event === 'arrived').map((r) => JSON.stringify(r));

describe('the lessons’ guides and what-ifs', () => {
  for (const lesson of LESSONS) {
    describe(lesson.id, () => {
      const scenario = teachingScenario(lesson.id);
      const trace = traceOf(scenario);
      const followed = lesson.follow(trace);
      const caseRows = trace.filter((r) => r.caseId === followed);

      it('follows a case, and every step of its guide finds its moment and something on the floor to point at', () => {
        expect(followed).not.toBeNull();
        expect(lesson.guide.length).toBeGreaterThanOrEqual(4);
        const layout = floorLayout(seatPlan(scenario), 1000, 700);
        const times = lesson.guide.map((step) => step.at({ caseRows }));
        times.forEach((t, i) => {
          expect(t, `step ${i + 1}`).not.toBeNull();
          expect(t!, `step ${i + 1}`).toBeGreaterThanOrEqual(0);
          expect(t!, `step ${i + 1}`).toBeLessThanOrEqual(scenario.horizon.days * 1440);
        });
        // The script moves forward in time.
        expect([...times].sort((a, b) => a! - b!)).toEqual(times);
        for (const [i, step] of lesson.guide.entries()) {
          const mark = step.mark({ caseRows });
          expect(mark, `step ${i + 1}`).not.toBeNull();
          expect(layout.seat(mark!) ?? layout.place(mark!), `step ${i + 1}: ${mark}`).toBeDefined();
          expect(step.point.length + step.ask.length, `step ${i + 1} is short`).toBeLessThan(200);
        }
      });

      it('replays the same cases in the what-if, and something changes for the followed case', () => {
        const variant = teachingVariant(lesson.id, lesson.whatIf.patch);
        expect(variant.seed).toBe(scenario.seed);
        const other = traceOf(variant);
        expect(arrivals(other)).toEqual(arrivals(trace));
        const outcome = (s: typeof scenario, t: readonly TraceRow[]) =>
          caseOutcome(
            t.filter((r) => r.caseId === followed),
            s.horizon.days * MINUTES_PER_DAY,
            scenarioTargets(s),
            floorDirectory(seatPlan(s)),
          );
        const lines = whatChanged(outcome(scenario, trace), outcome(variant, other));
        expect(lines.filter((l) => l.includes('→')).length, lines.join('\n')).toBeGreaterThan(0);
      });
    });
  }

  it('tells what changed in words, field by field', () => {
    const before = {
      firstResponse: 'after 6 min (se/XADM/t1/7, SLA met)',
      furthest: 'the product group',
      outcome: 'resolved Tue 23:46 by the product group’s hotfix',
      open: '1 d 14 h 46 min',
    };
    expect(
      whatChanged(before, {
        ...before,
        outcome: 'resolved Thu 23:46 by the product group’s hotfix',
        open: '3 d 15 h',
      }),
    ).toEqual([
      'First response: after 6 min (se/XADM/t1/7, SLA met), the same',
      'Climbed to: the product group, the same',
      'Outcome: resolved Tue 23:46 by the product group’s hotfix → resolved Thu 23:46 by the product group’s hotfix',
      'Open for: 1 d 14 h 46 min → 3 d 15 h',
    ]);
  });
});
