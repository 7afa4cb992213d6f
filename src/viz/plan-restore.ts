import type { PinnedPlan } from './pinned-plans.js';
import type { PlanLink, PlansInLink } from './plan-link.js';
import { Cancelled } from './worker-bridge.js';

/** How the page checks and runs a plan's scenario: `S` a checked scenario, `T` a finished run. */
export interface PlanRunner<S, T> {
  /** The plan's scenario, checked; or why it cannot be run (`it is not valid: pools.se: …`). */
  prepare(plan: PlanLink): { readonly scenario: S } | { readonly problem: string };
  /** Runs it; `index` of `count` plans to run, to say which one is running. Throws Cancelled. */
  run(plan: PlanLink, scenario: S, index: number, count: number): Promise<T>;
}

/** The plans run again from a link, the one to compare with, and what went wrong with the others. */
export interface RestoredPlans<T> {
  /** In the link's order, those left out skipped. */
  readonly plans: PinnedPlan<T>[];
  /** Index in `plans` of the plan to compare with; null when none was named or it was left out. */
  readonly selected: number | null;
  /** The link's problems, then one per plan left out, each saying which and why. */
  readonly problems: string[];
  /** True when a run was cancelled: the plans not run yet were left out (and said so). */
  readonly cancelled: boolean;
}

/**
 * Runs again, one after another, the plans a link holds, so that they can be pinned again under
 * their names: runs are deterministic, so each gives the very figures it gave when it was pinned.
 * A plan whose scenario does not validate, or whose run fails, is left out and named in
 * `problems`; a cancelled run stops the rest, which are named too. Nothing is left out silently.
 */
export async function restorePlans<S, T>(
  link: PlansInLink,
  runner: PlanRunner<S, T>,
): Promise<RestoredPlans<T>> {
  const which = (plan: PlanLink) => `the plan “${plan.name}” (${plan.scenarioName})`;
  const prepared = link.plans.map((plan, i) => ({ plan, i, checked: runner.prepare(plan) }));
  // Every plan that cannot run is named before any runs, so that a cancelled run leaves none out unsaid.
  const problems = [
    ...link.problems,
    ...prepared.flatMap(({ plan, checked }) =>
      'problem' in checked ? [`${which(plan)} ${checked.problem}`] : [],
    ),
  ];
  const runnable = prepared.flatMap(({ plan, i, checked }) =>
    'scenario' in checked ? [{ plan, i, scenario: checked.scenario }] : [],
  );
  const plans: PinnedPlan<T>[] = [];
  let selected: number | null = null;
  for (const [k, { plan, i, scenario }] of runnable.entries()) {
    try {
      const run = await runner.run(plan, scenario, k, runnable.length);
      if (i === link.selected) selected = plans.length;
      plans.push({ name: plan.name, run });
    } catch (error) {
      if (!(error instanceof Cancelled)) {
        problems.push(`${which(plan)} failed to run: ${(error as Error).message}`);
        continue;
      }
      const left = runnable.slice(k).map((p) => `“${p.plan.name}”`);
      problems.push(`${left.join(', ')} not run again (cancelled)`);
      return { plans, selected, problems, cancelled: true };
    }
  }
  return { plans, selected, problems, cancelled: false };
}
