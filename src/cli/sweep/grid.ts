import { UserError } from '../user-error.js';
import type { SetSpec } from './set-spec.js';

/** One value given to one path in a variant. */
export interface PathValue {
  readonly path: string;
  readonly value: number;
}

/** One point of a sweep's grid. */
export interface Variant {
  /** 0-based position in the grid. */
  readonly index: number;
  /** `v001`, `v002`, ...: zero-padded to the width of the variant count, at least 3 digits. */
  readonly id: string;
  /** One value per set-spec, in the order of the specs. */
  readonly values: readonly PathValue[];
  /** `XADM.teams=2 casesPerHour=25` (see {@link labelNames}). */
  readonly label: string;
}

/** Most variants a sweep may have; more is almost surely a mistake in a range. */
export const MAX_VARIANTS = 10_000;

/** Fewest digits of a variant id, so ids sort as text in small sweeps too. */
const MIN_ID_DIGITS = 3;

/**
 * Every combination of the specs' values (the cartesian product), the first spec varying
 * slowest: for `a` = 1,2 and `b` = 7,8 the order is a1 b7, a1 b8, a2 b7, a2 b8. No specs give one
 * variant with no values. More than {@link MAX_VARIANTS} variants is a UserError.
 */
export function sweepGrid(specs: readonly SetSpec[]): Variant[] {
  const count = specs.reduce((n, spec) => n * spec.values.length, 1);
  if (count > MAX_VARIANTS) {
    const sizes = specs.map((spec) => spec.values.length).join(' x ');
    throw new UserError(
      `the sweep has ${count} variants (${sizes}), more than ${MAX_VARIANTS}; sweep fewer values`,
    );
  }
  const names = labelNames(specs.map((spec) => spec.path));
  const width = Math.max(MIN_ID_DIGITS, String(count).length);
  return Array.from({ length: count }, (_, index) => {
    // Mixed-radix digits of the index, the last spec being the fastest digit.
    let rest = index;
    const picks = new Array<number>(specs.length);
    for (let s = specs.length - 1; s >= 0; s--) {
      const size = specs[s].values.length;
      picks[s] = rest % size;
      rest = Math.floor(rest / size);
    }
    const values = specs.map((spec, s) => ({ path: spec.path, value: spec.values[picks[s]] }));
    const label = values.map((v, s) => `${names[s]}=${v.value}`).join(' ');
    return { index, id: `v${String(index + 1).padStart(width, '0')}`, values, label };
  });
}

/**
 * The short name of each path in labels: its last two segments below the top-level section
 * (`pools.se.specialties.XADM.teams` is `XADM.teams`, `arrivals.casesPerHour` is `casesPerHour`,
 * `seed` is `seed`), or the full path when another path has the same short name
 * (`pools.se.specialties.XADM.teams` beside `pools.pods.XADM.teams`). Paths must be distinct.
 */
export function labelNames(paths: readonly string[]): string[] {
  const short = paths.map(shortName);
  return paths.map((path, i) => (short.filter((s) => s === short[i]).length > 1 ? path : short[i]));
}

function shortName(path: string): string {
  const segments = path.split('.');
  // The section (arrivals, pools, horizon) says little once the field is named.
  const below = segments.length > 1 ? segments.slice(1) : segments;
  return below.slice(-2).join('.');
}
