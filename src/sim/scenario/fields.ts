import { z } from 'zod';
import { SHARE_SUM_TOLERANCE } from './domain.js';
import { NON_EMPTY_STRING, numberForm, withJsonForm, type JsonFragment } from './json-form.js';
import { expected, showNumber } from './messages.js';

/**
 * Field schemas with this format's own messages ("expected a whole number >= 0, got -2").
 * Every leaf of the scenario schema is built here or in duration.ts, so no zod default
 * message ever reaches a user. `json` is how the field looks in the JSON Schema for editors: it
 * must accept every value `test` accepts.
 */
export function accepting<T>(what: string, test: (value: unknown) => value is T, json: JsonFragment) {
  const schema = z.custom<T>((value) => test(value), { error: (issue) => expected(what, issue.input) });
  return withJsonForm(schema, json);
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * A field that is `what` (checked by `test`) and at most `limit`, one of the format's sanity
 * bounds (LIMITS): a value of the right kind beyond it gets its own message naming the bound,
 * `expected at most 10000, got 1000000000`; anything else the usual one.
 */
function limited(what: string, test: (v: number) => boolean, limit: number | undefined, json: JsonFragment) {
  const ok = (v: unknown): v is number => isNumber(v) && test(v) && (limit === undefined || v <= limit);
  const schema = z.custom<number>(ok, {
    error: (issue) =>
      limit !== undefined && isNumber(issue.input) && test(issue.input)
        ? expected(`at most ${limit}`, issue.input)
        : expected(what, issue.input),
  });
  return withJsonForm(schema, limit === undefined ? json : { ...json, maximum: limit });
}

/** A whole number >= `min` (and <= `max` when given): "a whole number from 1 to 10". */
export function wholeNumber(min: number, max?: number) {
  const what = max === undefined ? `a whole number >= ${min}` : `a whole number from ${min} to ${max}`;
  return accepting(
    what,
    (v): v is number => isNumber(v) && Number.isInteger(v) && v >= min && (max === undefined || v <= max),
    numberForm({ integer: true, minimum: min, ...(max === undefined ? {} : { maximum: max }) }),
  );
}

/** A count: a whole number >= `min`, at most the sanity bound `limit` (see {@link limited}). */
export function count(min: number, limit: number) {
  return limited(
    `a whole number >= ${min}`,
    (v) => Number.isInteger(v) && v >= min,
    limit,
    numberForm({ integer: true, minimum: min }),
  );
}

/** A number >= `min`, and at most the sanity bound `limit` when given (see {@link limited}). */
export function numberAtLeast(min: number, limit?: number) {
  return limited(`a number >= ${min}`, (v) => v >= min, limit, numberForm({ minimum: min }));
}

/** A number from `min` to `max` inclusive. */
export function numberAtMost(min: number, max: number) {
  return accepting(
    `a number from ${min} to ${max}`,
    (v): v is number => isNumber(v) && v >= min && v <= max,
    numberForm({ minimum: min, maximum: max }),
  );
}

/** A number > `min`, and at most the sanity bound `limit` when given (see {@link limited}). */
export function numberAbove(min: number, limit?: number) {
  return limited(`a number > ${min}`, (v) => v > min, limit, numberForm({ exclusiveMinimum: min }));
}

/** A share: a number in [0, 1]. */
export function share() {
  return accepting(
    'a share in [0, 1]',
    (v): v is number => isNumber(v) && v >= 0 && v <= 1,
    numberForm({ minimum: 0, maximum: 1 }),
  );
}

/** A share below 1: a number in [0, 1) (shrinkage: some paid time must be left for cases). */
export function shareBelowOne() {
  return accepting(
    'a share in [0, 1)',
    (v): v is number => isNumber(v) && v >= 0 && v < 1,
    numberForm({ minimum: 0, exclusiveMaximum: 1 }),
  );
}

/**
 * `hoursPerWeek`: hours one person of a pool works each week within its schedule, 1..168
 * (default 40); 168 makes every person work the whole schedule, as a seat (textbook mode).
 */
export function hoursPerWeek() {
  return numberAtMost(1, 168).default(40);
}

/** A factor in (0, 1] (efficiencies, the premier escalation factor). */
export function factor() {
  return accepting(
    'a number in (0, 1]',
    (v): v is number => isNumber(v) && v > 0 && v <= 1,
    numberForm({ exclusiveMinimum: 0, maximum: 1 }),
  );
}

/** A non-empty string. */
export function text() {
  return accepting(
    'a non-empty string',
    (v): v is string => typeof v === 'string' && v.trim() !== '',
    NON_EMPTY_STRING,
  );
}

/** Any string, possibly empty. */
export function anyText() {
  return accepting('a string', (v): v is string => typeof v === 'string', { type: 'string' });
}

/** true or false. */
export function flag() {
  return accepting('true or false', (v): v is boolean => typeof v === 'boolean', { type: 'boolean' });
}

/** A list of at most `max` items of `item`; `what` names the items in messages ("surges"). */
export function listOf<T extends z.ZodType>(item: T, what: string, max: number) {
  return z
    .array(item, { error: (issue) => expected(`a list of ${what}`, issue.input) })
    .max(max, { error: (issue) => `expected at most ${max} ${what}, got ${lengthOf(issue.input)}` });
}

function lengthOf(list: unknown): string {
  return Array.isArray(list) ? String(list.length) : 'more';
}

/** An object with exactly these fields: unknown ones are errors, so typos are caught. */
export function fields<S extends z.ZodRawShape>(shape: S) {
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'invalid_type' ? expected('an object', issue.input) : undefined),
  });
}

/** Adds the "shares must sum to 1" issue when they do not (a sum that is not finite never does). */
export function checkSum(shares: readonly number[], ctx: z.core.$RefinementCtx): void {
  const total = shares.reduce((sum, s) => sum + s, 0);
  if (!(Math.abs(total - 1) <= SHARE_SUM_TOLERANCE)) {
    ctx.addIssue({
      code: 'custom',
      message: `shares must sum to 1, got ${showNumber(total)}`,
      input: shares,
    });
  }
}
