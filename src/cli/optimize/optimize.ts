import {
  compareReplications,
  kpiKey,
  type ComparisonRow,
  type Role,
  type RunSummary,
  type Scenario,
} from '../../sim/index.js';
import type { RunMany } from '../plan/run-many.js';
import { UserError } from '../user-error.js';
import { Acceptance } from './acceptance.js';
import { COST_KEY, Evaluator } from './evaluator.js';
import { checkReplicationsForRule, type GoalRule } from './goal-rule.js';
import { defaultGoals, goalKey, resolveGoals, type Goal, type GoalResult } from './goals.js';
import type { LimitViolation } from './limits.js';
import { poolCostPerWeek } from './pool-cost.js';
import {
  headcountOf,
  peoplePerUnit,
  resolvePools,
  roleOf,
  staffablePools,
  unitOf,
  type PoolKey,
} from './pools.js';
import { searchedPools } from './searched-pools.js';
import { StaffingSearch, type OptimizeOutcome } from './search.js';
import { countsIn, shiftPlans, type ShiftCount } from './shift-plan.js';
import { StaffingLayout } from './staffing-layout.js';

export type { OptimizeOutcome, ShiftCount };

/** Options of {@link optimizeStaffing}. */
export interface OptimizeOptions {
  /** The scenario's file name, for error messages. */
  readonly file: string;
  /** Parses a raw scenario (CSV paths relative to `file`); throws ScenarioError. */
  readonly parse: (raw: unknown) => Scenario;
  /** Runs replications (sequential or parallel: the result does not depend on which). */
  readonly runMany: RunMany;
  /**
   * Goals (from --goal); default: every severity and every severity x contract cell with cases
   * meets `sla.goal` (see defaultGoals).
   */
  readonly goals?: readonly Goal[];
  /**
   * When a goal is met (`--on`): at the 95% confidence bound (default `bound`; needs 2
   * replications or more, else a UserError) or at the mean (`mean`). See GoalRule.
   */
  readonly rule?: GoalRule;
  /**
   * Pools that may change, as given to --pools (`se` is every specialty, see resolvePools);
   * default: every pool that holds cases and had visits in the pilot run, the escalation
   * services guarded unless a goal names them (see searchedPools).
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
  /** People per unit: the members of one pod for `pods`, else 1. */
  readonly peoplePerUnit: number;
  readonly before: number;
  readonly after: number;
  /** Cost of the pool per week in the pilot run (SE specialties: SEs, TLs and team managers). */
  readonly costPerWeekBefore: number;
  /** Cost of the pool per week in the final run. */
  readonly costPerWeek: number;
  /**
   * People per shift before and after, in the schedule's order, for a pool counted in people
   * whose schedule has two shifts or more; left out otherwise.
   */
  readonly shifts?: readonly ShiftCount[];
  /** Kept at its headcount or above: an escalation service no goal names (see searchedPools). */
  readonly guarded: boolean;
}

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
  /** The rule the goals were judged by. */
  readonly rule: GoalRule;
  /** The pool limits the final staffing breaks (none when the outcome is `optimal`; see limits.ts). */
  readonly limits: LimitViolation[];
  /**
   * Every KPI of the final staffing against the scenario as given, paired by replication
   * (common random numbers): the input is the base, "<name> (optimised)" the other.
   */
  readonly comparison: ComparisonRow[];
  readonly outcome: OptimizeOutcome;
  /** Distinct staffings simulated (pilot included). */
  readonly evaluations: number;
  /** Replications simulated in all. */
  readonly replicationsRun: number;
  /** The input raw scenario with the final staffing written in. */
  readonly scenario: unknown;
}

const DEFAULT_MAX_EVALUATIONS = 300;

/** The name of the optimised scenario: `<input name> (optimised)`. */
export function optimisedName(name: string): string {
  return `${name} (optimised)`;
}

/**
 * Finds the lowest-cost headcount per pool that meets every goal and keeps every pool limit,
 * by simulation with common random numbers (every candidate runs the scenario's seed and
 * replications; see search.ts). A goal is met under `options.rule` (default: at the 95%
 * confidence bound); a staffing that leaves a pool holding cases above 95% utilisation is never
 * accepted (see limits.ts).
 * 1. a pilot run of the scenario as given measures each pool's offered load; each searched pool
 *    (guarded ones excepted, see searchedPools) is seeded with the exact Erlang C staffing for a
 *    target probability of waiting, divided by the servers available per person;
 * 2. while a limit is broken, the searched pools at fault get their next size up; while a goal
 *    is unmet, every searched pool's next size up is simulated and the one that reduces the
 *    worst-violated goal most per extra cost is taken;
 * 3. from the cheapest accepted staffing, people are removed one step at a time, most expensive
 *    pools first, while it stays accepted and the cost falls.
 * Steps 2 and 3 also move one person between two shifts of a pool whose schedule has several
 * (and is its own: see shift-plan.ts): in 2 when that helps most, in 3 when a removal fails and
 * the move costs less or lets the removal succeed.
 * Staffings are cached by headcount (and people per shift) vector. Deterministic: the same
 * scenario and options give the same result, however `runMany` runs. Throws ScenarioError (via
 * `parse`) or UserError (e.g. the bound rule with one replication).
 */
export async function optimizeStaffing(
  rawScenario: unknown,
  options: OptimizeOptions,
): Promise<OptimizeResult> {
  const { file } = options;
  const onStep = options.onStep ?? (() => {});
  const scenario = options.parse(rawScenario);
  if (typeof rawScenario !== 'object' || rawScenario === null || Array.isArray(rawScenario)) {
    throw new UserError(`${file}: expected a scenario object`);
  }
  const rule = options.rule ?? 'bound';
  checkReplicationsForRule(rule, scenario.replications, file);
  const chosen = options.pools === undefined ? null : resolvePools(options.pools, scenario, file);
  const all = staffablePools(scenario);
  const before = all.map((p) => headcountOf(scenario, p));
  const raw = rawScenario as Record<string, unknown>;
  const layout = new StaffingLayout(
    all,
    shiftPlans(raw, scenario, all).filter((plan) => plan.target !== null),
  );
  const evaluator = new Evaluator(raw, layout, before, options.parse, options.runMany);

  const [pilot] = await evaluator.evaluate([layout.vector(before)], true);
  const visited = (p: PoolKey): boolean => (pilot.rows.get(kpiKey('visits', `pool:${p}`))?.mean ?? 0) > 0;
  const goals = resolveGoals(options.goals ?? defaultGoals(scenario), pilot.summary!.kpis, file);
  const pools = searchedPools(all, chosen, goals, visited, (p) => headcountOf(scenario, p));
  const searched = pools.pools;
  if (searched.length === 0)
    throw new UserError(`${file}: no pool has visits in the pilot run: nothing to staff`);
  // The cost too: a move between shifts must save more than the noise (see costsLess).
  evaluator.track([...goals.map(goalKey), COST_KEY]);

  const acceptance = new Acceptance(goals, rule);
  const search = new StaffingSearch({
    evaluator,
    pilot,
    acceptance,
    searched: pools,
    budget: options.maxEvaluations ?? DEFAULT_MAX_EVALUATIONS,
    onStep,
  });
  onStep(`pilot: ${search.headcounts(pilot)}: ${search.describe(pilot)}`);
  await search.seed();
  await search.add();
  search.relax();
  await search.remove();
  await search.settle();

  const final = search.current;
  const plans = shiftPlans(raw, scenario, searched);
  const shiftsOf = (pool: PoolKey): ShiftCount[] | undefined => {
    const plan = plans.find((p) => p.pool === pool);
    if (plan === undefined) return undefined;
    // Read back from the scenarios run, so the counts are what a file of these shares gives.
    const [was, now] = [countsIn(pilot.scenario, plan), countsIn(final.scenario, plan)];
    return plan.schedule.shifts.map((s, i) => ({ shift: s.name, before: was[i], after: now[i] }));
  };
  onStep(
    `done: ${search.describe(final)}; ${evaluator.evaluations} staffings simulated, ${evaluator.replicationsRun} replications`,
  );
  return {
    staffing: searched.map((pool, k) => ({
      pool,
      role: roleOf(pool),
      unit: unitOf(pool),
      peoplePerUnit: peoplePerUnit(final.scenario, pool),
      before: search.headcount(pilot, k),
      after: search.headcount(final, k),
      costPerWeekBefore: poolCostPerWeek(pilot.scenario, pilot.rows, pool),
      costPerWeek: poolCostPerWeek(final.scenario, final.rows, pool),
      shifts: shiftsOf(pool),
      guarded: pools.guarded[k],
    })),
    costPerWeek: final.costPerWeek,
    costPerWeekHalfWidth: final.rows.get(kpiKey('cost.perWeek', 'all'))?.halfWidth ?? NaN,
    costPerWeekBefore: pilot.costPerWeek,
    summary: final.summary!,
    goals: search.results(final),
    rule,
    limits: acceptance.limits(final),
    comparison: compareReplications(
      [scenario.name, optimisedName(scenario.name)],
      [pilot.replications!, final.replications!],
    ),
    outcome: search.outcome,
    evaluations: evaluator.evaluations,
    replicationsRun: evaluator.replicationsRun,
    scenario: final.raw,
  };
}
