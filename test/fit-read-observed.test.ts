import { describe, expect, it } from 'vitest';
import { circularEmd, histogramEmd, wasserstein1 } from '../src/fit/distance.js';
import { observeHistory } from '../src/fit/observed.js';
import { readEvents } from './fixtures/fit-read/hand-made.js';

// The seven cases of ./fixtures/fit-read/hand-made.ts. Observed: the six opened in the window
// (C7 started before it), from Wednesday 09:00 (3420) to Thursday 09:00 (4860).
//   first response (minutes): C1 30, C2 10, C3 30, C4 15, C5 10, C6 20
//   resolution: C1 120, C2 230, C4 60, C5 40 resolved; C3 open, censored at 4860 − 3480 = 1380;
//   C6 cancelled (left out). Kaplan–Meier: S = 4/5 after 40, 3/5 after 60, 2/5 after 120,
//   1/5 after 230: the median is 120, and S never comes down to 0.1.
const observed = observeHistory(readEvents());

/** Within the quantile sketches' 1% relative accuracy. */
function near(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(0.01 * expected);
}

describe('what the hand-made history shows happened', () => {
  it('counts the cases opened in the window by week and by hour of the week', () => {
    expect([observed.fromAt, observed.toAt, observed.cases, observed.cancelled]).toEqual([3420, 4860, 6, 1]);
    expect(observed.weeklyArrivals).toEqual([{ weekStartAt: 0, days: 1, arrivals: 6 }]);
    const byHour = Object.fromEntries(
      observed.arrivalsByHourOfWeek.flatMap((n, hour) => (n > 0 ? [[hour, n]] : [])),
    );
    // Wednesday is hours 48-71: 09:00 (57) C1 and C2, 10:00 C3, 11:00 C4, 12:50 C5, 14:00 C6.
    expect(byHour).toEqual({ 57: 2, 58: 1, 59: 1, 60: 1, 62: 1 });
    expect(observed.arrivalsByHourOfWeek).toHaveLength(168);
  });

  it('gives the share reaching each tier and the severity mix with their standard errors', () => {
    expect(observed.reached.se).toEqual({ count: 6, of: 6, share: 1, standardError: 0 });
    expect(observed.reached.problemControl.share).toBeCloseTo(1 / 6, 12);
    expect(observed.reached.escalation.count).toBe(1);
    expect(observed.reached.pods.count).toBe(0);
    expect([
      observed.severityMix.A.count,
      observed.severityMix.B.count,
      observed.severityMix.C.count,
    ]).toEqual([2, 3, 1]);
    expect(observed.severityMix.B.standardError).toBeCloseTo(Math.sqrt((0.5 * 0.5) / 6), 12);
    expect(observed.severityUnknown).toBe(0);
  });

  it('gives first-response and resolution quantiles, counting the open case as censored (Kaplan-Meier)', () => {
    const response = observed.firstResponse.all;
    expect([response.ended, response.censored]).toEqual([6, 0]);
    near(response.p50, 15);
    near(response.p90, 30);
    expect(response.mean).toBeCloseTo(115 / 6, 9);
    const resolution = observed.resolution.all;
    expect([resolution.ended, resolution.censored]).toEqual([4, 1]);
    near(resolution.p50, 120);
    expect(resolution.p90Known).toBe(false);
    expect(resolution.p90).toBe(1380); // a lower bound: the oldest age seen
    expect(observed.resolution.severity.A.ended).toBe(1); // C2 (C6 was cancelled)
    near(observed.resolution.severity.B.p50, 60); // C1 120, C4 60, C5 40
  });

  it('counts the cases open at each midnight and lists the cycle times', () => {
    // Thursday 00:00: only C3 is open (C1 was resolved on Wednesday, closed on Thursday).
    expect(observed.backlog).toEqual([{ at: 4320, open: 1 }]);
    expect(observed.cycleTimesMinutes).toEqual([40, 60, 120, 230]);
  });
});

describe('earth mover distances', () => {
  it('is the mean absolute difference of two sorted samples of one size, and 0 between a sample and itself', () => {
    expect(wasserstein1([1, 2, 3], [3, 2, 1])).toBe(0);
    expect(wasserstein1([0, 10], [5, 15])).toBe(5);
    expect(wasserstein1([0, 0, 10], [1, 11, 11])).toBeCloseTo((1 + 11 + 1) / 3, 12);
  });

  it('compares samples of different sizes through their distribution functions', () => {
    // F_a steps at 0 and 10 (½ each), F_b at 4: |½ − 0| over [0, 4), |½ − 1| over [4, 10): 2 + 3.
    expect(wasserstein1([0, 10], [4])).toBe(5);
    expect(wasserstein1([], [1])).toBeNaN();
  });

  it('moves hour-of-week weight around the week: Sunday 23:00 is one hour from Monday 00:00', () => {
    const sunday = new Array<number>(168).fill(0);
    const monday = new Array<number>(168).fill(0);
    sunday[167] = 5;
    monday[0] = 2;
    expect(circularEmd(sunday, monday)).toBeCloseTo(1, 12);
    expect(histogramEmd(sunday, monday)).toBeCloseTo(167, 9);
    const shifted = observed.arrivalsByHourOfWeek.map((_, h, all) => all[(h + 167) % 168]);
    expect(circularEmd(observed.arrivalsByHourOfWeek, shifted)).toBeCloseTo(1, 12);
    expect(circularEmd(observed.arrivalsByHourOfWeek, observed.arrivalsByHourOfWeek)).toBe(0);
  });

  it('refuses histograms of different lengths, and says nothing (NaN) when only one holds weight', () => {
    expect(() => circularEmd([1, 2], [1])).toThrow(RangeError);
    expect(circularEmd([0, 0], [0, 1])).toBeNaN();
    expect(circularEmd([0, 0], [0, 0])).toBe(0);
  });
});
