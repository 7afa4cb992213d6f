import { describe, expect, it } from 'vitest';
import { compareReplications, type ComparisonRow } from '../src/cli/compare/index.js';
import { tQuantile975, type ReplicationResult } from '../src/sim/index.js';
import { replication } from './support/replication.js';
import { independentDifference } from './support/welch.js';

/** One scenario's replications 0, 1, 2 from the per-replication values of each key. */
function scenario(values: Record<string, ReadonlyArray<number | undefined>>): ReplicationResult[] {
  return [0, 1, 2].map((r) => {
    const kpis: Record<string, number> = {};
    for (const [key, list] of Object.entries(values)) {
      const x = list[r];
      if (x !== undefined) kpis[key] = x;
    }
    return replication(r, kpis);
  });
}

const A = scenario({
  'wait.mean|pool:router': [10, 20, 30],
  'sla.attainment|severity:B': [0.8, 0.85, 0.9],
  'escalations|reason:age': [5, undefined, 9],
  'reached.share|tier:escalation': [0.01, NaN, NaN],
  'headcount|pool:se/XADM': [42, 42, 42],
});
const B = scenario({
  'wait.mean|pool:router': [11, 22, 33],
  'sla.attainment|severity:B': [0.82, 0.88, 0.94],
  'escalations|reason:age': [7, 8, 10],
  'reached.share|tier:escalation': [0.02, NaN, 0.03],
  'headcount|pool:se/XADM': [45, 45, 45],
  'hotfixes.requested|all': [1, 2, 3],
});

function row(rows: readonly ComparisonRow[], key: string, other = 'B'): ComparisonRow {
  const found = rows.find((r) => `${r.kpi}|${r.scope}` === key && r.other === other);
  if (!found) throw new Error(`no row ${key}`);
  return found;
}

describe('compareReplications', () => {
  const rows = compareReplications(['A', 'B'], [A, B]);

  it('gives differences 1, 2, 3 a mean of 2 and a half-width t(0.975, 2) · 1 / √3 = 2.484: not significant', () => {
    const r = row(rows, 'wait.mean|pool:router');
    expect(r).toMatchObject({
      kpi: 'wait.mean',
      scope: 'pool:router',
      unit: 'minutes',
      base: 'A',
      other: 'B',
      replications: 3,
    });
    expect(r.baseMean).toBeCloseTo(20, 12);
    expect(r.otherMean).toBeCloseTo(22, 12);
    expect(r.difference).toBeCloseTo(2, 12);
    expect(r.halfWidth).toBeCloseTo((4.302653 * 1) / Math.sqrt(3), 9);
    expect(r.significant).toBe(false);
  });

  it('gives differences 0.02, 0.03, 0.04 a mean of 0.03 ± 0.0248: significant', () => {
    const r = row(rows, 'sla.attainment|severity:B');
    expect(r.unit).toBe('share');
    expect(r.difference).toBeCloseTo(0.03, 12);
    expect(r.halfWidth).toBeCloseTo((4.302653 * 0.01) / Math.sqrt(3), 9);
    expect(r.significant).toBe(true);
  });

  it('pairs only the replications where both have a value, and takes both means over those pairs', () => {
    // Replication 1 of A has no value: pairs (5, 7) and (9, 10), differences 2 and 1.
    const r = row(rows, 'escalations|reason:age');
    expect(r.replications).toBe(2);
    expect(r.baseMean).toBeCloseTo(7, 12);
    expect(r.otherMean).toBeCloseTo(8.5, 12);
    expect(r.difference).toBeCloseTo(1.5, 12);
    // sd of (2, 1) is 1/√2; t(0.975, 1) = 12.706205.
    expect(r.halfWidth).toBeCloseTo((12.706205 * Math.SQRT1_2) / Math.SQRT2, 9);
    expect(r.significant).toBe(false);
  });

  it('reports a NaN half-width and no significance with a single pair', () => {
    const r = row(rows, 'reached.share|tier:escalation');
    expect(r.replications).toBe(1);
    expect(r.difference).toBeCloseTo(0.01, 12);
    expect(r.halfWidth).toBeNaN();
    expect(r.significant).toBe(false);
  });

  it('treats the same difference in every pair (a headcount) as significant with half-width 0', () => {
    const r = row(rows, 'headcount|pool:se/XADM');
    expect(r).toMatchObject({ difference: 3, halfWidth: 0, significant: true, unit: 'people' });
  });

  it('keeps a KPI only one scenario has, with no pairs and NaN values', () => {
    const r = row(rows, 'hotfixes.requested|all');
    expect(r.replications).toBe(0);
    expect(r.baseMean).toBeNaN();
    expect(r.difference).toBeNaN();
    expect(r.significant).toBe(false);
  });

  it('compares every further scenario with the first, grouped by scenario, keys in first-seen order', () => {
    const three = compareReplications(['A', 'B', 'C'], [A, B, B]);
    expect(three).toHaveLength(2 * 6);
    expect(three.slice(0, 6).every((r) => r.base === 'A' && r.other === 'B')).toBe(true);
    expect(three.slice(6).every((r) => r.base === 'A' && r.other === 'C')).toBe(true);
    expect(three.slice(0, 6).map((r) => r.kpi)).toEqual([
      'wait.mean',
      'sla.attainment',
      'escalations',
      'reached.share',
      'headcount',
      'hotfixes.requested',
    ]);
    expect(row(three, 'wait.mean|pool:router', 'C')).toEqual({
      ...row(three, 'wait.mean|pool:router'),
      other: 'C',
    });
  });

  it('refuses scenarios with different numbers of replications, other replication indices, or a lone scenario', () => {
    expect(() => compareReplications(['A', 'B'], [A, B.slice(0, 2)])).toThrow(
      /B has 2 replication\(s\) and A 3/,
    );
    const shifted = B.map((r) => ({ ...r, replication: r.replication + 1 }));
    expect(() => compareReplications(['A', 'B'], [A, shifted])).toThrow(
      /replication 0 of B is index 1, of A index 0/,
    );
    expect(() => compareReplications(['A'], [A])).toThrow(/at least two scenarios/);
    expect(() => compareReplications(['A', 'B'], [A])).toThrow(/2 names for 1 result sets/);
  });
});

describe('independentDifference (Welch)', () => {
  it('gives two samples of 3 with variance 1 and means 2 and 6: 4 ± t(0.975, 4) · √(2/3) = 4 ± 2.267', () => {
    // Equal sizes and variances: ν = 2(n − 1) = 4, the pooled t interval's degrees of freedom.
    const d = independentDifference([1, 2, 3], [5, 6, 7]);
    expect(d.mean).toBeCloseTo(4, 12);
    expect(d.df).toBeCloseTo(4, 12);
    expect(d.halfWidth).toBeCloseTo(2.776445 * Math.sqrt(2 / 3), 9);
    expect(d).toMatchObject({ nA: 3, nB: 3 });
  });

  it('uses the Welch–Satterthwaite ν = 50/17 for variances 1 and 4 over 3 values each', () => {
    // s²a/na = 1/3, s²b/nb = 4/3: ν = (5/3)² / ((1/3)²/2 + (4/3)²/2) = 50/17 ≈ 2.94.
    const d = independentDifference([1, 2, 3], [2, 4, 6]);
    expect(d.mean).toBeCloseTo(2, 12);
    expect(d.df).toBeCloseTo(50 / 17, 12);
    const t = tQuantile975(50 / 17);
    expect(t).toBeGreaterThan(3.182446); // t(0.975, 3)
    expect(t).toBeLessThan(4.302653); // t(0.975, 2)
    expect(d.halfWidth).toBeCloseTo(t * Math.sqrt(5 / 3), 9);
  });

  it('skips NaN values and gives a NaN half-width when a sample has fewer than 2 values', () => {
    expect(independentDifference([1, NaN, 3], [5, 7])).toMatchObject({ mean: 4, nA: 2, nB: 2 });
    const lone = independentDifference([1], [5, 7]);
    expect(lone.mean).toBe(5);
    expect(lone.halfWidth).toBeNaN();
  });

  it('gives half-width 0 for two constant samples', () => {
    expect(independentDifference([2, 2, 2], [5, 5])).toMatchObject({ mean: 3, halfWidth: 0 });
  });
});
