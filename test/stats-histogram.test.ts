import { describe, expect, it } from 'vitest';
import { FixedHistogram } from '../src/sim/stats/index.js';

describe('FixedHistogram', () => {
  it('counts 0, 0.5, 1, 2.5 and 10 into bins of width 1 as 2, 1, 1 with 1 overflow', () => {
    const h = new FixedHistogram(1, 3);
    for (const x of [0, 0.5, 1, 2.5, 10]) h.add(x);
    expect([h.countAt(0), h.countAt(1), h.countAt(2)]).toEqual([2, 1, 1]);
    expect(h.overflow).toBe(1);
    expect(h.count).toBe(5);
    expect(h.shareBelow(2)).toBeCloseTo(3 / 5, 12);
    expect(h.shareBelow(100)).toBeCloseTo(4 / 5, 12);
    expect(h.cdf()).toEqual([
      { upTo: 1, share: 0.4 },
      { upTo: 2, share: 0.6 },
      { upTo: 3, share: 0.8 },
    ]);
  });

  it('merges into the same counts as one histogram of all values and rejects different bins', () => {
    const a = new FixedHistogram(30, 4);
    const b = new FixedHistogram(30, 4);
    const all = new FixedHistogram(30, 4);
    [5, 40, 95, 200].forEach((x, i) => {
      (i % 2 === 0 ? a : b).add(x);
      all.add(x);
    });
    a.merge(b);
    expect(a.cdf()).toEqual(all.cdf());
    expect(a.overflow).toBe(all.overflow);
    expect(() => a.merge(new FixedHistogram(60, 4))).toThrow(RangeError);
  });

  it('starts over on reset and rejects negative values', () => {
    const h = new FixedHistogram(1, 2);
    h.add(0.5);
    h.reset();
    expect(h.count).toBe(0);
    expect(h.shareBelow(1)).toBeNaN();
    expect(() => h.add(-0.1)).toThrow(RangeError);
  });
});
