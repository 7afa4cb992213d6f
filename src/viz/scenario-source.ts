import { parseScenario, ScenarioError, type Scenario, type ScenarioIssue } from '../sim/index.js';
import { bundledData } from './bundled.js';

/** A scenario being edited: its raw JSON and, when valid, the parsed scenario; else its issues. */
export type Checked =
  { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[]; message: string };

/** Validates raw scenario JSON as if it were `scenarios/<name>` (CSV paths resolve to the bundled data). */
export function checkScenario(raw: unknown, name: string): Checked {
  try {
    return { ok: true, scenario: parseScenario(raw, { file: name, readText: bundledData }) };
  } catch (error) {
    if (error instanceof ScenarioError) return { ok: false, issues: error.issues, message: error.message };
    throw error;
  }
}

/** A deep copy of `raw` with `path` (dotted) set to `value`, creating objects on the way. */
export function withValue(raw: unknown, path: string, value: unknown): unknown {
  const copy = structuredClone(raw) as Record<string, unknown>;
  const keys = path.split('.');
  let node: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]] = value;
  return copy;
}
