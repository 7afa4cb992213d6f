import { describe, expect, it } from 'vitest';
import type { ArrivalEstimate, WeekArrivals } from '../src/fit/estimate-arrivals.js';
import { surgePlan } from '../src/fit/fitted-surges.js';

const WEEK = 10080;

/** Four whole weeks from minute 0, each expecting 105 cases at 10 an hour, with these counts. */
function arrivals(observed: readonly number[], surgeWeeks: readonly number[]): ArrivalEstimate {
  const weeks: WeekArrivals[] = observed.map((n, week) => ({
    week,
    days: 7,
    observed: n,
    expected: 105,
    z: 0,
  }));
  return {
    startAt: 0,
    endAt: observed.length * WEEK,
    stopsBeforeEnd: false,
    cases: observed.reduce((a, b) => a + b, 0),
    outside: 0,
    casesPerHour: 10,
    casesPerHourSe: 0.1,
    weeklyWeights: [],
    hourOfWeekCounts: [],
    weeks,
    dispersion: 1,
    trend: { perWeek: 0, se: 0.01, significant: false },
    surges: surgeWeeks.map((week) => ({ week, ratio: observed[week] / 105, z: 4 })),
  };
}

describe('surges and dips fitted from the weeks', () => {
  it('puts the ordinary weeks on their own rate and a surge week at its cases over that rate', () => {
    // Ordinary weeks see 90 of the 105 expected: their rate is 10 x 90/105; week 2's 150 cases
    // are 150/90 of what that rate expects.
    const plan = surgePlan(arrivals([90, 90, 150, 90], [2]));
    expect(plan.casesPerHour).toBeCloseTo((10 * 90) / 105, 12);
    expect(plan.surges).toEqual([
      { week: 2, fromDay: 14, toDay: 21, volumeFactor: Number((150 / 90).toFixed(6)) },
    ]);
  });

  it('expects exactly the cases seen: the ordinary weeks in total, each surge week on its own', () => {
    const observed = [100, 40, 120, 95];
    const plan = surgePlan(arrivals(observed, [1]));
    const perWeek = (plan.casesPerHour / 10) * 105;
    const expected = observed.map(
      (_, w) => perWeek * (plan.surges.find((s) => s.week === w)?.volumeFactor ?? 1),
    );
    expect(expected[1]).toBeCloseTo(40, 3);
    expect(expected.reduce((a, b) => a + b, 0)).toBeCloseTo(355, 3);
  });

  it('keeps the fitted rate when no week stands out', () => {
    expect(surgePlan(arrivals([100, 110, 105, 105], []))).toEqual({ casesPerHour: 10, surges: [] });
  });
});
