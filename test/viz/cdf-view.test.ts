import { describe, expect, it } from 'vitest';
import { PROFILE_LEVELS } from '../../src/sim/index.js';
import { prepareCdf } from '../../src/viz/views/cdf-view.js';

/** Times at the 99 levels: level k% answered within k minutes. */
const linear = PROFILE_LEVELS.map((_, i) => i + 1);
const targets = { A: 60, B: 120, C: 480 };

describe('prepareCdf', () => {
  it('pairs each level with its time, one line per severity A, B, C', () => {
    const data = prepareCdf({ A: linear, B: linear.map((m) => m * 2), C: linear }, targets);
    expect(data.lines.map((l) => l.severity)).toEqual(['A', 'B', 'C']);
    expect(data.lines[0].points).toHaveLength(99);
    expect(data.lines[0].points[0]).toEqual({ minutes: 1, share: 0.01 });
    expect(data.lines[1].points[49]).toEqual({ minutes: 100, share: 0.5 });
    expect(data.lines[2].points[98]).toEqual({ minutes: 99, share: 0.99 });
  });

  it('drops levels whose time is NaN, and gives an empty line to a severity with no case', () => {
    const partial = linear.map((m, i) => (i < 10 ? Number.NaN : m));
    const data = prepareCdf({ A: partial, B: linear, C: linear.map(() => Number.NaN) }, targets);
    expect(data.lines[0].points).toHaveLength(89);
    expect(data.lines[0].points[0]).toEqual({ minutes: 11, share: 0.11 });
    expect(data.lines[2].points).toEqual([]);
  });

  it('labels each severity target and spans the times and targets on the axis', () => {
    const data = prepareCdf({ A: linear, B: linear, C: linear }, targets);
    expect(data.targets).toEqual([
      { severity: 'A', minutes: 60, label: 'A target 1 h' },
      { severity: 'B', minutes: 120, label: 'B target 2 h' },
      { severity: 'C', minutes: 480, label: 'C target 8 h' },
    ]);
    expect(data.extent).toEqual([1, 480]);
  });

  it('leaves zero times out of the extent (a log axis cannot show 0)', () => {
    const data = prepareCdf({ A: linear.map((m) => m - 1), B: linear, C: linear }, { A: 30, B: 30, C: 30 });
    expect(data.extent).toEqual([1, 99]);
  });
});
