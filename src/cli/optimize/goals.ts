import { KPI_UNITS, kpiKey, kpiUnit, SEVERITIES, type KpiRow, type Scenario } from '../../sim/index.js';
import { UserError } from '../user-error.js';
import { judgedValue, type GoalRule } from './goal-rule.js';

/**
 * A service goal on one KPI of a run: `kpi[@scope](>=|<=)target`, met when the value a
 * {@link GoalRule} judges (the 95% bound by default, or the mean) meets it.
 */
export interface Goal {
  /** KPI name as in `kpis.csv`, e.g. `sla.attainment`. */
  readonly kpi: string;
  /** KPI scope, e.g. `severity:B`, `pool:se/XADM`; null: not given (see {@link resolveGoals}). */
  readonly scope: string | null;
  readonly op: '>=' | '<=';
  /** In the KPI's unit (shares in [0, 1]; `90%` is read as 0.9). */
  readonly target: number;
}

/** How a goal fared in one run: the mean over replications, its 95% half-width, and the verdict. */
export interface GoalResult {
  readonly goal: Goal;
  /** Mean over replications, in the KPI's unit. */
  readonly value: number;
  /** NaN with fewer than two replications. */
  readonly halfWidth: number;
  /** The rule that judged it. */
  readonly rule: GoalRule;
  /** The value the rule judged against the target (see judgedValue): NaN when there is none. */
  readonly judged: number;
  readonly met: boolean;
}

const GOAL = /^([A-Za-z][\w.]*)(?:@([^<>=\s]+))?\s*(>=|<=)\s*([^\s]+)$/;
const SCOPE = /^(all|[a-z]+:[^\s]+)$/;
/** A goal's value in decimal notation (`0.9`, `-5`, `1e3`; not `0x10` nor `Infinity`). */
const DECIMAL = /^[-+]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?$/;
const EXAMPLE = 'e.g. sla.attainment@severity:B>=0.9 or utilisation@pool:se/XADM<=0.85';

/** A goal as written: `sla.attainment@severity:C>=0.9`. */
export function goalText(goal: Goal): string {
  return `${goal.kpi}${goal.scope === null ? '' : `@${goal.scope}`}${goal.op}${goal.target}`;
}

/** The KPI key (`kpi|scope`) a resolved goal reads. */
export function goalKey(goal: Goal): string {
  return kpiKey(goal.kpi, goal.scope ?? 'all');
}

/**
 * Parses one `--goal`: `kpi[@scope](>=|<=)value`, the value a number or a percentage.
 * Throws a one-line UserError naming the goal and what is wrong with it.
 */
export function parseGoal(text: string): Goal {
  const trimmed = text.trim();
  const bad = (why: string): UserError => new UserError(`--goal "${trimmed}": ${why}`);
  const match = GOAL.exec(trimmed);
  if (match === null) throw bad(`expected kpi[@scope]>=value or kpi[@scope]<=value, ${EXAMPLE}`);
  const [, kpi, scope, op, value] = match;
  if (!(kpi in KPI_UNITS)) throw bad(`unknown KPI "${kpi}" (known: ${Object.keys(KPI_UNITS).join(', ')})`);
  if (scope !== undefined && !SCOPE.test(scope))
    throw bad(`expected a scope such as severity:B or pool:router after "@", got "${scope}"`);
  const percent = value.endsWith('%');
  const digits = percent ? value.slice(0, -1) : value;
  const number = Number(digits);
  if (!DECIMAL.test(digits) || !Number.isFinite(number))
    throw bad(`expected a number after "${op}", got "${value}"`);
  return { kpi, scope: scope ?? null, op: op as Goal['op'], target: percent ? number / 100 : number };
}

/** Parses `--goal` values; each may hold several goals separated by commas. */
export function parseGoals(texts: readonly string[]): Goal[] {
  return texts
    .flatMap((t) => t.split(','))
    .filter((t) => t.trim() !== '')
    .map(parseGoal);
}

/**
 * The goals when none are given: every first-response attainment >= the scenario's `sla.goal`,
 * each severity's and each severity x contract cell's (see {@link resolveGoals}).
 */
export function defaultGoals(scenario: Scenario): Goal[] {
  return [{ kpi: 'sla.attainment', scope: null, op: '>=', target: scenario.sla.goal }];
}

/** A severity x contract cell, e.g. `severity:A/contract:tier3` (the run reports all nine). */
const CONTRACT_CELL = /^severity:\w+\/contract:\w+$/;

/**
 * Goals made concrete against a pilot run's KPI rows: `sla.attainment` without a scope becomes
 * one goal per severity that has cases, and one per severity x contract cell that has cases
 * (each held to its contract's target, or its severity's); any other KPI without a scope reads
 * scope `all`.
 * A goal on a KPI or scope the run does not report is a UserError (`file: --goal "...": ...`).
 */
export function resolveGoals(goals: readonly Goal[], pilot: readonly KpiRow[], file: string): Goal[] {
  const rows = new Map(pilot.map((row) => [kpiKey(row.kpi, row.scope), row]));
  const scopeHasCases = (scope: string): boolean => (rows.get(kpiKey('arrivals', scope))?.mean ?? 0) > 0;
  const hasCases = (severity: string): boolean => scopeHasCases(`severity:${severity}`);
  const resolved: Goal[] = [];
  for (const goal of goals) {
    const bad = (why: string): UserError => new UserError(`${file}: --goal "${goalText(goal)}": ${why}`);
    if (goal.scope === null && goal.kpi === 'sla.attainment') {
      for (const severity of SEVERITIES)
        if (hasCases(severity)) resolved.push({ ...goal, scope: `severity:${severity}` });
      for (const row of pilot) {
        if (row.kpi === goal.kpi && CONTRACT_CELL.test(row.scope) && scopeHasCases(row.scope))
          resolved.push({ ...goal, scope: row.scope });
      }
      continue;
    }
    const concrete = { ...goal, scope: goal.scope ?? 'all' };
    if (!rows.has(goalKey(concrete))) {
      const scopes = pilot.filter((row) => row.kpi === goal.kpi).map((row) => row.scope);
      throw bad(`the run reports no such KPI (scopes of ${goal.kpi}: ${scopes.join(', ') || 'none'})`);
    }
    const severity = /^severity:(\w+)$/.exec(concrete.scope)?.[1];
    if (severity !== undefined && !hasCases(severity))
      throw bad(`no cases of severity ${severity} arrive in this scenario`);
    resolved.push(concrete);
  }
  // Duplicates (an explicit goal that the default expansion also produced) are checked once.
  return resolved.filter((g, i) => resolved.findIndex((h) => goalText(h) === goalText(g)) === i);
}

/**
 * A goal's mean and half-width in a run's KPI rows (by `kpi|scope` key), judged by `rule`: a
 * goal without a judged value (not measured, or no bound) is not met.
 */
export function checkGoal(goal: Goal, rows: ReadonlyMap<string, KpiRow>, rule: GoalRule): GoalResult {
  const row = rows.get(goalKey(goal));
  const value = row?.mean ?? NaN;
  const halfWidth = row?.halfWidth ?? NaN;
  const judged = judgedValue(goal.op, value, halfWidth, rule);
  const met = goal.op === '>=' ? judged >= goal.target : judged <= goal.target;
  return { goal, value, halfWidth, rule, judged, met };
}

/** Violation given to a goal with no judged value (no visit was served, or no bound: fewer than two replications had a value). */
const UNMEASURED = 1e6;

/**
 * How far a run misses a goal, 0 when met: the judged value's shortfall (at the bound or the
 * mean, see GoalRule) in share points for shares (so that 88% against 90% and 7% against 5%
 * weigh alike), else relative to the target (absolute for a target of 0). Comparable across
 * goals of different units, for picking the worst one.
 */
export function violation(result: GoalResult): number {
  const { goal, judged } = result;
  if (Number.isNaN(judged)) return UNMEASURED;
  const shortfall = goal.op === '>=' ? goal.target - judged : judged - goal.target;
  if (shortfall <= 0) return 0;
  const scale = kpiUnit(goal.kpi) === 'share' || goal.target === 0 ? 1 : Math.abs(goal.target);
  return shortfall / scale;
}

/** A goal's value for people: shares as percentages (`88.2%`), other units to four significant digits. */
export function formatGoalValue(goal: Goal, value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  return kpiUnit(goal.kpi) === 'share'
    ? `${(value * 100).toFixed(1)}%`
    : String(Number(value.toPrecision(4)));
}
