import { ROLES, type Role } from './domain.js';
import { LIMITS } from './limits.js';
import { tryParseDuration, DURATION_HINT } from './duration.js';
import type { CsvSource } from './csv-source.js';
import { CsvReader, parseDecimal, type Report } from './csv-reader.js';
import { expected } from './messages.js';
import { HOURS_PER_WEEK } from '../units.js';

/** Hours in a week: a weekly profile has one weight per hour, Monday 00:00 first. */
export { HOURS_PER_WEEK };

/** Arrival weights per hour of the week (Monday 00-01 first), as read from `file`. */
export interface WeeklyProfile {
  readonly file: string;
  /** 168 weights >= 0, not all 0; relative: only their ratios matter. */
  readonly weights: number[];
}

/**
 * Weekly profile CSV: column `weight` (>= 0), optionally `hourOfWeek` (0..167 in order),
 * exactly 168 rows.
 */
export function loadWeeklyProfile(
  source: CsvSource,
  path: string,
  report: Report,
): WeeklyProfile | undefined {
  const reader = CsvReader.open(source, path, report);
  if (reader === undefined) return undefined;
  const weightAt = reader.column('weight', true);
  const hourAt = reader.column('hourOfWeek', false);
  if (weightAt === undefined) return undefined;
  const { rows } = reader.table;
  if (rows.length !== HOURS_PER_WEEK) {
    reader.fail(`expected ${HOURS_PER_WEEK} rows (one per hour of the week), got ${rows.length}`);
    return undefined;
  }
  const weights = rows.map((row, hour) => {
    if (hourAt !== undefined) {
      const hourOfWeek = reader.number(row, hourAt, 0);
      if (hourOfWeek !== undefined && hourOfWeek !== hour) {
        reader.rowProblem(row, 'hourOfWeek', expected(`${hour} (hours 0..167 in order)`, row.cells[hourAt]));
      }
    }
    return reader.number(row, weightAt, 0) ?? 0;
  });
  if (!reader.finish()) return undefined;
  if (weights.every((weight) => weight === 0)) {
    reader.fail('every weight is 0: no case would ever arrive');
    return undefined;
  }
  // Arrivals scale each weight by the mean weight: both must be finite numbers > 0.
  const meanWeight = weights.reduce((sum, w) => sum + w, 0) / HOURS_PER_WEEK;
  if (!Number.isFinite(meanWeight) || !Number.isFinite(Math.max(...weights) / meanWeight)) {
    const why = Number.isFinite(meanWeight)
      ? 'so close to 0 that they cannot be scaled'
      : 'too large: their sum is not a finite number';
    reader.fail(`the weights are ${why}`);
    return undefined;
  }
  return { file: path, weights };
}

/** Costs CSV: columns `role` (one of ROLES, each at most once) and `costPerHour` (0..LIMITS.costPerHour). */
export function loadCosts(
  source: CsvSource,
  path: string,
  report: Report,
): Partial<Record<Role, number>> | undefined {
  const reader = CsvReader.open(source, path, report);
  if (reader === undefined) return undefined;
  const roleAt = reader.column('role', true);
  const costAt = reader.column('costPerHour', true);
  if (roleAt === undefined || costAt === undefined) return undefined;
  const costs: Partial<Record<Role, number>> = {};
  const rowOf = new Map<Role, number>();
  for (const row of reader.table.rows) {
    const role = reader.name(row, roleAt, ROLES, 'role', 'roles');
    const cost = reader.number(row, costAt, 0, LIMITS.costPerHour);
    if (role === undefined || cost === undefined) continue;
    const earlier = rowOf.get(role);
    if (earlier !== undefined) {
      reader.rowProblem(row, 'role', `"${role}" is already given in row ${earlier}`);
      continue;
    }
    rowOf.set(role, row.row);
    costs[role] = cost;
  }
  return reader.finish() ? costs : undefined;
}

/** Values of an empirical distribution: one column of durations >= 0 (minutes, or "90m"), at least one row. */
export function loadEmpirical(
  source: CsvSource,
  path: string,
  column: string,
  report: Report,
): number[] | undefined {
  const reader = CsvReader.open(source, path, report);
  if (reader === undefined) return undefined;
  const at = reader.column(column, true);
  if (at === undefined) return undefined;
  const values: number[] = [];
  for (const row of reader.table.rows) {
    const cell = row.cells[at];
    // A CSV cell is text: "25" or "1e-05" means minutes here, as a JSON number would.
    const minutes = tryParseDuration(parseDecimal(cell) ?? cell);
    if (minutes === undefined) reader.rowProblem(row, column, expected(DURATION_HINT, cell));
    else values.push(minutes);
  }
  if (!reader.finish()) return undefined;
  if (values.length === 0) {
    reader.fail(`expected at least one value in column "${column}", got none`);
    return undefined;
  }
  return values;
}
