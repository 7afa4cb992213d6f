import { describe, expect, it } from 'vitest';
import { TimeWeighted } from '../src/sim/stats/index.js';

// Level 0 on [0, 10), 2 on [10, 20), 1 on [20, 40).
function example(): TimeWeighted {
  const tw = new TimeWeighted(0, 0);
  tw.set(10, 2);
  tw.set(20, 1);
  return tw;
}

describe('TimeWeighted', () => {
  it('averages level 0 on [0,10), 2 on [10,20), 1 on [20,40) to (0 + 20 + 20)/40 = 1', () => {
    const tw = example();
    expect(tw.area(40)).toBe(40);
    expect(tw.mean(40)).toBe(1);
    expect(tw.level).toBe(1);
    expect(tw.max).toBe(2);
  });

  it('gives the average up to any time after the last change: (0 + 20 + 5)/25 = 1 at 25, (0 + 10)/15 at 15 before the drop to 1', () => {
    expect(example().mean(25)).toBe(1);
    const early = new TimeWeighted(0, 0);
    early.set(10, 2);
    expect(early.mean(15)).toBeCloseTo(10 / 15, 12);
  });

  it('discards the area before a warm-up reset at 15: (2·5 + 1·20)/25 = 1.2 over [15, 40)', () => {
    const tw = new TimeWeighted(0, 5);
    tw.set(10, 2);
    tw.reset(15);
    tw.set(20, 1);
    expect(tw.startAt).toBe(15);
    expect(tw.area(40)).toBe(30);
    expect(tw.mean(40)).toBeCloseTo(1.2, 12);
    // The level 5 held before the warm-up no longer counts as the maximum.
    expect(tw.max).toBe(2);
  });

  it('tracks a queue by +1 / −1 steps: joins at 1 and 2, leaves at 4 and 6 give area 1 + 2·2 + 2 = 7 over [0, 8)', () => {
    const q = new TimeWeighted();
    q.add(1, 1);
    q.add(2, 1);
    q.add(4, -1);
    q.add(6, -1);
    expect(q.level).toBe(0);
    expect(q.area(8)).toBe(7);
    expect(q.mean(8)).toBeCloseTo(7 / 8, 12);
    expect(q.max).toBe(2);
  });

  it('counts simultaneous changes at one instant as zero-length segments', () => {
    const tw = new TimeWeighted(0, 1);
    tw.set(5, 3);
    tw.set(5, 0);
    expect(tw.area(10)).toBe(5);
    expect(tw.max).toBe(3);
  });

  it('gives NaN for the mean of an empty window and throws when time goes back', () => {
    const tw = new TimeWeighted(10, 4);
    expect(tw.mean(10)).toBeNaN();
    tw.set(12, 1);
    expect(() => tw.set(11, 2)).toThrow(RangeError);
    expect(() => tw.area(11)).toThrow(RangeError);
    expect(() => tw.reset(11)).toThrow(RangeError);
  });
});
