import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { QuantileSketch } from '../src/sim/stats/index.js';

/** |estimate − exact| / exact. */
function relativeError(estimate: number, exact: number): number {
  return Math.abs(estimate - exact) / exact;
}

function exponential(random: () => number, mean: number): number {
  // 1 − u is in (0, 1], so the log is finite.
  return -mean * Math.log(1 - random());
}

describe('QuantileSketch', () => {
  it('gives the quantiles of 1..100000 within 1% relative error at q = 0.5, 0.9, 0.99', () => {
    const s = new QuantileSketch();
    for (let x = 1; x <= 100_000; x++) s.add(x);
    for (const q of [0.5, 0.9, 0.99]) {
      // The lower empirical quantile: the value of rank ⌊q·(n−1)⌋ (0-based), i.e. 1 + that rank.
      const exact = 1 + Math.floor(q * 99_999);
      expect(relativeError(s.quantile(q), exact)).toBeLessThanOrEqual(0.01);
    }
    expect(s.quantile(0)).toBe(1);
    expect(s.quantile(1)).toBe(100_000);
    expect(s.count).toBe(100_000);
  });

  it('keeps every percentile of 20,000 lognormal values within 1% of the sorted values', () => {
    const random = seedrandom.alea('lognormal');
    const s = new QuantileSketch();
    const values: number[] = [];
    for (let i = 0; i < 20_000; i++) {
      // Box–Muller; the log-scale sd of 2 spreads the values over ~7 decades.
      const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
      const x = Math.exp(1 + 2 * z);
      values.push(x);
      s.add(x);
    }
    values.sort((a, b) => a - b);
    for (let p = 1; p <= 99; p++) {
      const q = p / 100;
      const exact = values[Math.floor(q * (values.length - 1))];
      expect(relativeError(s.quantile(q), exact)).toBeLessThanOrEqual(0.01 + 1e-12);
    }
  });

  it('gives p90 of 1e6 exponential waits (mean 25 min) within 2% of 25·ln 10 = 57.56 min', () => {
    // Sampling sd of the p90 is 3·mean/√n = 0.075 min (0.13%); the sketch adds at most 1%.
    const random = seedrandom.alea('exponential p90');
    const s = new QuantileSketch();
    for (let i = 0; i < 1_000_000; i++) s.add(exponential(random, 25));
    expect(relativeError(s.quantile(0.9), 25 * Math.LN10)).toBeLessThan(0.02);
    expect(relativeError(s.quantile(0.5), 25 * Math.LN2)).toBeLessThan(0.02);
    expect(relativeError(s.mean, 25)).toBeLessThan(0.01);
  });

  it('merging two sketches equals one sketch of all values, quantile for quantile', () => {
    const random = seedrandom.alea('merge');
    const left = new QuantileSketch();
    const right = new QuantileSketch();
    const whole = new QuantileSketch();
    for (let i = 0; i < 50_000; i++) {
      // The halves cover different ranges so the merge has to grow the bucket array both ways.
      const x = i % 2 === 0 ? exponential(random, 0.5) : 100 + exponential(random, 1000);
      (i % 2 === 0 ? left : right).add(x);
      whole.add(x);
    }
    left.add(0);
    whole.add(0);
    const merged = new QuantileSketch().merge(right).merge(left);
    expect(merged.count).toBe(whole.count);
    expect(merged.min).toBe(whole.min);
    expect(merged.max).toBe(whole.max);
    expect(merged.bucketCount).toBe(whole.bucketCount);
    for (let p = 0; p <= 100; p++) expect(merged.quantile(p / 100)).toBe(whole.quantile(p / 100));
  });

  it('keeps memory bounded for 1e6 values: buckets ≤ ⌈ln(max/min)/ln γ⌉ + 1, about 800 here', () => {
    const random = seedrandom.alea('memory');
    const s = new QuantileSketch();
    for (let i = 0; i < 1_000_000; i++) s.add(exponential(random, 25));
    const gamma = 1.01 / 0.99;
    const bound = Math.ceil(Math.log(s.max / Math.max(s.min, 1e-6)) / Math.log(gamma)) + 1;
    expect(s.bucketCount).toBeLessThanOrEqual(bound);
    expect(s.bucketCount).toBeLessThan(1_000);
    // Growth allocates at most twice the span (or the initial 128 buckets).
    expect(s.capacity).toBeLessThanOrEqual(Math.max(2 * s.bucketCount, 128));
  });

  it('puts values below minValue in a zero bucket reported as the exact minimum', () => {
    const s = new QuantileSketch({ minValue: 1e-3 });
    for (const x of [0, 0, 0, 5, 10]) s.add(x);
    expect(s.quantile(0)).toBe(0);
    expect(s.quantile(0.5)).toBe(0);
    expect(relativeError(s.quantile(0.75), 5)).toBeLessThanOrEqual(0.01);
    expect(s.quantile(1)).toBe(10);
  });

  it('honours a coarser relative accuracy: 5% for quantiles of 1..1000', () => {
    const s = new QuantileSketch({ relativeAccuracy: 0.05 });
    for (let x = 1; x <= 1000; x++) s.add(x);
    for (const q of [0.1, 0.25, 0.5, 0.75, 0.95]) {
      expect(relativeError(s.quantile(q), 1 + Math.floor(q * 999))).toBeLessThanOrEqual(0.05);
    }
  });

  it('gives NaN when empty, starts over on reset and rejects negative, NaN and infinite values', () => {
    const s = new QuantileSketch();
    expect(s.quantile(0.5)).toBeNaN();
    s.add(0.5);
    s.add(2);
    s.reset();
    expect(s.count).toBe(0);
    expect(s.quantile(0.5)).toBeNaN();
    s.add(7);
    expect(s.quantile(0.5)).toBe(7);
    expect(() => s.add(-1)).toThrow(RangeError);
    expect(() => s.add(NaN)).toThrow(RangeError);
    expect(() => s.add(Infinity)).toThrow(RangeError);
    expect(() => s.quantile(1.5)).toThrow(RangeError);
    expect(() => s.merge(new QuantileSketch({ relativeAccuracy: 0.02 }))).toThrow(RangeError);
  });

  it('does not depend on the order in which values arrive', () => {
    const up = new QuantileSketch();
    const down = new QuantileSketch();
    for (let x = 1; x <= 5000; x++) up.add(x / 7);
    for (let x = 5000; x >= 1; x--) down.add(x / 7);
    for (let p = 0; p <= 100; p++) expect(down.quantile(p / 100)).toBe(up.quantile(p / 100));
  });
});
