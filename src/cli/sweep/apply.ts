import { UserError } from '../user-error.js';
import type { PathValue } from './grid.js';
import { pathProblem } from './set-spec.js';

/**
 * A deep copy of a scenario's raw JSON with each path set to its value; `raw` is not changed.
 * Missing objects on the way are created, so `pools.se.specialties.XADM.teams` works on a file
 * that leaves `pools` out. Whether the result is a valid scenario is for `parseScenario` to say.
 * Throws a UserError naming the path when it leads through something that is not an object:
 * `cannot set arrivals.casesPerHour.x: arrivals.casesPerHour is 8.5, not an object`.
 */
export function applyValues(raw: unknown, values: readonly PathValue[]): unknown {
  if (!isPlainObject(raw))
    throw new UserError(`cannot set values in a scenario that is not an object: ${describe(raw)}`);
  const copy = structuredClone(raw);
  for (const { path, value } of values) setPath(copy, path, value);
  return copy;
}

function setPath(root: Record<string, unknown>, path: string, value: number): void {
  // Specs are checked when parsed; checked again here because `__proto__` would reach the prototype.
  const problem = pathProblem(path);
  if (problem !== null) throw new UserError(`cannot set ${path}: ${problem}`);
  const segments = path.split('.');
  let node = root;
  for (let i = 0; i < segments.length - 1; i++) {
    const key = segments[i];
    // Own fields only: an inherited name such as `toString` is no field of the file.
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    if (next === undefined) {
      const created: Record<string, unknown> = {};
      node[key] = created;
      node = created;
    } else if (isPlainObject(next)) {
      node = next;
    } else {
      const through = segments.slice(0, i + 1).join('.');
      throw new UserError(`cannot set ${path}: ${through} is ${describe(next)}, not an object`);
    }
  }
  node[segments[segments.length - 1]] = value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `8.5`, `"3h"`, `null`, `a list`. */
function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  return JSON.stringify(value) ?? String(value);
}
