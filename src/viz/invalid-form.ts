import type { ScenarioIssue } from '../sim/index.js';
import { formFields, type FormField } from './form-fields.js';
import { checkScenario } from './scenario-source.js';

/** A field of a scenario that does not validate, with what its input shows. */
export type InvalidFormField = FormField & { readonly text: string };

/**
 * True when an issue at `issuePath` is about the field at `fieldPath`: the field itself, or an
 * object it belongs to (`arrivals.mix.severity: shares must sum to 1` is about each share).
 */
export function issueIsAbout(issuePath: string, fieldPath: string): boolean {
  return issuePath !== '' && (fieldPath === issuePath || fieldPath.startsWith(`${issuePath}.`));
}

/** Rounds of dropping the values validation names before giving up (a few cover nested causes). */
const REPAIR_ROUNDS = 4;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The value at a dotted path of raw JSON, or undefined. */
export function valueAt(raw: unknown, path: string): unknown {
  let at: unknown = raw;
  for (const key of path.split('.')) {
    if (!isRecord(at) || !Object.hasOwn(at, key)) return undefined;
    at = at[key];
  }
  return at;
}

/**
 * Drops the value at `path` from `raw`; a path into a list drops the whole list (an item taken
 * out of the middle would move the others). False when there was no such value to drop.
 */
function drop(raw: Record<string, unknown>, path: string): boolean {
  const keys = path.split('.');
  const inList = keys.findIndex((k) => /^\d+$/.test(k));
  const upTo = inList > 0 ? keys.slice(0, inList) : keys;
  let at: unknown = raw;
  for (const key of upTo.slice(0, -1)) at = isRecord(at) ? at[key] : undefined;
  const last = upTo[upTo.length - 1];
  if (!isRecord(at) || !Object.hasOwn(at, last)) return false;
  delete at[last];
  return true;
}

/**
 * An issue no dropped value can get round: in a file the scenario extends, about the whole file,
 * or about `extends` itself (without the scenario it extends, the form would show defaults).
 */
function unrepairable(issue: ScenarioIssue): boolean {
  return issue.file !== undefined || issue.path === '' || issue.path === 'extends';
}

/** How an input shows a raw JSON value: numbers and strings as they are, anything else as JSON. */
function inputText(value: unknown): string {
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
    const dropped = found.map((issue) => drop(repaired, issue.path));
    if (!dropped.includes(true)) return null;
    const checked = checkScenario(repaired, file);
    if (checked.ok) {
      return formFields(checked.scenario).map((f) => {
        const own = valueAt(raw, f.path);
        return { ...f, text: own === undefined ? String(f.value) : inputText(own) };
      });
    }
    if (checked.issues.some(unrepairable)) return null;
    found = checked.issues;
  }
  return null;
}
