import { describe, expect, it } from 'vitest';
import { Tally } from '../src/sim/stats/index.js';

function tallyOf(values: readonly number[]): Tally {
  const t = new Tally();
  for (const x of values) t.add(x);
  return t;
}

describe('Tally', () => {
  it('gives mean 5 and sample variance 32/7 for 2, 4, 4, 4, 5, 5, 7, 9', () => {
    // Squared deviations from 5: 9 + 1 + 1 + 1 + 0 + 0 + 4 + 16 = 32, over n − 1 = 7.
    const t = tallyOf([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(t.count).toBe(8);
    expect(t.mean).toBeCloseTo(5, 12);
    expect(t.variance).toBeCloseTo(32 / 7, 12);
    expect(t.standardDeviation).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(t.min).toBe(2);
    expect(t.max).toBe(9);
    expect(t.sum).toBe(40);
  });

  it('keeps the variance exact to 1e-6 when every value is offset by 1e9 (no catastrophic cancellation)', () => {
    const t = tallyOf([2, 4, 4, 4, 5, 5, 7, 9].map((x) => x + 1e9));
    expect(t.mean).toBeCloseTo(1e9 + 5, 6);
    expect(Math.abs(t.variance - 32 / 7)).toBeLessThan(1e-6);
  });

  it('reports NaN mean, min and max when empty and NaN variance with one value', () => {
    const t = new Tally();
    expect(t.mean).toBeNaN();
    expect(t.min).toBeNaN();
    expect(t.max).toBeNaN();
    expect(t.sum).toBe(0);
    t.add(3);
    expect(t.mean).toBe(3);
    expect(t.variance).toBeNaN();
  });

  it('merges two halves into the same count, mean, variance, min, max and sum as adding all (to 1e-12)', () => {
    const all = [2, 4, 4, 4, 5, 5, 7, 9, 1.5, 13, 0.25];
    const whole = tallyOf(all);
    const merged = tallyOf(all.slice(0, 4)).merge(tallyOf(all.slice(4)));
    expect(merged.count).toBe(whole.count);
    expect(merged.mean).toBeCloseTo(whole.mean, 12);
    expect(merged.variance).toBeCloseTo(whole.variance, 12);
    expect(merged.min).toBe(whole.min);
    expect(merged.max).toBe(whole.max);
    expect(merged.sum).toBeCloseTo(whole.sum, 12);
  });

  it('merges into and from an empty tally without changing the other side', () => {
    const full = tallyOf([1, 2, 3]);
    const fromEmpty = new Tally().merge(full);
    expect([fromEmpty.count, fromEmpty.mean, fromEmpty.variance]).toEqual([3, 2, 1]);
    full.merge(new Tally());
    expect([full.count, full.mean, full.variance]).toEqual([3, 2, 1]);
  });

  it('forgets everything on reset', () => {
    const t = tallyOf([1, 2, 3]);
    t.reset();
    expect(t.count).toBe(0);
    expect(t.mean).toBeNaN();
    t.add(10);
    expect([t.count, t.mean, t.min, t.max, t.sum]).toEqual([1, 10, 10, 10, 10]);
  });
});
