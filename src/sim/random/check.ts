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
