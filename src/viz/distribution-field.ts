import type { Scenario } from '../sim/index.js';
import { durationText, type FormField, type FormGroup } from './form-field.js';

/** A distribution as the parsed scenario has it (times in minutes). */
export type ParsedDistribution = Scenario['pools']['router']['triage'];

/** A per-severity map of them (a pool's parsed `work`). */
export type ParsedWork = Scenario['pools']['se']['work'];

/** The parameters of each family the form edits; an empirical distribution (a CSV) it only shows. */
const PARAMETERS: Readonly<Record<string, readonly string[]>> = {
  exponential: ['mean'],
  lognormal: ['mean', 'sd'],
  gamma: ['mean', 'sd'],
  triangular: ['min', 'mode', 'max'],
  uniform: ['min', 'max'],
  constant: ['value'],
};

const SEVERITIES = ['A', 'B', 'C'] as const;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Where a distribution is shown: its group and section, the caption of its row, its path. */
export interface DistributionPlace {
  readonly group: FormGroup;
  readonly section: string;
  readonly sectionNote?: string;
  /** Caption of the row before the family ("Sev B"); none: the family alone. */
  readonly row?: string;
  readonly path: string;
}

/**
 * A parsed distribution as a file would write it: durations with a unit where that is exact
 * ("10h"), else minutes.
 */
export function distributionInput(d: ParsedDistribution): Record<string, unknown> {
  const input: Record<string, unknown> = { dist: d.dist };
  for (const name of PARAMETERS[d.dist] ?? []) {
    const minutes = (d as unknown as Record<string, number>)[name];
    const text = durationText(minutes);
    input[name] = /[mhd]$/.test(text) ? text : minutes;
  }
  return input;
}

/**
 * The fields of the distribution at `place.path`, whose JSON the scenario writes as `written`
 * (undefined: a default, taken from `parsed`): one duration per parameter of its family (mean,
 * and sd for a lognormal or gamma), each written with the rest of the distribution, so the
 * family and the other parameters stay. An empirical distribution (a CSV file) or one the form
 * does not know is one read-only field with a note.
 */
export function distributionFields(
  place: DistributionPlace,
  written: unknown,
  parsed: ParsedDistribution,
): FormField[] {
  const { group, section, sectionNote, path } = place;
  const where = { group, section, sectionNote };
  // A file in textbook mode may write a distribution's mean alone; the family is the textbook's.
  const whole =
    written === undefined
      ? distributionInput(parsed)
      : isRecord(written) && !('dist' in written)
        ? { ...distributionInput(parsed), ...written }
        : written;
  const family = isRecord(whole) && typeof whole.dist === 'string' ? whole.dist : '';
  const row = { row: place.row ?? family, ...(place.row === undefined ? {} : { rowNote: family }) };
  const parameters = PARAMETERS[family];
  if (!isRecord(whole) || parameters === undefined) {
    const csv = isRecord(whole) && family === 'empirical';
    return [
      {
        ...where,
        row: place.row ?? (family || 'distribution'),
        ...(place.row !== undefined && family !== '' ? { rowNote: family } : {}),
        label: csv ? 'CSV file' : 'as written',
        path,
        kind: 'fixed',
        value: csv ? `${String(whole.file)}, column ${String(whole.column)}` : JSON.stringify(whole),
        hint: csv
          ? 'Drawn from the values of a CSV file: change it in the scenario file.'
          : 'Not a distribution this form can edit: change it in the scenario file.',
      },
    ];
  }
  return parameters.map((name) => {
    const value = whole[name];
    return {
      ...where,
      ...row,
      label: name,
      path: `${path}.${name}`,
      kind: 'duration',
      value: typeof value === 'number' || typeof value === 'string' ? value : '',
      whole: { path, value: whole, at: [name] },
    };
  });
}

/**
 * The fields of a pool's `work` (one distribution, or one per severity): as the scenario writes
 * it, one row for every severity or a row per severity; where it writes nothing, one row when
 * the default is the same for every severity, else a row per severity.
 */
export function workFields(place: DistributionPlace, written: unknown, parsed: ParsedWork): FormField[] {
  const perSeverity = () =>
    SEVERITIES.flatMap((severity) =>
      distributionFields(
        { ...place, row: `Sev ${severity}`, path: `${place.path}.${severity}` },
        isRecord(written) ? written[severity] : undefined,
        parsed[severity],
      ),
    );
  if (isRecord(written) && 'dist' in written)
    return distributionFields({ ...place, row: 'Every severity' }, written, parsed.A);
  if (isRecord(written)) return perSeverity();
  const same = JSON.stringify(parsed.A);
  if (JSON.stringify(parsed.B) === same && JSON.stringify(parsed.C) === same)
    return distributionFields({ ...place, row: 'Every severity' }, undefined, parsed.A);
  return perSeverity();
}
