import { keyProblem } from '../../sim/index.js';
import { UserError } from '../user-error.js';

/** One swept field: a dotted path into the scenario JSON and the values it takes, in the order given. */
export interface SetSpec {
  /** `pools.se.specialties.XADM.teams`, `arrivals.casesPerHour`. */
  readonly path: string;
  /** At least one value, each once. */
  readonly values: readonly number[];
}

/** Most values one swept field may take; a typo such as `1..100000` should not start a long run. */
export const MAX_VALUES_PER_SET = 1000;

/** Significant digits a stepped value is rounded to, so `0.1..0.3:0.1` gives 0.3, not 0.30000000000000004. */
const STEP_PRECISION = 10;

/** Slack, in steps, for float error: an end reached up to it (0.3 by 0.1 steps) is included, a value that near 0 is 0. */
const STEP_COUNT_SLACK = 1e-9;

/** A plain decimal number: `25`, `-1`, `7.5`, `.5`, `1e3`; not `1.` (it would blur `1..4`), hex or `Infinity`. */
const NUMBER = /^[-+]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?$/;

const GENERIC = 'expected numbers like 20,25,30 or a range like 1..4';

/**
 * Parses one `--set path=values` argument: values are a list `20,25,30`, an inclusive range
 * of whole numbers `1..4`, or a range with a step `10..30:5` (decimals allowed; the range
 * stops at the last value not past its end). Throws a UserError of one line, e.g.
 * `--set arrivals.casesPerHour=abc: expected numbers like 20,25,30 or a range like 1..4`.
 */
export function parseSetSpec(argument: string): SetSpec {
  const equals = argument.indexOf('=');
  if (equals < 0)
    throw new UserError(`--set ${argument}: expected path=values, like arrivals.casesPerHour=20,25,30`);
  const path = argument.slice(0, equals).trim();
  const pathError = pathProblem(path);
  if (pathError !== null) throw new UserError(`--set ${argument}: ${pathError} before "="`);
  const values = parseValues(argument.slice(equals + 1));
  if (typeof values === 'string') throw new UserError(`--set ${argument}: ${values}`);
  return { path, values };
}

/** Parses every `--set` argument in order; a path given twice is a UserError. */
export function parseSetSpecs(argumentList: readonly string[]): SetSpec[] {
  const specs = argumentList.map(parseSetSpec);
  checkDistinctPaths(specs, '--set ');
  return specs;
}

/** Throws a UserError when two specs share a path: `--set arrivals.casesPerHour: given twice`. */
export function checkDistinctPaths(specs: readonly SetSpec[], prefix = ''): void {
  const seen = new Set<string>();
  for (const { path } of specs) {
    if (seen.has(path)) throw new UserError(`${prefix}${path}: given twice; sweep each path once`);
    seen.add(path);
  }
}

/**
 * Why `path` is not a dotted path of field names (empty, an empty segment as in `a..b`, or a
 * prototype name), or null when it is one.
 */
export function pathProblem(path: string): string | null {
  return keyProblem(path.split('.'));
}

/**
 * The values of a list or range (see {@link parseSetSpec}), or the problem as a message starting
 * with "expected": callers prefix where it came from.
 */
export function parseValues(text: string): number[] | string {
  const range = /^(.*?)\.\.(.*?)(?::(.*))?$/.exec(text.trim());
  return range === null ? parseList(text) : parseRange(range[1], range[2], range[3]);
}

/** The values of a JSON list, with the same checks as a written list (numbers, each once, not too many). */
export function checkValueList(values: readonly number[]): number[] | string {
  if (values.length === 0) return GENERIC;
  return checkedValues([...values]);
}

function parseList(text: string): number[] | string {
  const values = text.split(',').map(parseNumber);
  if (values.some((v) => v === null)) return GENERIC;
  return checkedValues(values as number[]);
}

function parseRange(startText: string, endText: string, stepText: string | undefined): number[] | string {
  const start = parseNumber(startText);
  const end = parseNumber(endText);
  const step = stepText === undefined ? 1 : parseNumber(stepText);
  if (start === null || end === null || step === null) return GENERIC;
  if (stepText === undefined && !(Number.isInteger(start) && Number.isInteger(end))) {
    return 'expected whole numbers in a range without a step, like 1..4 (or a step, like 0.5..2:0.5)';
  }
  if (step <= 0) return 'expected a step > 0, like 10..30:5';
  if (end < start) return 'expected a range from low to high, like 1..4';
  const count = Math.floor((end - start) / step + STEP_COUNT_SLACK) + 1;
  if (count > MAX_VALUES_PER_SET) return `expected at most ${MAX_VALUES_PER_SET} values (there are ${count})`;
  return Array.from({ length: count }, (_, i) => steppedValue(start, step, i));
}

/**
 * start + i*step, not a running sum, so rounding errors do not accumulate; rounded to 10
 * significant digits, and a value within float error of 0 (-0.3 + 3 * 0.1) is 0.
 */
function steppedValue(start: number, step: number, i: number): number {
  const value = start + i * step;
  if (Math.abs(value) < step * STEP_COUNT_SLACK) return 0;
  return Number(value.toPrecision(STEP_PRECISION));
}

function checkedValues(values: number[]): number[] | string {
  if (values.length > MAX_VALUES_PER_SET)
    return `expected at most ${MAX_VALUES_PER_SET} values (there are ${values.length})`;
  const twice = values.find((v, i) => values.indexOf(v) !== i);
  if (twice !== undefined) return `expected each value once (${twice} is given twice)`;
  return values;
}

function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!NUMBER.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}
