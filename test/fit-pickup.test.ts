/**
 * The wait to be picked up (src/fit/estimate-pickup.ts): from a case's opening to its first
 * status other than queued, or to its resolution when it never left the queue; fitted only
 * without routers, carried by the pass-through router's triage on seats enough for a pure delay.
 */
import { describe, expect, it } from 'vitest';
import type { CaseHistory, History } from '../src/fit/case-history.js';
import type { ArrivalEstimate } from '../src/fit/estimate-arrivals.js';
import { delaySeats, estimatePickup } from '../src/fit/estimate-pickup.js';

/** A case opened at `openedAt` (minutes), first out of the queue at `firstResponseAt`, resolved at `resolvedAt`. */
function caseOf(
  id: string,
  openedAt: number,
  firstResponseAt: number | null,
  resolvedAt: number | null,
): CaseHistory {
  return {
    id,
    openedAt,
    resolvedAt,
    firstResponseAt,
    severity: 'B',
    specialty: null,
    contract: null,
    tiers: ['se'],
    spells: [],
    startedBeforeWindow: false,
  };
}

const cases = [
  caseOf('worked after 30 minutes queued', 0, 30, 500),
  caseOf('resolved after 2 hours queued', 100, 220, 220),
  caseOf('worked at once', 200, 200, 300),
  caseOf('resolved at opening, never worked', 300, null, 300),
  caseOf('still queued at the end', 400, null, null),
];
const history = { cases } as unknown as History;
// 10 cases an hour, twice that in the busiest hour of the week.
const arrivals = {
  casesPerHour: 10,
  weeklyWeights: [...new Array<number>(167).fill(1), 2],
} as unknown as ArrivalEstimate;

describe('the wait to be picked up', () => {
  it('measures opening to the first status other than queued (or the resolution), leaving out cases still queued', () => {
    const p = estimatePickup(history, cases, arrivals, false)!;
    expect(p.cases).toBe(4);
    expect(p.censored).toBe(1);
    expect(p.fit!.mean).toBeCloseTo((30 + 120 + 0 + 0) / 4, 9);
    expect(p.fit!.zeros).toBe(2);
    expect(p.seats).toBe(delaySeats(20, 37.5));
  });

  it('is not fitted when the history has routers or tells no first response', () => {
    expect(estimatePickup(history, cases, arrivals, true)).toBeNull();
    const silent = { cases, mapped: { firstResponse: false } } as unknown as History;
    expect(estimatePickup(silent, cases, arrivals, false)).toBeNull();
  });

  it('gives a pure delay seats beyond the Poisson count of cases in it, within the format', () => {
    expect(delaySeats(10, 0)).toBe(1);
    // m = 60 cases in their delay at once: 60 + 6·√60 + 1 → 108.
    expect(delaySeats(60, 60)).toBe(108);
    expect(delaySeats(1000, 1e6)).toBe(10_000);
  });
});
