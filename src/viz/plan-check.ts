import type { Scenario } from '../sim/index.js';
import type { PlanLink } from './plan-link.js';
import { checkScenario } from './scenario-source.js';

/**
 * A link's plan checked as the scenario file it names (`scenarios/<scenarioName>`, so the files it
 * `extends` are found): the scenario to run, or why it cannot be (its first issue, and how many more).
 */
export function checkPlan(plan: PlanLink): { scenario: Scenario } | { problem: string } {
  const checked = checkScenario(plan.raw, `scenarios/${plan.scenarioName}`);
  if (checked.ok) return { scenario: checked.scenario };
  const [first, ...more] = checked.issues;
  const where = first.path === '' ? '' : `${first.path}: `;
  const others = more.length > 0 ? ` and ${more.length} more` : '';
  return { problem: `is not a valid scenario (${where}${first.message}${others})` };
}
