import { describe, expect, it } from 'vitest';
import { compareReplications, excludesZero } from '../src/cli/compare/index.js';
import { NOISE_ABSOLUTE, NOISE_RELATIVE, withinNoise, type ReplicationResult } from '../src/sim/index.js';
import { replication } from './support/replication.js';

/** Replications 0, 1, 2... that measured only the given KPI values, one list per key. */
function scenario(values: Record<string, readonly number[]>): ReplicationResult[] {
  const count = Math.max(...Object.values(values).map((v) => v.length));
  return Array.from({ length: count }, (_, r) =>
    replication(r, Object.fromEntries(Object.entries(values).map(([key, list]) => [key, list[r]]))),
  );
}

/** The next double above x (x > 0): one unit in the last place more. */
function nextUp(x: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) + 1n);
  return view.getFloat64(0);
}

describe('the noise floor of a paired comparison', () => {
  it('never marks significant a difference of rounding size, however consistent its pairs', () => {
    const base = [24.406508762, 31.1, 18.73, 27.9];
    // Every pair differs by one or two ulps: the interval is narrow and excludes 0.
    const other = base.map((x, i) => (i % 2 === 0 ? nextUp(x) : nextUp(nextUp(x))));
    const [row] = compareReplications(
      ['A', 'B'],
      [scenario({ 'firstResponse.mean|all': base }), scenario({ 'firstResponse.mean|all': other })],
    );
    expect(row.difference).toBeGreaterThan(0);
    expect(row.difference).toBeLessThan(1e-13);
    expect(excludesZero(row.difference, row.halfWidth)).toBe(true);
    expect(row.significant).toBe(false);
  });

  it('still marks a consistent difference of a millionth significant', () => {
    const base = [100, 120, 90];
    const [row] = compareReplications(
      ['A', 'B'],
      [
        scenario({ 'cost.perWeek|all': base }),
        scenario({ 'cost.perWeek|all': base.map((x) => x * (1 + 1e-6)) }),
      ],
    );
    expect(row.significant).toBe(true);
  });

  it('uses an absolute floor around zero: 1e-15 apart is noise, 1e-6 apart is not', () => {
    const rows = compareReplications(
      ['A', 'B'],
      [
        scenario({ 'abandoned.share|pool:router': [0, 0, 0], 'reached.share|tier:escalation': [0, 0, 0] }),
        scenario({
          'abandoned.share|pool:router': [1e-15, 1e-15, 1e-15],
          'reached.share|tier:escalation': [1e-6, 1e-6, 1e-6],
        }),
      ],
    );
    expect(rows.map((r) => [r.kpi, r.significant])).toEqual([
      ['abandoned.share', false],
      ['reached.share', true],
    ]);
  });

  it('is defined in one place, relative to the larger mean, with an absolute floor for zeros', () => {
    expect(NOISE_RELATIVE).toBe(1e-9);
    expect(withinNoise(4e-9, 4, 3)).toBe(true);
    expect(withinNoise(4.01e-9, 4, 3)).toBe(false);
    expect(withinNoise(-4e-9, 3, -4)).toBe(true);
    expect(withinNoise(NOISE_ABSOLUTE, 0, 0)).toBe(true);
    expect(withinNoise(2 * NOISE_ABSOLUTE, 0, 0)).toBe(false);
    expect(withinNoise(NaN, 1, 1)).toBe(false);
  });

  it("leaves Little's-law gaps (a model check, not a KPI) out of the comparison", () => {
    const rows = compareReplications(
      ['A', 'B'],
      [
        scenario({
          'little.relativeGap|pool:se/XCON': [3e-17, 0, 5e-17],
          'wait.mean|pool:se/XCON': [1, 2, 3],
        }),
        scenario({
          'little.relativeGap|pool:se/XCON': [9e-16, 8e-16, 7e-16],
          'wait.mean|pool:se/XCON': [1, 2, 3],
        }),
      ],
    );
    expect(rows.map((r) => r.kpi)).toEqual(['wait.mean']);
  });
});
