import { z } from 'zod';
import { withJsonForm } from './json-form.js';
import { expected } from './messages.js';
import { LIMITS, MAX_DURATION_MINUTES } from './limits.js';
import { MINUTES_PER_DAY } from './shifts.js';

/** Minutes per unit a duration string may carry. */
const MINUTES_PER_UNIT: Readonly<Record<string, number>> = { m: 1, min: 1, h: 60, d: MINUTES_PER_DAY };

const DURATION_PATTERN = /^(\d+(?:\.\d+)?|\.\d+)(m|min|h|d)$/;

/** How a duration is described in error messages. */
export const DURATION_HINT = 'a duration (minutes, or "90m"/"4h"/"2d")';

/** How the longest duration is described in error messages. */
const LONGEST = `${LIMITS.days}d (100 years)`;

/**
 * Minutes for a duration as written, or undefined when `value` is not one; the result may be
 * out of range (Infinity for "999...9m"): see {@link tryParseDuration}.
 */
function minutesAsWritten(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isNaN(value) || value < 0 ? undefined : value;
  if (typeof value !== 'string') return undefined;
  const match = DURATION_PATTERN.exec(value.trim());
  if (match === null) return undefined;
  return Number(match[1]) * MINUTES_PER_UNIT[match[2]];
}

/**
 * Minutes for a duration, or undefined when `value` is not one. A duration is a number of
 * minutes (>= 0) or a string with a unit: `"90m"`, `"30min"`, `"4h"`, `"1.5h"`, `"2d"`; in
 * minutes, after the unit is applied, it is at most {@link MAX_DURATION_MINUTES} (100 years),
 * so it is always a finite number. A bare numeric string ("90") is refused: a string must say
 * its unit.
 */
export function tryParseDuration(value: unknown): number | undefined {
  const minutes = minutesAsWritten(value);
  return minutes !== undefined && minutes <= MAX_DURATION_MINUTES ? minutes : undefined;
}

/** What is wrong with `value` as a duration (> 0 when `positive`), or null when it is one. */
function durationProblem(value: unknown, positive: boolean): string | null {
  const minutes = minutesAsWritten(value);
  const what = positive ? 'a duration > 0 (minutes, or "90m"/"4h"/"2d")' : DURATION_HINT;
  if (minutes === undefined || (positive && minutes <= 0)) return expected(what, value);
  if (minutes > MAX_DURATION_MINUTES) return expected(`a duration of at most ${LONGEST}`, value);
  return null;
}

/** Minutes for a duration (see {@link tryParseDuration}); throws with the format's message otherwise. */
export function parseDuration(value: number | string): number {
  const problem = durationProblem(value, false);
  if (problem !== null) throw new Error(problem);
  return minutesAsWritten(value)!;
}

/**
 * Schema of a duration field; its output is minutes, at most 100 years. `positive` refuses 0
 * (means of distributions).
 */
export function duration(options: { positive?: boolean } = {}) {
  const positive = options.positive === true;
  const field = z.custom<number | string>((value) => durationProblem(value, positive) === null, {
    error: (issue) => durationProblem(issue.input, positive) ?? expected(DURATION_HINT, issue.input),
  });
  // The parser trims a string first; whether "0m" is > 0, or a string within 100 years, is left to it.
  const form = {
    anyOf: [
      {
        type: 'number',
        ...(positive ? { exclusiveMinimum: 0 } : { minimum: 0 }),
        maximum: MAX_DURATION_MINUTES,
      },
      { type: 'string', pattern: `^\\s*${DURATION_PATTERN.source.slice(1, -1)}\\s*$` },
    ],
  };
  return withJsonForm(field, form).transform((value) => parseDuration(value));
}
