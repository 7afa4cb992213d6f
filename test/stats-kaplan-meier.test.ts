import { describe, expect, it } from 'vitest';
import { KaplanMeier, QuantileSketch } from '../src/sim/stats/index.js';

/** Sketches at 0.2% relative accuracy, as the recorder keeps them. */
function sketch(values: number[]): QuantileSketch {
  const s = new QuantileSketch({ relativeAccuracy: 0.002 });
  for (const v of values) s.add(v);
  return s;
}

/** Within the sketches' accuracy (0.2%, doubled for sums of bucket values). */
function near(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(0.004 * expected);
}

describe('Kaplan-Meier estimate from sketches of ended durations and open ages', () => {
  // Ended 10, 30, 50; open at ages 20 and 40. By hand: S(10) = 4/5 = 0.8; the case open at 20
  // leaves 3 at risk; S(30) = 0.8 x 2/3 = 0.533; the case open at 40 leaves 1; S(50) = 0.
  const km = new KaplanMeier(sketch([10, 30, 50]), sketch([20, 40]));

  it('puts the median at 50 where the resolved cases alone would say 30', () => {
    near(km.quantile(0.5), 50);
    expect(sketch([10, 30, 50]).quantile(0.5)).toBeCloseTo(30, 0);
  });

  it('puts the 25th percentile at 30, the first time S(t) falls to 0.75 or below', () => {
    near(km.quantile(0.25), 30);
  });

  it('gives the area under S as the mean: 10 + 0.8 x 20 + 0.533 x 20 = 36.67', () => {
    near(km.mean, 10 + 0.8 * 20 + ((0.8 * 2) / 3) * 20);
    expect(km.reaches(0.99)).toBe(true);
  });

  it('gives the longest age as a lower bound when too many cases are still open: p90 of 10, 20 ended and 100, 200 open', () => {
    // S(10) = 3/4, S(20) = 1/2, then nothing ends: p50 = 20, p90 unknown (at least 200).
    const open = new KaplanMeier(sketch([10, 20]), sketch([100, 200]));
    near(open.quantile(0.5), 20);
    expect(open.reaches(0.5)).toBe(true);
    expect(open.reaches(0.9)).toBe(false);
    expect(open.quantile(0.9)).toBe(200);
    // Restricted mean up to 200: 10 + 0.75 x 10 + 0.5 x 180 = 107.5.
    near(open.mean, 107.5);
  });

  it('is the plain sample when nothing is open: same quantiles as the sketch and the exact mean', () => {
    const values = [3, 7, 7, 12, 40, 41, 90];
    const plain = new KaplanMeier(sketch(values), sketch([]));
    for (const q of [0.1, 0.5, 0.9, 0.99]) expect(plain.quantile(q)).toBe(sketch(values).quantile(q));
    expect(plain.mean).toBe(200 / 7);
    expect(plain.hasCensored).toBe(false);
  });

  it('never falls when an open case grows older: the median with one more open case at 1,000 is not smaller', () => {
    const ended = Array.from({ length: 50 }, (_, i) => 10 + i * 3);
    let previous = 0;
    for (let open = 0; open <= 60; open += 10) {
      const q = new KaplanMeier(sketch(ended), sketch(Array.from({ length: open }, () => 1000))).quantile(
        0.5,
      );
      expect(q).toBeGreaterThanOrEqual(previous);
      previous = q;
    }
    expect(previous).toBe(1000);
  });

  it('is NaN with no observation at all', () => {
    const none = new KaplanMeier(sketch([]), sketch([]));
    expect(none.quantile(0.5)).toBeNaN();
    expect(none.mean).toBeNaN();
  });
});
