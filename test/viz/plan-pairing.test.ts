import { describe, expect, it } from 'vitest';
import type { ReplicationResult, Scenario } from '../../src/sim/index.js';
import { pairWithPlan } from '../../src/viz/plan-pairing.js';

/** A run with one KPI, `value(i)` in replication i, of `replications` in all. */
function run(
  name: string,
  seed: number,
  replications: number,
  value: (i: number) => number,
  done?: number[],
) {
  const scenario = { name, seed, replications } as unknown as Scenario;
  const results = (done ?? [...Array(replications).keys()]).map(
    (replication) =>
      ({ replication, kpis: new Map([['wait.mean|all', value(replication)]]) }) as ReplicationResult,
  );
  return { scenario, results };
}

describe('pairing a run with the pinned plan', () => {
  it('pairs the replications a run in progress has done with the plan’s of the same indices', () => {
    // The plan differs by replication; the run is the plan plus 1 in every one.
    const plan = run('plan', 7, 4, (i) => 10 * i);
    const partial = run('now', 7, 4, (i) => 10 * i + 1, [1, 3]);
    const { comparison, note } = pairWithPlan(plan, partial);
    expect(note).toBe('');
    expect(comparison).toHaveLength(1);
    expect(comparison![0]).toMatchObject({ baseMean: 20, otherMean: 21, difference: 1, replications: 2 });
    // One replication: a difference, and no interval yet.
    const one = pairWithPlan(
      plan,
      run('now', 7, 4, (i) => 10 * i + 1, [2]),
    ).comparison![0];
    expect(one).toMatchObject({ difference: 1, replications: 1 });
    expect(one.halfWidth).toBeNaN();
  });

  it('says why when the seed or the number of replications differs, and compares nothing without a plan', () => {
    const plan = run('plan', 7, 4, () => 1);
    for (const other of [run('now', 8, 4, () => 1), run('now', 7, 5, () => 1, [0, 1])]) {
      const { comparison, note } = pairWithPlan(plan, other);
      expect(comparison).toBeNull();
      expect(note).toMatch(/cannot be paired/);
    }
    expect(pairWithPlan(null, plan)).toEqual({ comparison: null, note: '' });
    expect(pairWithPlan(plan, plan)).toEqual({ comparison: null, note: '' });
  });
});
