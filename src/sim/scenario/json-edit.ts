import { isPlainObject } from './messages.js';

/**
 * Writing into a scenario's raw JSON: setting a value by its path (sweeps, the app's form, the
 * staffing search) and merging one JSON value onto another (overlays, textbook defaults). This
 * is the only module that does either, so the prototype guard below is in one place.
 */

/** Field names that would reach an object's prototype instead of a field of the file. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A path that cannot be followed or written; the message names the path, as users write it. */
export class JsonPathError extends Error {
  override readonly name = 'JsonPathError';
  constructor(
    readonly path: readonly (string | number)[],
    message: string,
  ) {
    super(message);
  }
}

/** `a.b.c` for `['a', 'b', 'c']`, `a[0].b` for `['a', 0, 'b']`. */
export function dotted(path: readonly (string | number)[]): string {
  let text = '';
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : text === '' ? key : `.${key}`;
  return text;
}

/**
 * The path of the first forbidden field name (see {@link FORBIDDEN_KEYS}) anywhere in `raw`,
 * lists included, or null when there is none. `JSON.parse` makes `"__proto__"` an own field,
 * which a later copy or merge would turn into the object's prototype.
 */
export function forbiddenKeyPath(raw: unknown, path: (string | number)[] = []): (string | number)[] | null {
  if (Array.isArray(raw)) {
    for (let i = 0; i < raw.length; i++) {
      const found = forbiddenKeyPath(raw[i], [...path, i]);
      if (found !== null) return found;
    }
  } else if (isPlainObject(raw)) {
    for (const [key, value] of Object.entries(raw)) {
      if (FORBIDDEN_KEYS.has(key)) return [...path, key];
      const found = forbiddenKeyPath(value, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}

/** What setting does with a value in the way that is not an object. */
export interface SetOptions {
  /**
   * false (default): refuse with a JsonPathError, `cannot set a.b.c: a.b is 8.5, not an object`;
   * true: replace it with an object (the app's form, whose paths are known fields).
   */
  readonly replace?: boolean;
}

/**
 * Sets `path` (a list of field names, or a dotted string) in `root`, changing it in place; the
 * objects missing on the way are created. Throws a JsonPathError for a forbidden or empty field
 * name, and for a value in the way that is not an object unless `options.replace`.
 */
export function setIn(
  root: Record<string, unknown>,
  path: readonly string[] | string,
  value: unknown,
  options: SetOptions = {},
): void {
  const keys = typeof path === 'string' ? path.split('.') : path;
  const problem = keyProblem(keys);
  if (problem !== null) throw new JsonPathError(keys, `cannot set ${keys.join('.')}: ${problem}`);
  let node = root;
  for (let i = 0; i < keys.length - 1; i++) {
    // Own fields only: an inherited name such as `toString` is no field of the file.
    const next = Object.hasOwn(node, keys[i]) ? node[keys[i]] : undefined;
    if (isPlainObject(next)) {
      node = next;
      continue;
    }
    if (next !== undefined && !options.replace) {
      const through = keys.slice(0, i + 1).join('.');
      throw new JsonPathError(
        keys,
        `cannot set ${keys.join('.')}: ${through} is ${describe(next)}, not an object`,
      );
    }
    const created: Record<string, unknown> = {};
    node[keys[i]] = created;
    node = created;
  }
  node[keys[keys.length - 1]] = value;
}

/** A deep copy of `raw` (an object) with `path` set to `value`; `raw` is not changed. See {@link setIn}. */
export function withValueAt(
  raw: Record<string, unknown>,
  path: readonly string[] | string,
  value: unknown,
  options: SetOptions = {},
): Record<string, unknown> {
  const copy = copyJson(raw);
  setIn(copy, path, value, options);
  return copy;
}

/**
 * Why `keys` is not a path of field names (empty, an empty name as in `a..b`, spaces around a
 * name, or a forbidden name), or null when it is one.
 */
export function keyProblem(keys: readonly string[]): string | null {
  const bad = keys.length === 0 || keys.some((k) => k === '' || k.trim() !== k || FORBIDDEN_KEYS.has(k));
  return bad ? 'expected a dotted path of field names like pools.router.staff' : null;
}

/** How {@link mergeJson} treats nulls and which objects it keeps whole. */
export interface MergeOptions {
  /** true: a null in `over` removes the key (overlays); false: null is a value like any other. */
  readonly nullRemoves: boolean;
  /** Objects at these paths (or of this shape) are replaced whole, never merged into (default none). */
  readonly whole?: (path: readonly string[], value: Record<string, unknown>) => boolean;
}

/**
 * `over` merged onto `under` (neither is changed): objects merge key by key, `over` winning;
 * lists and other values in `over` replace those in `under`; with `nullRemoves` a null in
 * `over` removes the key. Throws a JsonPathError for a forbidden field name in `over`.
 */
export function mergeJson(under: unknown, over: unknown, options: MergeOptions): unknown {
  return merge(copyJson(under), over, options, []);
}

/** Merges `over` into `under`, a copy this module owns (changed in place where it is an object). */
function merge(under: unknown, over: unknown, options: MergeOptions, path: string[]): unknown {
  const whole = options.whole ?? (() => false);
  if (!isPlainObject(under) || !isPlainObject(over) || whole(path, under) || whole(path, over)) {
    // A new object is merged onto nothing, so its field names are checked and, when nulls
    // remove keys, its nulls left out (there is nothing for them to remove).
    return isPlainObject(over) && !whole(path, over) ? merge({}, over, options, path) : copyJson(over);
  }
  for (const [key, value] of Object.entries(over)) {
    const at = [...path, key];
    if (FORBIDDEN_KEYS.has(key)) throw new JsonPathError(at, `${dotted(at)}: not allowed as a field name`);
    if (value === null && options.nullRemoves) delete under[key];
    else under[key] = merge(Object.hasOwn(under, key) ? under[key] : undefined, value, options, at);
  }
  return under;
}

/**
 * The overlay that turns `from` into `to` (the inverse of {@link mergeJson} with nulls that
 * remove): only what differs, objects compared key by key, a removed key as null, lists and
 * other values whole. `{}` when they are equal. Throws a JsonPathError where `to` has a null
 * that `from` has not, which an overlay cannot say (its null would remove the key).
 */
export function jsonPatch(from: unknown, to: unknown, path: string[] = []): unknown {
  // A new object is merged onto nothing: compared with {} so a null in it is caught below.
  if (isPlainObject(to) && !isPlainObject(from)) return jsonPatch({}, to, path);
  if (!isPlainObject(from) || !isPlainObject(to)) {
    if (to === null) throw new JsonPathError(path, `${dotted(path)}: an overlay cannot set null`);
    return copyJson(to);
  }
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(to)) {
    if (FORBIDDEN_KEYS.has(key))
      throw new JsonPathError([...path, key], `${dotted([...path, key])}: not allowed as a field name`);
    if (!Object.hasOwn(from, key)) patch[key] = jsonPatch(undefined, value, [...path, key]);
    else if (!sameJson(from[key], value)) patch[key] = jsonPatch(from[key], value, [...path, key]);
  }
  for (const key of Object.keys(from)) if (!Object.hasOwn(to, key)) patch[key] = null;
  return patch;
}

/** True when two JSON values are equal (objects key by key, whatever the order of their keys). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]))
    );
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && sameJson(a[k], b[k]))
    );
  }
  return a === b;
}

/**
 * A deep copy of JSON data. Unlike structuredClone it shares nothing: an object used twice in
 * the input (as the textbook defaults do) becomes two objects, so changing one leaves the other.
 * Fields are defined, not assigned, so a `__proto__` key stays a plain field.
 */
export function copyJson<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyJson) as T;
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, copyJson(inner)])) as T;
}

/** `8.5`, `"3h"`, `null`, `a list`. */
function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  return JSON.stringify(value) ?? String(value);
}
