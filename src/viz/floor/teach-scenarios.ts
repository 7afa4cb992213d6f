import { mergeJson, type Scenario } from '../../sim/index.js';
import { BUNDLED_SCENARIOS } from '../bundled.js';
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
  return teachingVariant(id, {});
}

/**
 * A lesson's scenario with `patch` merged onto its file key by key (a what-if), run as one
 * replication: the same seed, so the same cases arrive. Throws with the problems if invalid.
 */
export function teachingVariant(id: string, patch: Readonly<Record<string, unknown>>): Scenario {
  const raw = TEACH_SCENARIOS.get(id);
  if (raw === undefined) throw new Error(`scenarios/teach/${id}.json is not bundled with this page`);
  return parsed(mergeJson(raw, patch, { nullRemoves: false }), `teach/${id}.json`);
}

/** Every bundled scenario a trace can be replayed with, by key: `baseline.json` (in `scenarios/`), then `teach/quiet-day.json`... */
export const SCENARIO_KEYS: readonly string[] = [
  ...BUNDLED_SCENARIOS.keys(),
  ...[...TEACH_SCENARIOS.keys()].map((id) => `teach/${id}.json`),
];

/** A bundled scenario by its key (see {@link SCENARIO_KEYS}); throws with its problems if it is invalid. */
export function bundledScenario(key: string): Scenario {
  const teach = /^teach\/(.+)\.json$/.exec(key);
  if (teach !== null) return teachingScenario(teach[1]);
  const raw = BUNDLED_SCENARIOS.get(key);
  if (raw === undefined) throw new Error(`${key} is not bundled with this page`);
  return parsed(raw, key);
}

/**
 * The first `days` of a scenario for the floor: from an empty floor on Monday 00:00 (no
 * warm-up), one replication, its own seed.
 */
export function firstDays(scenario: Scenario, days: number): Scenario {
  return { ...scenario, horizon: { ...scenario.horizon, days, warmupDays: 0 }, replications: 1 };
}

function parsed(raw: unknown, name: string): Scenario {
  const checked = checkScenario(raw, name);
  if (!checked.ok) throw new Error(checked.message);
  return { ...checked.scenario, replications: 1 };
}
