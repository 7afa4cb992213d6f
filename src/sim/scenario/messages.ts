/** Longest JSON shown for an object or list found in a scenario file. */
const SHOWN_JSON_MAX = 60;

/** How a value found in a scenario file is shown in an error message. */
export function show(found: unknown): string {
  if (found === undefined) return 'nothing';
  if (typeof found === 'number' || typeof found === 'boolean' || typeof found === 'bigint')
    return String(found);
  if (typeof found === 'string') return JSON.stringify(found);
  let json: string | undefined;
  try {
    json = JSON.stringify(found);
  } catch {
    json = undefined;
  }
  if (json === undefined) return String(found);
  return json.length > SHOWN_JSON_MAX ? `${json.slice(0, SHOWN_JSON_MAX - 3)}...` : json;
}

/** The standard message: what was expected, and what the file has instead. */
export function expected(what: string, found: unknown): string {
  return `expected ${what}, got ${show(found)}`;
}

/** A computed number as a reader would write it (a sum of shares 0.9, not 0.8999999999999999). */
export function showNumber(x: number): string {
  return String(Number(x.toPrecision(12)));
}

/** True for `{...}` values (not arrays, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `unknown specialty "XADX" (specialties are XADM, XCON, XCSI)`. */
export function unknownName(what: string, found: unknown, plural: string, names: readonly string[]): string {
  return `unknown ${what} ${show(found)} (${plural} are ${names.join(', ')})`;
}
