import { JsonPathError, setIn } from '../../sim/index.js';
import { UserError } from '../user-error.js';
import type { PathValue } from './grid.js';

/**
 * A deep copy of a scenario's raw JSON with each path set to its value; `raw` is not changed.
 * Missing objects on the way are created, so `pools.se.specialties.XADM.teams` works on a file
 * that leaves `pools` out. Whether the result is a valid scenario is for `parseScenario` to say.
 * Throws a UserError naming the path when it leads through something that is not an object:
 * `cannot set arrivals.casesPerHour.x: arrivals.casesPerHour is 8.5, not an object`.
 */
export function applyValues(raw: unknown, values: readonly PathValue[]): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new UserError(`cannot set values in a scenario that is not an object: ${JSON.stringify(raw)}`);
  const copy = structuredClone(raw) as Record<string, unknown>;
  try {
    for (const { path, value } of values) setIn(copy, path, value);
  } catch (error) {
    // Specs are checked when parsed; setIn checks again (a `__proto__` would reach the prototype).
    if (error instanceof JsonPathError) throw new UserError(error.message);
    throw error;
  }
  return copy;
}
