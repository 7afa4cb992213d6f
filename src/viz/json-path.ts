/**
 * Field paths as the scenario's issues and the form's `data-path` write them: dotted field names
 * with list items in brackets, `arrivals.surges[0].toDay`, `schedules.night.shifts[1].share`.
 */

/** A key of a path: a field name, or the index of a list item. */
export type PathKey = string | number;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The keys of a path: `a.b[0].c` gives `['a', 'b', 0, 'c']`. */
export function pathKeys(path: string): PathKey[] {
  const keys: PathKey[] = [];
  for (const part of path.split('.')) {
    const match = /^([^[\]]*)((?:\[\d+\])+)$/.exec(part);
    if (match === null) {
      keys.push(part);
      continue;
    }
    if (match[1] !== '') keys.push(match[1]);
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) keys.push(Number(index[1]));
  }
  return keys;
}

/** The path of `keys` as issues write it: `['a', 0, 'b']` gives `a[0].b`. */
export function pathOf(keys: readonly PathKey[]): string {
  let text = '';
  for (const key of keys) text += typeof key === 'number' ? `[${key}]` : text === '' ? key : `.${key}`;
  return text;
}

/** The value at `path` (a path or its keys) of raw JSON, or undefined (own fields only). */
export function valueAt(raw: unknown, path: string | readonly PathKey[]): unknown {
  let at: unknown = raw;
  for (const key of typeof path === 'string' ? pathKeys(path) : path) {
    if (typeof key === 'number') {
      if (!Array.isArray(at) || key >= at.length) return undefined;
      at = at[key];
    } else {
      if (!isRecord(at) || !Object.hasOwn(at, key)) return undefined;
      at = at[key];
    }
  }
  return at;
}

/**
 * A copy of JSON `whole` with the value at `keys` (below it) set to `value`; the objects and
 * lists on the way are copied, the rest shared. An object missing on the way is created.
 */
export function withInner(whole: unknown, keys: readonly PathKey[], value: unknown): unknown {
  if (keys.length === 0) return value;
  const [key, ...rest] = keys;
  if (typeof key === 'number') {
    const list = Array.isArray(whole) ? [...(whole as unknown[])] : [];
    list[key] = withInner(list[key], rest, value);
    return list;
  }
  const object = isRecord(whole) ? { ...whole } : {};
  Object.defineProperty(object, key, {
    value: withInner(object[key], rest, value),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return object;
}
