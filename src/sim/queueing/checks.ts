// Argument checks shared by the queueing formulas. Every public function checks its inputs once,
// here, and throws `RangeError('invalid <name>: <value>')` so a bad staffing sweep fails loudly
// instead of returning NaN.

function fail(name: string, value: number, expected: string): never {
  throw new RangeError(`invalid ${name}: ${value} (expected ${expected})`);
}

/** A whole number >= `min`. */
export function requireWhole(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) fail(name, value, `a whole number >= ${min}`);
}

/** A finite number >= 0. */
export function requireNonNegative(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) fail(name, value, 'a finite number >= 0');
}

/** A finite number > 0. */
export function requirePositive(name: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0) fail(name, value, 'a finite number > 0');
}

/** A number in the interval from `low` to `high`; `open` says which ends are excluded. */
export function requireBetween(
  name: string,
  value: number,
  low: number,
  high: number,
  open: { low: boolean; high: boolean },
): void {
  const aboveLow = open.low ? value > low : value >= low;
  const belowHigh = open.high ? value < high : value <= high;
  if (!(aboveLow && belowHigh)) {
    fail(name, value, `a number in ${open.low ? '(' : '['}${low}, ${high}${open.high ? ')' : ']'}`);
  }
}
