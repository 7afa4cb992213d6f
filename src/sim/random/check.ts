// Parameter checks shared by the distribution constructors (run once per distribution, never per sample).

/** Throws unless `value` is a finite number; returns it. */
export function finite(family: string, parameter: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`${family}: ${parameter} must be a finite number, got ${String(value)}`);
  }
  return value;
}

/** Throws unless `value` is a finite number > 0; returns it. */
export function positive(family: string, parameter: string, value: number): number {
  if (finite(family, parameter, value) <= 0) {
    throw new RangeError(`${family}: ${parameter} must be > 0, got ${value}`);
  }
  return value;
}

/** Throws unless `value` is a finite number >= 0; returns it. */
export function nonNegative(family: string, parameter: string, value: number): number {
  if (finite(family, parameter, value) < 0) {
    throw new RangeError(`${family}: ${parameter} must be >= 0, got ${value}`);
  }
  return value;
}

/**
 * Largest value of −ln(1 − u) for a uniform u in [0, 1): a double just below 1 is 1 − 2⁻⁵³, so
 * an exponential draw is at most this many means, whatever the stream's resolution.
 */
export const MAX_EXPONENTIAL_DRAW = 53 * Math.LN2;

/** Largest |z| of a Box–Muller normal draw (see normal.ts): sqrt(2 × MAX_EXPONENTIAL_DRAW). */
export const MAX_NORMAL_DRAW = Math.sqrt(2 * MAX_EXPONENTIAL_DRAW);

/**
 * Throws unless a number derived from the parameters (a shape, a log-mean, the largest possible
 * draw) is finite, and > 0 when `positive`: parameters that are each finite can still overflow or
 * underflow together (lognormal sd 1e200 gives sd² = Infinity, gamma sd 1e-200 a shape of
 * Infinity), and draws from them would be NaN or Infinity.
 */
export function derived(family: string, what: string, value: number, positive = false): number {
  if (!Number.isFinite(value) || (positive && !(value > 0))) {
    throw new RangeError(
      `${family}: its parameters give ${what} = ${String(value)}, so draws would not be finite numbers`,
    );
  }
  return value;
}
