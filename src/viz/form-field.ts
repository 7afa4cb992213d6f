import type { PathKey } from './json-path.js';

/** The groups of the scenario form, in the order they are shown. */
export const FORM_GROUPS = [
  'Staffing',
  'Demand',
  'Handle times',
  'Schedules',
  'Escalation',
  'Service targets',
  'Costs',
  'Run',
] as const;
/** One of {@link FORM_GROUPS}. */
export type FormGroup = (typeof FORM_GROUPS)[number];

/**
 * What an input holds: whole numbers, numbers, shares, durations ("90m", "4h" or minutes), a
 * time of day ("20:00"), one of a few names (`choices`), or a value shown but not edited here.
 */
export type FieldKind = 'whole' | 'number' | 'share' | 'duration' | 'clock' | 'choice' | 'fixed';

/**
 * The JSON object or list a field is part of, written whole on every edit of the field (as the
 * scenario has it, with the field's new value at `at`): a distribution keeps its family and its
 * other parameters, a list its other items, also where the file itself does not write them (a
 * default, or the file it extends).
 */
export interface WholeValue {
  /** Dotted path of the object or list. */
  readonly path: string;
  /** Its value as the scenario has it (JSON as a file writes it). */
  readonly value: unknown;
  /** Where the field is inside it: `['mean']`, `[0, 'share']`. */
  readonly at: readonly PathKey[];
}

/** One field of the scenario form: where it lives in the JSON and how to show it. */
export interface FormField {
  readonly group: FormGroup;
  /** A heading within the group the field comes under (consecutive fields share it). */
  readonly section?: string;
  /** A note under the section's heading (given on its first field). */
  readonly sectionNote?: string;
  /** Consecutive fields of a section with the same `row` share a line, which it captions. */
  readonly row?: string;
  /** A smaller line under the row's caption (a distribution's family). */
  readonly rowNote?: string;
  readonly label: string;
  /** Dotted path into the scenario JSON (MODEL.md's names; list items as `surges[0]`). */
  readonly path: string;
  readonly kind: FieldKind;
  /**
   * The value the scenario has now (defaults included): parsed (minutes for a duration) or as
   * the file writes it; null where the format allows none (see `none`).
   */
  readonly value: number | string | null;
  readonly hint?: string;
  /** The text that stands for null (no value: "never", "" for the severity's own target). */
  readonly none?: string;
  /** The names a `choice` may take. */
  readonly choices?: readonly string[];
  /** Written whole on each edit instead of the field alone (see WholeValue). */
  readonly whole?: WholeValue;
}

/** The scenario as written: the file's own JSON and, with the files it extends merged in, all of it. */
export interface WrittenScenario {
  readonly own: unknown;
  readonly merged: unknown;
}

/** Minutes per day, and the minutes a duration is shown in days or hours from. */
const DAY = 1440;

/**
 * A duration in minutes as the form shows it: whole or half days from a day up ("10d", "1.5d"),
 * tenths of hours from an hour up ("2.5h"), else minutes ("45m"); a number the format could not
 * read back with a unit (1e-7) stays a bare number of minutes.
 */
export function durationText(minutes: number): string {
  if (minutes >= DAY && minutes % (DAY / 2) === 0) return `${minutes / DAY}d`;
  if (minutes >= 60 && minutes % 6 === 0) return `${minutes / 60}h`;
  const text = String(minutes);
  return /^\d+(\.\d+)?$/.test(text) ? `${text}m` : text;
}

/** A time of day in minutes after midnight as "HH:MM" (1440 is "24:00"). */
export function clockText(minutes: number): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(Math.floor(minutes / 60))}:${two(Math.round(minutes % 60))}`;
}

/** What an input shows for a field's value. */
export function fieldText(field: FormField): string {
  const { value, kind } = field;
  if (value === null) return field.none ?? '';
  if (typeof value === 'string') return value;
  if (kind === 'duration') return durationText(value);
  if (kind === 'clock') return clockText(value);
  return String(value);
}

/**
 * What an input's text becomes in the JSON: null for the field's `none` text, a number when it
 * reads as one, anything else as typed (a duration like "4h", a time, a name), so the validator
 * names the field and says what it expected ("expected a whole number >= 0, got "ten"").
 */
export function fieldValue(kind: FieldKind, text: string, none?: string): unknown {
  const trimmed = text.trim();
  if (none !== undefined && trimmed === none) return null;
  if (kind !== 'clock' && kind !== 'choice' && trimmed !== '' && Number.isFinite(Number(trimmed)))
    return Number(trimmed);
  return trimmed;
}
