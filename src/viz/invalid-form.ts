import type { Scenario, ScenarioIssue } from '../sim/index.js';
import { fieldText, type FormField } from './form-field.js';
import { formFields } from './form-fields.js';
import { pathKeys, valueAt } from './json-path.js';
import { checkScenario, writtenScenario } from './scenario-source.js';

/** A field of the form with what its input shows. */
export type InvalidFormField = FormField & { readonly text: string };

/**
 * True when an issue at `issuePath` is about the field at `fieldPath`: the field itself, or an
 * object or list it belongs to (`arrivals.mix.severity: shares must sum to 1` is about each
 * share, `schedules.night.shifts` about `schedules.night.shifts[0].share`).
 */
export function issueIsAbout(issuePath: string, fieldPath: string): boolean {
  return (
    issuePath !== '' &&
    (fieldPath === issuePath ||
      fieldPath.startsWith(`${issuePath}.`) ||
      fieldPath.startsWith(`${issuePath}[`))
  );
}

/** The form of a valid scenario `scenario`, whose JSON is `raw` (the file `file`), each input showing its value. */
export function scenarioForm(scenario: Scenario, raw: unknown, file: string): InvalidFormField[] {
  return formFields(scenario, writtenScenario(raw, file)).map((f) => ({ ...f, text: fieldText(f) }));
}

/** Rounds of dropping the values validation names before giving up (a few cover nested causes). */
const REPAIR_ROUNDS = 4;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * Drops the value at `path` from `raw`; a path into a list drops the whole list (an item taken
 * out of the middle would move the others). False when there was no such value to drop.
 */
function drop(raw: Record<string, unknown>, path: string): boolean {
  const keys = pathKeys(path);
  let at: unknown = raw;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!isRecord(at) || typeof key !== 'string' || !Object.hasOwn(at, key)) return false;
    if (i === keys.length - 1 || Array.isArray(at[key])) {
      delete at[key];
      return true;
    }
    at = at[key];
  }
  return false;
}

/**
 * Drops the value at `path`, or when there is none (a distribution without its mean), the
 * object it would be in, unless that is the whole file.
 */
function dropOrParent(raw: Record<string, unknown>, path: string): boolean {
  if (drop(raw, path)) return true;
  const keys = pathKeys(path);
  const last = keys.length - 1;
  return last > 0 && typeof keys[last] === 'string' && drop(raw, path.slice(0, path.lastIndexOf('.')));
}

/**
 * An issue no dropped value can get round: in a file the scenario extends, about the whole file,
 * or about `extends` itself (without the scenario it extends, the form would show defaults).
 */
function unrepairable(issue: ScenarioIssue): boolean {
  return issue.file !== undefined || issue.path === '' || issue.path === 'extends';
}

/** How an input shows a raw JSON value: numbers and strings as they are, null as the field's no-value text, anything else as JSON. */
function inputText(value: unknown, field: FormField): string {
  if (value === null && field.none !== undefined) return field.none;
  return typeof value === 'string'
    ? value
    : typeof value === 'number'
      ? String(value)
      : JSON.stringify(value);
}

/**
 * The form of `raw` (the scenario file `file`), which failed validation with `issues`: without
 * the values the issues name (so that defaults and the scenario it `extends` fill them in) it
 * must validate, and gives the fields; each input then shows what `raw` has at its path (the
 * wrong value too), else the value filled in. Null when no such form exists: `raw` is not an
 * object, an issue is in a file it extends, about the whole file or about `extends`, or dropping
 * the named values does not make it valid (a missing name, say).
 */
export function invalidForm(
  raw: unknown,
  file: string,
  issues: readonly ScenarioIssue[],
): InvalidFormField[] | null {
  if (!isRecord(raw) || issues.some(unrepairable)) return null;
  const repaired = structuredClone(raw);
  let found = issues;
  for (let round = 0; round < REPAIR_ROUNDS; round++) {
    // Not `every`: two issues in one list drop it once.
    const dropped = found.map((issue) => dropOrParent(repaired, issue.path));
    if (!dropped.includes(true)) return null;
    const checked = checkScenario(repaired, file);
    if (checked.ok) {
      // Shaped as the file writes it (a distribution with its wrong mean), not as it was repaired.
      return formFields(checked.scenario, writtenScenario(raw, file)).map((f) => {
        const own = valueAt(raw, f.path);
        return { ...f, text: own === undefined || f.kind === 'fixed' ? fieldText(f) : inputText(own, f) };
      });
    }
    if (checked.issues.some(unrepairable)) return null;
    found = checked.issues;
  }
  return null;
}
