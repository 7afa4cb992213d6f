/** Numbers as the terminal tables show them; 'n/a' for a missing or non-finite value. */

/** A share as a percentage: 0.947 -> "94.7%". */
export function pct(x: number | undefined, digits = 1): string {
  return x !== undefined && Number.isFinite(x) ? `${(x * 100).toFixed(digits)}%` : 'n/a';
}

/** A number with a fixed number of decimals. */
export function num(x: number | undefined, digits = 1): string {
  return x !== undefined && Number.isFinite(x) ? x.toFixed(digits) : 'n/a';
}

/** A currency amount, whole. */
export function money(x: number | undefined): string {
  return x !== undefined && Number.isFinite(x) ? Math.round(x).toString() : 'n/a';
}
