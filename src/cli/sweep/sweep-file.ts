import { dirname, isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { LIMITS } from '../../sim/index.js';
import { readJsonFile } from '../load-scenario.js';
import { UserError } from '../user-error.js';
import { checkValueList, parseValues, pathProblem, type SetSpec } from './set-spec.js';

/**
 * A sweep file: a scenario and the fields to sweep over it, e.g.
 * `{ "name": "XADM teams by volume", "scenario": "../baseline.json",
 *    "set": { "pools.se.specialties.XADM.teams": "2..4", "arrivals.casesPerHour": [7.5, 8.5] },
 *    "replications": 5 }`.
 */
export interface SweepFile {
  readonly name: string;
  /** Default ''. */
  readonly description: string;
  /**
   * The scenario file, relative to the sweep file as written there and joined to the sweep file's
   * folder: `scenarios/sweeps/x.json` naming `../baseline.json` gives `scenarios/baseline.json`.
   */
  readonly scenarioFile: string;
  /** One spec per entry of `set`, in the file's order (the first varies slowest in the grid). */
  readonly specs: SetSpec[];
  /** Replications per variant, when the file says (a whole number >= 1); else the scenario's. */
  readonly replications?: number;
}

/** True when `raw` (parsed JSON) looks like a sweep file rather than a scenario: a `set` object and a `scenario` string. */
export function isSweepFile(raw: unknown): boolean {
  return isPlainObject(raw) && isPlainObject(raw.set) && typeof raw.scenario === 'string';
}

/**
 * Reads and checks a sweep file. Throws a UserError: one line for an unreadable file or bad
 * JSON, else one line per problem, `file: set.arrivals.casesPerHour: expected ..., got ...`.
 */
export function loadSweepFile(file: string): SweepFile {
  return parseSweepFile(readJsonFile(file), file);
}

/** Checks a parsed sweep file (see {@link loadSweepFile}); `file` names it in messages and anchors `scenario`. */
export function parseSweepFile(raw: unknown, file: string): SweepFile {
  const result = z.safeParse(sweepFileSchema, raw, { reportInput: true });
  if (!result.success)
    throw new UserError(result.error.issues.flatMap((issue) => issueLines(file, issue)).join('\n'));
  const { name, description, scenario, set, replications } = result.data;
  const scenarioFile = isAbsolute(scenario) ? scenario : join(dirname(file), scenario);
  return {
    name,
    description,
    scenarioFile,
    specs: set,
    ...(replications === undefined ? {} : { replications }),
  };
}

const LIST_OR_RANGE = 'a list of numbers like [20, 25, 30] or a string like "20,25,30" or "1..4"';

/** The `set` object: each key a dotted path, each value a list, a range string or one number. */
const setSchema = z.unknown().transform((input, ctx): SetSpec[] => {
  if (!isPlainObject(input) || Object.keys(input).length === 0) {
    ctx.addIssue({
      code: 'custom',
      message: expected('an object of paths to values, like {"arrivals.casesPerHour": "20,25,30"}', input),
    });
    return z.NEVER;
  }
  const specs: SetSpec[] = [];
  for (const [path, given] of Object.entries(input)) {
    const problem = pathProblem(path);
    const values = problem ?? valuesOf(given);
    if (typeof values === 'string') {
      // Problems read "expected ..."; the file's message adds what it found.
      ctx.addIssue({
        code: 'custom',
        message: expected(values.replace(/^expected /, ''), given),
        path: [path],
      });
    } else specs.push({ path, values });
  }
  return specs;
});

const sweepFileSchema = z.strictObject(
  {
    /** The JSON Schema of sweep files, for editors (`../sweep.schema.json`); ignored. */
    $schema: accepting('a string', (v): v is string => typeof v === 'string').optional(),
    name: accepting('a non-empty string', (v): v is string => typeof v === 'string' && v.trim() !== ''),
    description: accepting('a string', (v): v is string => typeof v === 'string').default(''),
    scenario: accepting(
      "the scenario file's name, relative to this file",
      (v): v is string => typeof v === 'string' && v.trim() !== '',
    ),
    set: setSchema,
    replications: z
      .custom<number>(
        (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= LIMITS.replications,
        {
          error: (issue) =>
            Number.isInteger(issue.input) && (issue.input as number) > LIMITS.replications
              ? expected(`at most ${LIMITS.replications}`, issue.input)
              : expected('a whole number >= 1', issue.input),
        },
      )
      .optional(),
  },
  { error: (issue) => (issue.code === 'invalid_type' ? expected('an object', issue.input) : undefined) },
);

/** The values of one `set` entry, or the problem ("expected ..."). */
function valuesOf(given: unknown): number[] | string {
  if (typeof given === 'string') return parseValues(given);
  if (typeof given === 'number' && Number.isFinite(given)) return [given];
  if (Array.isArray(given) && given.every((v): v is number => typeof v === 'number' && Number.isFinite(v))) {
    return given.length === 0 ? `expected ${LIST_OR_RANGE}` : checkValueList(given);
  }
  return `expected ${LIST_OR_RANGE}`;
}

function issueLines(file: string, issue: z.core.$ZodIssue): string[] {
  const where = (path: readonly PropertyKey[]) =>
    path.length === 0 ? `${file}: ` : `${file}: ${path.map(String).join('.')}: `;
  if (issue.code === 'unrecognized_keys')
    return issue.keys.map((key) => `${where([...issue.path, key])}unknown field`);
  return [`${where(issue.path)}${issue.message}`];
}

/** A field schema with this project's message: `expected a whole number >= 1, got 0`. */
function accepting<T>(what: string, test: (value: unknown) => value is T) {
  return z.custom<T>((value) => test(value), { error: (issue) => expected(what, issue.input) });
}

/** Longest JSON shown for a value found in the file. */
const SHOWN_JSON_MAX = 60;

function expected(what: string, found: unknown): string {
  if (found === undefined) return `expected ${what}, got nothing`;
  const json = JSON.stringify(found) ?? String(found);
  return `expected ${what}, got ${json.length > SHOWN_JSON_MAX ? `${json.slice(0, SHOWN_JSON_MAX - 3)}...` : json}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
