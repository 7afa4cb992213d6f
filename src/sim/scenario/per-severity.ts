import { z } from 'zod';
import type { PerSeverity } from './domain.js';
import { type Distribution, type DistributionInput, looksLikeDistribution } from './distribution-schema.js';
import { fields } from './fields.js';
import { expected, isPlainObject } from './messages.js';
import { Rejection, select } from './select.js';

/**
 * `{ "A": ..., "B": ..., "C": ... }`: a value per severity. A missing key takes its default,
 * given as the file would write it (e.g. `"8h"`).
 */
export function perSeverity<S extends z.ZodType>(value: S, defaults: PerSeverity<z.input<S>>) {
  return fields({
    A: value.prefault(defaults.A),
    B: value.prefault(defaults.B),
    C: value.prefault(defaults.C),
  }).prefault({});
}

/**
 * A per-severity map whose values may be null, or null for all of them. The parsed form is
 * always the map (`{ A: null, B: null, C: null }` for null), so readers need one case only.
 */
export function nullablePerSeverity<S extends z.ZodType>(value: S, defaults: PerSeverity<z.input<S> | null>) {
  const allNull: PerSeverity<null> = { A: null, B: null, C: null };
  const map = perSeverity(value.nullable(), defaults);
  return select<PerSeverity<z.output<S> | null>>(
    (raw) => (raw === null ? z.null().transform(() => ({ ...allNull })) : map),
    z.union([z.null(), map]),
  ).prefault({});
}

/**
 * A pool's `work`: one distribution for every severity, or a per-severity map of them
 * (missing severities take their defaults). Parsed, it is always the per-severity map.
 */
export function workField(
  distribution: z.ZodType<Distribution>,
  defaults: DistributionInput | PerSeverity<DistributionInput>,
) {
  const byOne = distribution.transform((d): PerSeverity<Distribution> => ({ A: d, B: d, C: d }));
  const fallback: PerSeverity<DistributionInput> =
    'dist' in defaults ? { A: defaults, B: defaults, C: defaults } : defaults;
  const map = perSeverity(distribution, fallback);
  return select<PerSeverity<Distribution>>(
    (raw) => {
      if (looksLikeDistribution(raw)) return byOne;
      if (isPlainObject(raw)) return map;
      return new Rejection(
        expected('a distribution, or one per severity: { "A": {...}, "B": {...}, "C": {...} }', raw),
      );
    },
    z.union([distribution, map]),
  ).prefault({});
}
