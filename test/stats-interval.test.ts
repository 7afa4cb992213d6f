import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { confidenceInterval, pairedDifference } from '../src/sim/stats/index.js';

describe('confidenceInterval', () => {
  it('gives mean 3 and half-width 2.776·√2.5/√5 = 1.963 for 1, 2, 3, 4, 5 (±0.001)', () => {
    const ci = confidenceInterval([1, 2, 3, 4, 5]);
    expect(ci.n).toBe(5);
    expect(ci.mean).toBeCloseTo(3, 12);
    expect(Math.abs(ci.halfWidth - 1.963)).toBeLessThanOrEqual(0.001);
  });

  it('skips NaN values and counts only the rest', () => {
    const ci = confidenceInterval([1, NaN, 2, 3, NaN, 4, 5]);
    expect(ci.n).toBe(5);
    expect(ci.mean).toBeCloseTo(3, 12);
    expect(Math.abs(ci.halfWidth - 1.963)).toBeLessThanOrEqual(0.001);
  });

  it('gives a NaN half-width for one value and a NaN mean for none', () => {
    expect(confidenceInterval([4])).toEqual({ mean: 4, halfWidth: NaN, n: 1 });
    expect(confidenceInterval([NaN])).toEqual({ mean: NaN, halfWidth: NaN, n: 0 });
  });

  it('covers the true mean of 10 normal draws in 95% ± 1.5% of 2,000 replicate sets', () => {
    // Binomial sd of the coverage over 2,000 sets is √(0.95·0.05/2000) = 0.49%, so ±1.5% is ~3 sd.
    const random = seedrandom.alea('coverage');
    const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const trueMean = 40;
    let covered = 0;
    for (let set = 0; set < 2000; set++) {
      const draws = Array.from({ length: 10 }, () => trueMean + 8 * normal());
      const ci = confidenceInterval(draws);
      if (Math.abs(ci.mean - trueMean) <= ci.halfWidth) covered++;
    }
    expect(Math.abs(covered / 2000 - 0.95)).toBeLessThanOrEqual(0.015);
  });
});

describe('pairedDifference', () => {
  it('gives mean 2 and half-width 4.303·1/√3 = 2.484 for differences 1, 2, 3 (±0.001)', () => {
    const ci = pairedDifference([10, 20, 30], [11, 22, 33]);
    expect(ci.n).toBe(3);
    expect(ci.mean).toBeCloseTo(2, 12);
    expect(Math.abs(ci.halfWidth - 2.484)).toBeLessThanOrEqual(0.001);
  });

  it('skips pairs with a NaN on either side and rejects different lengths', () => {
    expect(pairedDifference([1, NaN, 3], [2, 5, NaN])).toEqual({ mean: 1, halfWidth: NaN, n: 1 });
    expect(() => pairedDifference([1, 2], [1])).toThrow(RangeError);
  });
});
