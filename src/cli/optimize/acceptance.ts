import type { Evaluation } from './evaluator.js';
import type { GoalRule } from './goal-rule.js';
import { checkGoal, formatGoalValue, goalText, violation, type Goal, type GoalResult } from './goals.js';
import { poolLimitViolations, type LimitViolation } from './limits.js';

/**
 * When the staffing search accepts a staffing: every goal met under the rule (`--on`), and no
 * pool limit broken (see limits.ts). Verdicts are cached per evaluation.
 */
export class Acceptance {
  private readonly goalCache = new WeakMap<Evaluation, GoalResult[]>();
  private readonly limitCache = new WeakMap<Evaluation, LimitViolation[]>();

  constructor(
    readonly goals: readonly Goal[],
    readonly rule: GoalRule,
  ) {}

  /** Every goal's result in a run, in the order of `goals`. */
  results(e: Evaluation): GoalResult[] {
    let results = this.goalCache.get(e);
    if (results === undefined) {
      results = this.goals.map((g) => checkGoal(g, e.rows, this.rule));
      this.goalCache.set(e, results);
    }
    return results;
  }

  /** The pool limits a run breaks. */
  limits(e: Evaluation): LimitViolation[] {
    let broken = this.limitCache.get(e);
    if (broken === undefined) {
      broken = poolLimitViolations([...e.rows.values()], e.unstable);
      this.limitCache.set(e, broken);
    }
    return broken;
  }

  /**
   * The acceptance of a search whose goals are out of reach at `e`: every goal `e` meets, as
   * it is; every goal it misses, at the value `e` reached under the rule (a goal without one,
   * as it is); the same limits. So the cheapest staffing it accepts meets what `e` meets and
   * is no worse on the rest.
   */
  noWorseThan(e: Evaluation): Acceptance {
    const goals = this.results(e).map((r) =>
      r.met || Number.isNaN(r.judged) ? r.goal : { ...r.goal, target: r.judged },
    );
    return new Acceptance(goals, this.rule);
  }

  /** How far a run misses each goal (0 when met; see violation), in the order of `goals`. */
  violations(e: Evaluation): number[] {
    return this.results(e).map(violation);
  }

  /** Every goal met and no limit broken. */
  met(e: Evaluation): boolean {
    return this.limits(e).length === 0 && this.results(e).every((r) => r.met);
  }

  /**
   * The evaluation closest to being accepted: fewest broken limits, then least summed goal
   * violation, then the cheapest; the first of equals. `all` is not empty.
   */
  closest(all: readonly Evaluation[]): Evaluation {
    const sum = (e: Evaluation): number => this.violations(e).reduce((a, b) => a + b, 0);
    const key = (e: Evaluation): number[] => [this.limits(e).length, sum(e), e.costPerWeek];
    return all.reduce((best, e) => {
      const [a, b] = [key(e), key(best)];
      const i = a.findIndex((x, j) => x !== b[j]);
      return i >= 0 && a[i] < b[i] ? e : best;
    });
  }

  /**
   * `every goal met, cost 503243/week`, or `2 of 3 goals met, worst
   * sla.attainment@severity:C>=0.9 at 88.2% (bound), cost 614617/week`, with any broken limit.
   */
  describe(e: Evaluation): string {
    const results = this.results(e);
    const v = results.map(violation);
    const unmet = v.filter((x) => x > 0).length;
    const cost = `cost ${Math.round(e.costPerWeek)}/week`;
    const limits = this.limits(e)
      .map((l) => `, ${l.text}`)
      .join('');
    if (unmet === 0) return `every goal met${limits}, ${cost}`;
    const r = results[v.indexOf(Math.max(...v))];
    const at = `${formatGoalValue(r.goal, r.judged)}${this.rule === 'bound' ? ' (bound)' : ''}`;
    return `${results.length - unmet} of ${results.length} goals met, worst ${goalText(r.goal)} at ${at}${limits}, ${cost}`;
  }
}
