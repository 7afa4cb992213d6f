import { UserError } from '../user-error.js';

/**
 * When a goal counts as met (`--on`): `bound` (the default), when the 95% confidence bound on
 * the goal's side meets the target (mean − half-width >= target for `>=`, mean + half-width <=
 * target for `<=`), so that a staffing is kept only when the replications show it meets the
 * goal; `mean`, when the mean over replications meets it (a staffing that just meets a goal
 * at the mean may as well miss it in a longer run).
 */
export type GoalRule = 'bound' | 'mean';

/** The rules, in the order `--on` lists them (the default first). */
export const GOAL_RULES: readonly GoalRule[] = ['bound', 'mean'];

/** Replications the bound rule needs at least: with fewer, the half-width is NaN. */
export const MIN_BOUND_REPLICATIONS = 2;

/**
 * The value a rule judges against a goal's target, in the KPI's unit: the mean under `mean`;
 * under `bound`, the end of the 95% interval on the goal's side (mean − half-width for `>=`,
 * mean + half-width for `<=`), NaN when the half-width is NaN (fewer than two replications had
 * a value: no bound, so the goal is not met).
 */
export function judgedValue(op: '>=' | '<=', mean: number, halfWidth: number, rule: GoalRule): number {
  if (rule === 'mean') return mean;
  return op === '>=' ? mean - halfWidth : mean + halfWidth;
}

/** The line of the report that says which rule decided: `Goals held at the 95% confidence bound ...`. */
export function ruleText(rule: GoalRule): string {
  return rule === 'bound'
    ? 'Goals held at the 95% confidence bound (mean − half-width >= target; --on mean: at the mean)'
    : 'Goals held at the mean of the replications (--on mean; by default at the 95% confidence bound)';
}

/**
 * Refuses the bound rule with fewer than {@link MIN_BOUND_REPLICATIONS} replications (a one-line
 * UserError saying what to give instead): one replication has no confidence interval.
 */
export function checkReplicationsForRule(rule: GoalRule, replications: number, file: string): void {
  if (rule === 'bound' && replications < MIN_BOUND_REPLICATIONS) {
    throw new UserError(
      `${file}: optimize holds goals at the 95% confidence bound, which needs at least ${MIN_BOUND_REPLICATIONS} replications (the scenario has ${replications}): give --reps ${MIN_BOUND_REPLICATIONS} or more, or --on mean`,
    );
  }
}
