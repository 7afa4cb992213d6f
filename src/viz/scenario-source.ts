import {
  parseScenario,
  resolveOverlays,
  ScenarioError,
  withValueAt,
  type ReadText,
  type Scenario,
  type ScenarioIssue,
} from '../sim/index.js';
import { bundledReader } from './bundled.js';
import type { WrittenScenario } from './form-field.js';
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
  try {
    return { ok: true, scenario: parseScenario(raw, { file: name, readText: readerFor(name) }) };
  } catch (error) {
    if (error instanceof ScenarioError) return { ok: false, issues: error.issues, message: error.message };
    throw error;
  }
}

/**
 * How a scenario named `name` reads the files it names: those loaded beside it (by name, see
 * uploaded-files.ts), else the bundled files, relative to it (see bundledReader).
 */
function readerFor(name: string): ReadText {
  const bundled = bundledReader(name);
  return (path: string) => {
    const loaded = uploadedFiles.textOf(path);
    if (loaded !== undefined) return loaded;
    // A file named alone, beside a scenario loaded with its files, is one of them: a shipped file
    // of the same name (data/weekly-profile.csv) would stand in for it unnoticed.
    if (uploadedFiles.any && !path.includes('/'))
      throw Object.assign(new Error(`${path} was not loaded with the scenario`), { code: 'ENOENT' });
    return bundled(path);
  };
}

/**
 * The JSON of the scenario file `name` as written: its own, and with the chain of files it
 * `extends` merged in (its own alone when that chain cannot be read).
 */
export function writtenScenario(raw: unknown, name: string): WrittenScenario {
  try {
    return { own: raw, merged: resolveOverlays(raw, { file: name, readText: readerFor(name) }).raw };
  } catch {
    // The chain's problem is the scenario's issue to report; the form goes by the file alone.
    return { own: raw, merged: raw };
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
