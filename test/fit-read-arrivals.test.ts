import { describe, expect, it } from 'vitest';
import { checkMapping } from '../src/fit/mapping.js';
import { readHistory } from '../src/fit/read-history.js';

const WEEK = 10_080;
const DAY = 1_440;
const MAPPING = checkMapping(
  { format: 'tickets', columns: { case: 'id', opened: 'opened', resolved: 'resolved' } },
  'm.json',
);

/** Minute `at` from Monday 1 January 2024 00:00 as ISO 8601 without a zone. */
function iso(at: number): string {
  return new Date(Date.UTC(2024, 0, 1) + at * 60_000).toISOString().slice(0, 16);
}

/** A tickets CSV of the cases, each [openedAt, resolvedAt or null] in minutes from Monday 1 January 2024. */
function tickets(cases: readonly [number, number | null][]): string {
  const rows = cases.map(
    ([openedAt, resolvedAt], i) => `K${i},${iso(openedAt)},${resolvedAt === null ? '' : iso(resolvedAt)}`,
  );
  return `id,opened,resolved\n${rows.join('\n')}\n`;
}

describe('the window of complete openings', () => {
  it('ends where an extract of closed cases starts missing the cases still open at its end', () => {
    // A case every hour for six weeks, lasting 1 to 5 days; the extract, taken at the end of
    // week 6, holds only the cases resolved by then: none is open, where Little's law expects
    // 1 an hour × the 2.8-day mean of the durations kept = 67.
    const extractAt = 6 * WEEK;
    const cases: [number, number][] = [];
    for (let at = 0; at < extractAt; at += 60) {
      const resolvedAt = at + ((at / 60) % 5) * DAY + DAY;
      if (resolvedAt <= extractAt) cases.push([at, resolvedAt]);
    }
    const history = readHistory(tickets(cases), MAPPING);
    // 95% resolve within 5 days: openings from 5 days before the end are incomplete; the window
    // is cut back to the Monday before, the end of week 5.
    expect(history.arrivalsEndAt).toBe(5 * WEEK);
    const problem = history.problems.find((p) => p.kind === 'incomplete-arrivals')!;
    expect(problem.examples[0]).toMatch(
      /^0 cases open at the end where .* about 67: an extract of closed cases/,
    );
    expect(problem.count).toBe(cases.filter(([openedAt]) => openedAt >= 5 * WEEK).length);
    expect(problem.decision).toMatch(
      /^arrival estimates use the openings before 2024-02-05T00:00:00 \(arrivalsEndAt 50,400\)/,
    );
  });

  it('leaves out trailing weeks with far fewer openings than the median week, and keeps a live extract whole', () => {
    // A live extract taken at the end of week 8: a case every 2 hours lasting 3 days, those
    // still open then without a resolution; in the last two weeks only half as many cases.
    const liveExtract = (endAt: number, quietFrom: number): [number, number | null][] => {
      const cases: [number, number | null][] = [];
      for (let at = 0; at < endAt; at += 120) {
        if (at >= quietFrom && (at / 120) % 2 === 1) continue;
        cases.push([at, at + 3 * DAY <= endAt ? at + 3 * DAY : null]);
      }
      return cases;
    };
    const history = readHistory(tickets(liveExtract(8 * WEEK, 6 * WEEK)), MAPPING);
    expect(history.windowEndAt).toBe(8 * WEEK);
    expect(history.arrivalsEndAt).toBe(6 * WEEK);
    const problem = history.problems.find((p) => p.kind === 'incomplete-arrivals')!;
    expect(problem.examples).toEqual([
      'the last 2 weeks have 42, 42 openings, under 75% of the median complete week (84)',
    ]);
    expect(problem.count).toBe(84);

    const whole = readHistory(tickets(liveExtract(8 * WEEK, 8 * WEEK)), MAPPING);
    expect(whole.arrivalsEndAt).toBe(8 * WEEK);
    expect(whole.problems.map((p) => p.kind)).toEqual(['censored']);
  });

  it('ends where openings stop long before the history does, keeping a week whose last hours were quiet', () => {
    // A case every 2 hours for six weeks (the last on Sunday 22:00), each followed for 3 days.
    const cases: [number, number][] = [];
    for (let at = 0; at < 6 * WEEK; at += 120) cases.push([at, at + 3 * DAY]);
    const history = readHistory(tickets(cases), MAPPING);
    expect(history.arrivalsEndAt).toBe(6 * WEEK);
    const problem = history.problems.find((p) => p.kind === 'incomplete-arrivals')!;
    expect(problem.examples[0]).toBe(
      'no case opened in the last 3 days of the history (after 2024-02-11T22:00:00), a longer quiet spell than any before (0.1 days)',
    );
    expect(problem.count).toBe(0);
  });
});
