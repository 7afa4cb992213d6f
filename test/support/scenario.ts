import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseScenario, resolveOverlays, type Scenario } from '../../src/sim/index.js';

/** Parses an in-memory scenario object as if it were a file in `scenarios/`. */
export function scenarioFrom(raw: Record<string, unknown>, file = 'scenarios/test.json'): Scenario {
  const base = dirname(resolve(file));
  return parseScenario(raw, { file, readText: (p) => readFileSync(resolve(base, p), 'utf8') });
}

/** Loads a scenario file of the repository. */
export function scenarioFile(file: string): Scenario {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  return scenarioFrom(raw, file);
}

/**
 * A scenario file of the repository as JSON with the files it `extends` merged in (CSV paths
 * relative to `file`): the raw JSON to vary in a test.
 */
export function mergedScenarioJson(file: string): Record<string, unknown> {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const base = dirname(resolve(file));
  return resolveOverlays(raw, { file, readText: (p) => readFileSync(resolve(base, p), 'utf8') })
    .raw as Record<string, unknown>;
}
