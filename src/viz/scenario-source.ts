import {
  parseScenario,
  ScenarioError,
  withValueAt,
  type Scenario,
  type ScenarioIssue,
} from '../sim/index.js';
import { bundledReader } from './bundled.js';
import { uploadedFiles } from './uploaded-files.js';

/** A scenario being edited: its raw JSON and, when valid, the parsed scenario; else its issues. */
export type Checked =
  { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[]; message: string };

/**
 * Validates raw scenario JSON as if it were the file `name` (`scenarios/x.json`; a name outside
 * `scenarios/` is taken to be in it). The scenario it `extends` and its CSV files are read from
 * the files loaded beside it (by name, see uploaded-files.ts), else the bundled files, relative
 * to it (see bundledReader).
 */
export function checkScenario(raw: unknown, name: string): Checked {
  const bundled = bundledReader(name);
  const readText = (path: string) => {
    const loaded = uploadedFiles.textOf(path);
    if (loaded !== undefined) return loaded;
    // A file named alone, beside a scenario loaded with its files, is one of them: a shipped file
    // of the same name (data/weekly-profile.csv) would stand in for it unnoticed.
    if (uploadedFiles.any && !path.includes('/'))
      throw Object.assign(new Error(`${path} was not loaded with the scenario`), { code: 'ENOENT' });
    return bundled(path);
  };
  try {
    return { ok: true, scenario: parseScenario(raw, { file: name, readText }) };
  } catch (error) {
    if (error instanceof ScenarioError) return { ok: false, issues: error.issues, message: error.message };
    throw error;
  }
}

/**
 * A deep copy of `raw` with `path` (dotted) set to `value`, creating objects on the way and
 * replacing a value in the way that is not one (the form's paths are known fields).
 */
export function withValue(raw: unknown, path: string, value: unknown): unknown {
  const base = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {};
  return withValueAt(base as Record<string, unknown>, path, value, { replace: true });
}
