import type { Scenario } from '../../sim/index.js';
import { checkScenario } from '../scenario-source.js';

/** The teaching scenarios bundled with the page (`scenarios/teach/*.json`), by lesson id (file name without `.json`). */
const modules = import.meta.glob('../../../scenarios/teach/*.json', {
  eager: true,
  import: 'default',
}) as Record<string, unknown>;

export const TEACH_SCENARIOS: ReadonlyMap<string, unknown> = new Map(
  Object.entries(modules).map(
    ([path, raw]) =>
      [
        path
          .split('/')
          .pop()!
          .replace(/\.json$/, ''),
        raw,
      ] as const,
  ),
);

/** The parsed teaching scenario of a lesson, run as one replication; throws with the scenario's problems if it is invalid. */
export function teachingScenario(id: string): Scenario {
  const raw = TEACH_SCENARIOS.get(id);
  if (raw === undefined) throw new Error(`scenarios/teach/${id}.json is not bundled with this page`);
  const checked = checkScenario(raw, `teach/${id}.json`);
  if (!checked.ok) throw new Error(checked.message);
  return { ...checked.scenario, replications: 1 };
}
