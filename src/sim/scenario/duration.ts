import { z } from 'zod';
import { withJsonForm } from './json-form.js';
import { expected } from './messages.js';
import { MINUTES_PER_DAY } from './shifts.js';

/** Minutes per unit a duration string may carry. */
const MINUTES_PER_UNIT: Readonly<Record<string, number>> = { m: 1, min: 1, h: 60, d: MINUTES_PER_DAY };

const DURATION_PATTERN = /^(\d+(?:\.\d+)?|\.\d+)(m|min|h|d)$/;

/** How a duration is described in error messages. */
export const DURATION_HINT = 'a duration (minutes, or "90m"/"4h"/"2d")';

/**
 * Minutes for a duration, or undefined when `value` is not one. A duration is a number of
 * minutes (>= 0) or a string with a unit: `"90m"`, `"30min"`, `"4h"`, `"1.5h"`, `"2d"`.
 * A bare numeric string ("90") is refused: a string must say its unit.
 */
export function tryParseDuration(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = DURATION_PATTERN.exec(value.trim());
  if (match === null) return undefined;
  return Number(match[1]) * MINUTES_PER_UNIT[match[2]];
}

/** Minutes for a duration (see {@link tryParseDuration}); throws with the format's message otherwise. */
export function parseDuration(value: number | string): number {
  const minutes = tryParseDuration(value);
  if (minutes === undefined) throw new Error(expected(DURATION_HINT, value));
  return minutes;
}

/** Schema of a duration field; its output is minutes. `positive` refuses 0 (means of distributions). */
export function duration(options: { positive?: boolean } = {}) {
  const what = options.positive ? 'a duration > 0 (minutes, or "90m"/"4h"/"2d")' : DURATION_HINT;
  const field = z.custom<number | string>(
    (value) => {
      const minutes = tryParseDuration(value);
      return minutes !== undefined && (!options.positive || minutes > 0);
    },
    { error: (issue) => expected(what, issue.input) },
  );
  // The parser trims a string first; whether "0m" is > 0 is left to it.
  const form = {
    anyOf: [
      { type: 'number', ...(options.positive ? { exclusiveMinimum: 0 } : { minimum: 0 }) },
      { type: 'string', pattern: `^\\s*${DURATION_PATTERN.source.slice(1, -1)}\\s*$` },
    ],
  };
  return withJsonForm(field, form).transform((value) => parseDuration(value));
}
