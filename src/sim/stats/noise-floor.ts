/**
 * Relative noise floor of a difference between two means: 1e-9 of the larger magnitude.
 *
 * Why: every KPI is a sum of many floating-point terms, each rounded to about 1e-16 of its
 * size; two runs that compute the same thing in another order, or from inputs written
 * differently (a weekly profile in other units, an overlay restating a value), differ by up to
 * about 1e-13 relative after millions of events. Differences that small are not effects of the
 * scenario, and their paired intervals are noise too: consistent rounding makes them narrow, so
 * they used to be marked significant. Real effects of a change are many orders of magnitude
 * larger, and the outputs write 10 significant digits, so a difference below 1e-9 relative
 * cannot even be seen in them.
 */
export const NOISE_RELATIVE = 1e-9;

/**
 * Absolute noise floor, for means at or near 0 (where a relative floor is 0): 1e-12 in the KPI's
 * unit (minutes, share, cases, people, currency), far below anything a KPI resolves.
 */
export const NOISE_ABSOLUTE = 1e-12;

/**
 * True when `difference` between two means `a` and `b` is within floating-point noise:
 * |difference| <= max(NOISE_RELATIVE x max(|a|, |b|), NOISE_ABSOLUTE). Such a difference is
 * never significant. NaN anywhere gives false (there is nothing to call noise).
 */
export function withinNoise(difference: number, a: number, b: number): boolean {
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return Math.abs(difference) <= Math.max(NOISE_RELATIVE * scale, NOISE_ABSOLUTE);
}
