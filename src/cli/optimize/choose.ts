import { pairedDifference } from '../../sim/index.js';
import { COST_KEY, type Evaluation } from './evaluator.js';
import { goalKey, type Goal } from './goals.js';
import { poolCostPerWeek } from './pool-cost.js';
import { stepDown, type PoolKey } from './pools.js';

/**
 * Whether `to` moves a goal's KPI in the right direction compared with `from`, beyond the noise
 * that common random numbers leave: the 95% interval of the paired differences per replication
 * lies above 0 (with one replication, the difference is above 0). Without this test, the search
 * would keep paying for additions that only move the noise of a goal out of reach.
 */
function improves(goal: Goal, from: Evaluation, to: Evaluation): boolean {
  const key = goalKey(goal);
  const d = pairedDifference(from.perReplication.get(key) ?? [], to.perReplication.get(key) ?? []);
  const gain = goal.op === '>=' ? d.mean : -d.mean;
  if (d.n === 0 || !(gain > 0)) return false;
  return d.n < 2 || gain - d.halfWidth > 0;
}

/**
 * Whether `to` costs less per week than `from` beyond the noise: the 95% interval of the paired
 * differences of the cost per replication lies below 0 (with one replication, the difference
 * is below 0). A move between shifts keeps the headcount, so its saving (premiums, shorter
 * rotas) is small, and overtime alone moves the cost by about as much: the saving must show.
 */
export function costsLess(from: Evaluation, to: Evaluation): boolean {
  const d = pairedDifference(from.perReplication.get(COST_KEY) ?? [], to.perReplication.get(COST_KEY) ?? []);
  const saving = -d.mean;
  if (d.n === 0 || !(saving > 0)) return false;
  return d.n < 2 || saving - d.halfWidth > 0;
}

/**
 * Whether `to` is worth taking over `from` for its cost: it costs less, and if both have the
 * same headcounts (the first `pools` entries of the staffing: they differ only by people per
 * shift), it costs less beyond the noise ({@link costsLess}).
 */
export function cheaper(from: Evaluation, to: Evaluation, pools: number): boolean {
  if (!(to.costPerWeek < from.costPerWeek)) return false;
  const sameHeadcounts = from.staffing.slice(0, pools).every((n, i) => n === to.staffing[i]);
  return !sameHeadcounts || costsLess(from, to);
}

/**
 * The candidate (index) that reduces the current worst-violated goal most per extra cost per
 * week, among those that improve it significantly (see {@link improves}); failing that, the one
 * that reduces the summed violation most per cost among those that significantly improve some
 * unmet goal; null if none. An improvement at no extra cost beats any other; ties go to the
 * larger improvement, then to the earlier candidate.
 */
export function bestAddition(
  current: Evaluation,
  candidates: readonly Evaluation[],
  goals: readonly Goal[],
  violations: (e: Evaluation) => number[],
): number | null {
  const now = violations(current);
  const worst = now.indexOf(Math.max(...now));
  const unmet = goals.filter((_, g) => now[g] > 0);
  const sum = (v: readonly number[]): number => v.reduce((a, b) => a + b, 0);
  const pick = (gain: (v: readonly number[]) => number, helps: (c: Evaluation) => boolean): number | null => {
    let best: number | null = null;
    let bestScore = 0;
    let bestGain = 0;
    for (let i = 0; i < candidates.length; i++) {
      const g = gain(violations(candidates[i]));
      if (!(g > 0) || !helps(candidates[i])) continue;
      const extra = candidates[i].costPerWeek - current.costPerWeek;
      const score = extra > 0 ? g / extra : Infinity;
      if (best === null || score > bestScore || (score === bestScore && g > bestGain)) {
        best = i;
        bestScore = score;
        bestGain = g;
      }
    }
    return best;
  };
  return (
    pick(
      (v) => now[worst] - v[worst],
      (c) => improves(goals[worst], current, c),
    ) ??
    pick(
      (v) => sum(now) - sum(v),
      (c) => unmet.some((goal) => improves(goal, current, c)),
    )
  );
}

/** The cheapest evaluation that meets every goal and is not in `skip`, or null. */
export function cheapestFeasible(
  all: readonly Evaluation[],
  met: (e: Evaluation) => boolean,
  skip: ReadonlySet<Evaluation> = new Set(),
): Evaluation | null {
  let best: Evaluation | null = null;
  for (const e of all)
    if (!skip.has(e) && met(e) && (best === null || e.costPerWeek < best.costPerWeek)) best = e;
  return best;
}

/**
 * The searched pools (positions k) in the order to try removals: by the cost one step down
 * would save, largest first (the pool's cost per unit of headcount x the size of the step);
 * ties in pool order. `index[k]` is pool k's place in the staffing vector.
 */
export function removalOrder(
  searched: readonly PoolKey[],
  index: readonly number[],
  current: Evaluation,
): number[] {
  const saving = searched.map((pool, k) => {
    const n = current.staffing[index[k]];
    const down = stepDown(pool, n, 0);
    if (n === 0 || down === null) return 0;
    return (poolCostPerWeek(current.scenario, current.rows, pool) / n) * (n - down);
  });
  return searched.map((_, k) => k).sort((a, b) => saving[b] - saving[a] || a - b);
}
