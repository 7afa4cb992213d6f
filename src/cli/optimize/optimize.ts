import type { Role, RunSummary, Scenario } from '../../sim/index.js';
import type { RunMany } from '../plan/run-many.js';
import { UserError } from '../user-error.js';
import { Evaluator, type Evaluation } from './evaluator.js';
import {
  checkGoal,
  defaultGoals,
  formatGoalValue,
  goalText,
  resolveGoals,
  violation,
  type Goal,
  type GoalResult,
} from './goals.js';
import { poolCostPerWeek } from './pool-cost.js';
import { headcountOf, resolvePools, roleOf, staffablePools, stepDown, stepUp, unitOf, type PoolKey } from './pools.js';
import { measureLoad, seedHeadcount, seedTargets } from './seed.js';

/** Options of {@link optimizeStaffing}. */
export interface OptimizeOptions {
  /** The scenario's file name, for error messages. */
  readonly file: string;
  /** Parses a raw scenario (CSV paths relative to `file`); throws ScenarioError. */
  readonly parse: (raw: unknown) => Scenario;
  /** Runs replications (sequential or parallel: the result does not depend on which). */
  readonly runMany: RunMany;
  /** Goals (from --goal); default: every severity with cases meets `sla.goal` (see defaultGoals). */
  readonly goals?: readonly Goal[];
  /**
   * Pools that may change, as given to --pools (`se` is every specialty, see resolvePools);
   * default: every staffable pool with visits in the pilot run.
   */
  readonly pools?: readonly string[];
  /** Progress, one line per decision. */
  readonly onStep?: (message: string) => void;
  /** Staffings simulated at most (pilot and seeds included) before the search stops (default 300). */
  readonly maxEvaluations?: number;
}

/** One searched pool: headcount before and after, and its cost per week in each run. */
export interface StaffingChange {
  readonly pool: PoolKey;
  readonly role: Role;
  /** What before/after count: people, or pods (of the scenario's members) for `pods`. */
  readonly unit: 'people' | 'pods';
  readonly before: number;
  readonly after: number;
  /** Cost of the pool per week in the pilot run (SE specialties: SEs, TLs and team managers). */
  readonly costPerWeekBefore: number;
  /** Cost of the pool per week in the final run. */
  readonly costPerWeek: number;
}

/**
 * Why the search stopped: `optimal`, every goal met and no single removal keeps them met at a
 * lower cost; `unreachable`, goals unmet and no single addition brings them closer;
 * `budget`, `maxEvaluations` reached.
 */
export type OptimizeOutcome = 'optimal' | 'unreachable' | 'budget';

/** What {@link optimizeStaffing} found. */
export interface OptimizeResult {
  readonly staffing: StaffingChange[];
  /** Mean `cost.perWeek|all` of the final staffing (loaded cost, overtime included). */
  readonly costPerWeek: number;
  readonly costPerWeekHalfWidth: number;
  /** Mean `cost.perWeek|all` of the scenario as given. */
  readonly costPerWeekBefore: number;
  /** The final staffing's run. */
  readonly summary: RunSummary;
  readonly goals: GoalResult[];
  readonly outcome: OptimizeOutcome;
  /** Distinct staffings simulated (pilot included). */
  readonly evaluations: number;
  /** Replications simulated in all. */
  readonly replicationsRun: number;
  /** The input raw scenario with the final staffing written in. */
  readonly scenario: unknown;
}

const DEFAULT_MAX_EVALUATIONS = 300;
/**
 * Smallest reduction of a goal's violation (see goals.ts: 0.01 share points) that counts as
 * help: below it an addition only moves the noise that common random numbers leave.
 */
const MIN_GAIN = 1e-4;
/** Seeding rounds at most: later rounds re-measure pools that were overloaded (see seed.ts). */
const MAX_SEED_ROUNDS = 4;

/**
 * Finds the lowest-cost headcount per pool that meets every goal, by simulation with common
 * random numbers (every candidate runs the scenario's seed and replications):
 * 1. a pilot run of the scenario as given measures each pool's offered load; each searched pool
 *    is seeded with the exact Erlang C staffing for a target probability of waiting, divided by
 *    the servers available per person (shifts, shrinkage); pools found overloaded are
 *    re-measured and re-seeded;
 * 2. while a goal is unmet, every searched pool's next size up is simulated and the one that
 *    reduces the worst-violated goal most per extra cost is taken;
 * 3. from the cheapest staffing that meets every goal, people are removed one step at a time,
 *    most expensive pools first, while every goal stays met and the cost falls; the search
 *    stops when no single removal helps (and restarts from any cheaper feasible staffing seen).
 * Deterministic: the same scenario and options give the same result, however `runMany` runs.
 */
export async function optimizeStaffing(rawScenario: unknown, options: OptimizeOptions): Promise<OptimizeResult> {
  const { file } = options;
  const step = options.onStep ?? (() => {});
  const scenario = options.parse(rawScenario);
  if (typeof rawScenario !== 'object' || rawScenario === null || Array.isArray(rawScenario)) {
    throw new UserError(`${file}: expected a scenario object`);
  }
  const all = staffablePools(scenario);
  const before = all.map((p) => headcountOf(scenario, p));
  const evaluator = new Evaluator(rawScenario as Record<string, unknown>, all, before, options.parse, options.runMany);
  const budget = options.maxEvaluations ?? DEFAULT_MAX_EVALUATIONS;

  const [pilot] = await evaluator.evaluate([before], true);
  const visited = (p: PoolKey): boolean => (pilot.rows.get(`visits|pool:${p}`)?.mean ?? 0) > 0;
  const searched = options.pools === undefined ? all.filter(visited) : resolvePools(options.pools, scenario, file);
  if (searched.length === 0) throw new UserError(`${file}: no pool has visits in the pilot run: nothing to staff`);
  const goals = resolveGoals(options.goals ?? defaultGoals(scenario), pilot.summary!.kpis, file);
  const index = searched.map((p) => all.indexOf(p));
  // A pool that has visits keeps someone: at 0 its cases would wait for ever.
  const minimum = searched.map((p) => (visited(p) ? 1 : 0));

  const results = (e: Evaluation): GoalResult[] => goals.map((g) => checkGoal(g, e.rows));
  const violations = (e: Evaluation): number[] => results(e).map(violation);
  const met = (e: Evaluation): boolean => results(e).every((r) => r.met);
  const describe = (e: Evaluation): string => {
    const v = violations(e);
    const unmet = v.filter((x) => x > 0).length;
    if (unmet === 0) return `every goal met, cost ${money(e.costPerWeek)}/week`;
    const w = v.indexOf(Math.max(...v));
    const r = results(e)[w];
    return `${goals.length - unmet} of ${goals.length} goals met, worst ${goalText(r.goal)} at ${formatGoalValue(r.goal, r.value)}, cost ${money(e.costPerWeek)}/week`;
  };
  const headcounts = (e: Evaluation): string => searched.map((p, k) => `${p} ${e.staffing[index[k]]}`).join(', ');
  const change = (from: Evaluation, k: number, to: number): number[] => from.staffing.map((n, i) => (i === index[k] ? to : n));
  const outOfBudget = (): boolean => evaluator.evaluations >= budget;
  step(`pilot (${headcounts(pilot)}): ${describe(pilot)}`);

  // 1. Seed from the measured load; re-seed pools whose load was understated by overload.
  const targets = seedTargets(goals, searched);
  let current = pilot;
  let remeasure = new Set(searched);
  for (let round = 0; round < MAX_SEED_ROUNDS && remeasure.size > 0 && !outOfBudget(); round++) {
    const overloaded = new Set<PoolKey>();
    const proposal = [...current.staffing];
    searched.forEach((pool, k) => {
      if (!remeasure.has(pool)) return;
      const n = current.staffing[index[k]];
      const load = measureLoad(current, pool);
      if (load === null) {
        // Nobody on duty to measure: give the pool someone, and measure it next round.
        if (visited(pool) && n === 0) {
          proposal[index[k]] = Math.max(minimum[k], stepUp(pool, 0));
          overloaded.add(pool);
        }
        return;
      }
      const seed = seedHeadcount(current, pool, load, targets.get(pool)!, minimum[k]);
      // An overloaded pool's load is a lower bound: never seed it below what it has.
      proposal[index[k]] = load.saturated ? Math.max(seed, n) : seed;
      if (load.saturated && seed > n) overloaded.add(pool);
    });
    if (proposal.every((n, i) => n === current.staffing[i])) break;
    [current] = await evaluator.evaluate([proposal], true);
    step(`seed ${round + 1} (Erlang C: ${headcounts(current)}): ${describe(current)}`);
    evaluator.keepSummaries([pilot, current]);
    remeasure = overloaded;
  }

  // 2. Add: while a goal is unmet, take the step up that helps the worst goal most per cost.
  let outcome: OptimizeOutcome = 'optimal';
  while (!met(current)) {
    if (outOfBudget()) {
      outcome = 'budget';
      break;
    }
    const candidates = searched.map((pool, k) => change(current, k, stepUp(pool, current.staffing[index[k]])));
    const evaluated = await evaluator.evaluate(candidates);
    const next = bestAddition(current, evaluated, violations);
    if (next === null) {
      outcome = 'unreachable';
      step(`no single addition brings the goals closer: ${describe(current)}`);
      break;
    }
    step(`add ${moveText(searched, index, current, evaluated[next])}: ${describe(evaluated[next])}`);
    [current] = await evaluator.evaluate([evaluated[next].staffing], true);
    evaluator.keepSummaries([pilot, current]);
  }

  // 3. Remove: from the cheapest staffing that meets every goal, while goals stay met.
  const tried = new Set<Evaluation>();
  let start = cheapestFeasible(evaluator.all(), met, tried);
  while (start !== null && outcome !== 'budget') {
    tried.add(start);
    [current] = await evaluator.evaluate([start.staffing], true);
    step(`remove people from (${headcounts(current)}): ${describe(current)}`);
    for (let changed = true; changed && outcome !== 'budget'; ) {
      changed = false;
      for (const k of byCostPerStep(searched, index, current)) {
        for (;;) {
          const down = stepDown(searched[k], current.staffing[index[k]], minimum[k]);
          if (down === null) break;
          if (outOfBudget()) {
            outcome = 'budget';
            break;
          }
          const [candidate] = await evaluator.evaluate([change(current, k, down)]);
          const better = met(candidate) && candidate.costPerWeek < current.costPerWeek;
          step(`${better ? 'remove' : 'keep'} ${moveText(searched, index, current, candidate)}: ${describe(candidate)}`);
          if (!better) break;
          [current] = await evaluator.evaluate([candidate.staffing], true);
          evaluator.keepSummaries([pilot, current]);
          changed = true;
        }
        if (outcome === 'budget') break;
      }
    }
    tried.add(current);
    const cheaper = cheapestFeasible(evaluator.all(), met, tried);
    start = cheaper !== null && cheaper.costPerWeek < current.costPerWeek ? cheaper : null;
  }
  if (met(current) && outcome === 'unreachable') outcome = 'optimal';

  const [final] = await evaluator.evaluate([current.staffing], true);
  const summary = final.summary!;
  const cost = final.rows.get('cost.perWeek|all');
  step(`done: ${describe(final)}; ${evaluator.evaluations} staffings simulated, ${evaluator.replicationsRun} replications`);
  return {
    staffing: searched.map((pool, k) => ({
      pool,
      role: roleOf(pool),
      unit: unitOf(pool),
      before: pilot.staffing[index[k]],
      after: final.staffing[index[k]],
      costPerWeekBefore: poolCostPerWeek(pilot.scenario, pilot.rows, pool),
      costPerWeek: poolCostPerWeek(final.scenario, final.rows, pool),
    })),
    costPerWeek: final.costPerWeek,
    costPerWeekHalfWidth: cost?.halfWidth ?? NaN,
    costPerWeekBefore: pilot.costPerWeek,
    summary,
    goals: results(final),
    outcome,
    evaluations: evaluator.evaluations,
    replicationsRun: evaluator.replicationsRun,
    scenario: final.raw,
  };
}

/**
 * The candidate (index) that reduces the current worst-violated goal most per extra cost per
 * week; if none does, the one that reduces the summed violation most per cost; null if none
 * helps at all. An improvement at no extra cost beats any other; ties go to the larger
 * improvement, then to the earlier pool.
 */
function bestAddition(current: Evaluation, candidates: readonly Evaluation[], violations: (e: Evaluation) => number[]): number | null {
  const now = violations(current);
  const worst = now.indexOf(Math.max(...now));
  const sum = (v: readonly number[]): number => v.reduce((a, b) => a + b, 0);
  const pick = (gain: (v: readonly number[]) => number): number | null => {
    let best: number | null = null;
    let bestScore = 0;
    let bestGain = 0;
    for (let i = 0; i < candidates.length; i++) {
      const g = gain(violations(candidates[i]));
      if (!(g > MIN_GAIN)) continue;
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
  return pick((v) => now[worst] - v[worst]) ?? pick((v) => sum(now) - sum(v));
}

/** The cheapest evaluation meeting every goal that has not been a starting point yet. */
function cheapestFeasible(all: readonly Evaluation[], met: (e: Evaluation) => boolean, tried: ReadonlySet<Evaluation>): Evaluation | null {
  let best: Evaluation | null = null;
  for (const e of all) if (!tried.has(e) && met(e) && (best === null || e.costPerWeek < best.costPerWeek)) best = e;
  return best;
}

/**
 * Searched pools (indices) ordered by the cost one step down would save, largest first:
 * the pool's cost per unit of headcount in the current run x the size of the step.
 */
function byCostPerStep(searched: readonly PoolKey[], index: readonly number[], current: Evaluation): number[] {
  const saving = searched.map((pool, k) => {
    const n = current.staffing[index[k]];
    const down = stepDown(pool, n, 0);
    if (n === 0 || down === null) return 0;
    return (poolCostPerWeek(current.scenario, current.rows, pool) / n) * (n - down);
  });
  return searched.map((_, k) => k).sort((a, b) => saving[b] - saving[a] || a - b);
}

/** `se/XADM 42 -> 44` for the pools that differ between two evaluations. */
function moveText(searched: readonly PoolKey[], index: readonly number[], from: Evaluation, to: Evaluation): string {
  return searched
    .map((pool, k) => [pool, from.staffing[index[k]], to.staffing[index[k]]] as const)
    .filter(([, a, b]) => a !== b)
    .map(([pool, a, b]) => `${pool} ${a} -> ${b}`)
    .join(', ');
}

function money(x: number): string {
  return Number.isFinite(x) ? Math.round(x).toString() : 'n/a';
}
