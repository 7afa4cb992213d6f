import { isPlainObject } from './messages.js';

/** Fields of a scenario file that hold the path of a CSV file, besides every empirical distribution's `file`. */
export const CSV_PATH_FIELDS: readonly (readonly string[])[] = [
  ['arrivals', 'weeklyProfile'],
  ['arrivals', 'trace'],
  ['costs', 'file'],
];

/** Receives a CSV path found at `path` in a raw scenario and gives the path to write there instead. */
export type CsvPathMap = (path: readonly string[], csvPath: string) => string;

/**
 * A copy of a raw scenario (JSON as the file writes it, `raw` unchanged) with every CSV path
 * replaced by `map`'s answer: the fields of {@link CSV_PATH_FIELDS} and the `file` of each
 * `{ "dist": "empirical", ... }` object, wherever it is. Values that are not strings are left
 * for the parser to report.
 */
export function mapCsvPaths(raw: unknown, map: CsvPathMap): unknown {
  if (!isPlainObject(raw)) return raw;
  const copy = mapEmpirical(raw, map, []) as Record<string, unknown>;
  for (const [section, field] of CSV_PATH_FIELDS) {
    const parent = copy[section];
    if (isPlainObject(parent) && typeof parent[field] === 'string') {
      copy[section] = { ...parent, [field]: map([section, field], parent[field]) };
    }
  }
  return copy;
}

function mapEmpirical(value: unknown, map: CsvPathMap, path: string[]): unknown {
  if (!isPlainObject(value)) return value;
  // fromEntries defines fields, so even a `__proto__` key stays a plain field of the copy.
  const copy = Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, mapEmpirical(inner, map, [...path, key])]),
  );
  if (copy.dist === 'empirical' && typeof copy.file === 'string')
    copy.file = map([...path, 'file'], copy.file);
  return copy;
}
