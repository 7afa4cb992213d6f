import type { FormField } from './form-field.js';

/** Where the surges are: a list, written whole on every change. */
export const SURGES_PATH = 'arrivals.surges';

/** The columns of a surge row the form edits (a surge's own `betaShare` is kept as written). */
const COLUMNS = [
  ['fromDay', 'from day'],
  ['toDay', 'to day'],
  ['volumeFactor', 'volume ×'],
] as const;

/** Days a new surge lasts, and its factor: a week of half as many cases again. */
const NEW_SURGE_DAYS = 7;
const NEW_SURGE_FACTOR = 1.5;
/** Where a first surge starts: a week in, after the default warm-up. */
const FIRST_SURGE_DAY = 7;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * The fields of the surges `list` (as the scenario writes it): a row per surge of its first day,
 * the day after its last and its volume factor, each written with the whole list.
 */
export function surgeFields(list: readonly unknown[]): FormField[] {
  return list.flatMap((surge, i): FormField[] =>
    COLUMNS.map(([key, label]): FormField => {
      const value = isRecord(surge) ? surge[key] : undefined;
      return {
        group: 'Demand',
        section: 'Surges',
        row: `Surge ${i + 1}`,
        label,
        path: `${SURGES_PATH}[${i}].${key}`,
        kind: 'number',
        value:
          typeof value === 'number' || typeof value === 'string' ? value : key === 'volumeFactor' ? 1 : '',
        whole: { path: SURGES_PATH, value: list, at: [i, key] },
      };
    }),
  );
}

/**
 * The list with a surge added after the last one: from the day the last ends (or day 7) for a
 * week, with 1.5 times the cases.
 */
export function withNewSurge(list: readonly unknown[]): unknown[] {
  const ends = list.map((s) => (isRecord(s) && typeof s.toDay === 'number' ? s.toDay : 0));
  const fromDay = ends.length === 0 ? FIRST_SURGE_DAY : Math.max(...ends);
  return [...list, { fromDay, toDay: fromDay + NEW_SURGE_DAYS, volumeFactor: NEW_SURGE_FACTOR }];
}

/** The list without its surge `index`. */
export function withoutSurge(list: readonly unknown[], index: number): unknown[] {
  return list.filter((_, i) => i !== index);
}
