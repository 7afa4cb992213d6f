/** Longest text shown for a value found in a scenario file (a 2 MB cell is shown by its start). */
export const SHOWN_MAX = 80;

/** Levels of a nested value shown before `...` stands for the rest. */
const SHOWN_DEPTH = 4;

/**
 * How a value found in a scenario file is shown in an error message: as JSON, cut to
 * {@link SHOWN_MAX} characters. It never walks more of the value than it shows, so a huge or
 * deeply nested value costs no more than a small one.
 */
export function show(found: unknown): string {
  if (found === undefined) return 'nothing';
  if (typeof found === 'number' || typeof found === 'boolean' || typeof found === 'bigint')
    return String(found);
  return clip(preview(found, SHOWN_DEPTH, SHOWN_MAX + 1));
}

/** `text` cut to {@link SHOWN_MAX} characters, with `...` when something was left out. */
export function clip(text: string, max: number = SHOWN_MAX): string {
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}

/** JSON-like text of `value`, stopping once it is longer than `budget` or `depth` levels down. */
function preview(value: unknown, depth: number, budget: number): string {
  if (typeof value === 'string') {
    // Quote at most what can be shown: JSON.stringify of a 2 MB string would copy it all.
    const head = value.length > budget ? value.slice(0, budget) : value;
    const quoted = JSON.stringify(head);
    return value.length > budget ? quoted.slice(0, -1) : quoted;
  }
  if (value === null || typeof value !== 'object')
    return typeof value === 'number' && !Number.isFinite(value) ? 'null' : String(value);
  const list = Array.isArray(value);
  const open = list ? '[' : '{';
  const close = list ? ']' : '}';
  if (depth <= 0) return `${open}...${close}`;
  let text = open;
  let first = true;
  // for...in on an array visits indices; on a plain object its own enumerable keys in order.
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (text.length > budget) return `${text}...`;
    if (!first) text += ',';
    first = false;
    const inner = preview((value as Record<string, unknown>)[key], depth - 1, budget - text.length);
    text += list ? inner : `${JSON.stringify(key.length > budget ? key.slice(0, budget) : key)}:${inner}`;
  }
  return text + close;
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

/** Names listed in one message before the rest are counted (`... and 90 more`). */
const LISTED_MAX = 10;

/** `XADM, XCON, XCSI`; a long list is cut after {@link LISTED_MAX} names, each cut to its start. */
export function listNames(names: readonly string[]): string {
  const shown = names.slice(0, LISTED_MAX).map((name) => clip(name, 40));
  const more = names.length - shown.length;
  return more > 0 ? `${shown.join(', ')} ... and ${more} more` : shown.join(', ');
}

/** `unknown specialty "XADX" (specialties are XADM, XCON, XCSI)`. */
export function unknownName(what: string, found: unknown, plural: string, names: readonly string[]): string {
  return `unknown ${what} ${show(found)} (${plural} are ${listNames(names)})`;
}
