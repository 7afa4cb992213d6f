import { formatPath, type ScenarioIssue } from './issues.js';
import { LIMITS } from './limits.js';

/**
 * Deeply nested JSON (`[[[[...` 100,000 levels) parses fine, but every recursive walk after it
 * (merging overlays, zod, JSON.stringify in a message) would exhaust the call stack. So the
 * depth is checked first, by this loop that keeps its own stack, before any recursive code sees
 * the value.
 */

/** One container on the walk: its value, how deep it is, and how it was reached (for the path). */
interface Visit {
  readonly value: unknown;
  readonly depth: number;
  readonly parent: Visit | null;
  readonly key: string | number;
}

/**
 * The path of the first array or object nested more than `limit` levels deep in `raw` (the
 * top-level object is level 1), or null when there is none. Iterative: any depth is safe.
 */
export function tooDeepPath(raw: unknown, limit: number = LIMITS.nesting): (string | number)[] | null {
  const stack: Visit[] = [{ value: raw, depth: 1, parent: null, key: '' }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { value, depth } = visit;
    if (value === null || typeof value !== 'object') continue;
    if (depth > limit) return pathOf(visit);
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], depth: depth + 1, parent: visit, key: i });
    } else {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--)
        stack.push({
          value: (value as Record<string, unknown>)[keys[i]],
          depth: depth + 1,
          parent: visit,
          key: keys[i],
        });
    }
  }
  return null;
}

/** The message for a value nested too deep (its path is given separately). */
export const TOO_DEEP = `nested more than ${LIMITS.nesting} levels deep (lists and objects within one another)`;

/** The issue of JSON nested more than LIMITS.nesting levels deep (see {@link tooDeepPath}), or null. */
export function nestingIssue(raw: unknown): ScenarioIssue | null {
  const path = tooDeepPath(raw);
  return path === null ? null : { path: formatPath(path), message: TOO_DEEP };
}

function pathOf(visit: Visit): (string | number)[] {
  const path: (string | number)[] = [];
  for (let v: Visit | null = visit; v !== null && v.parent !== null; v = v.parent) path.push(v.key);
  return path.reverse();
}
