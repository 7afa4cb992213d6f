/**
 * Streaming count, mean, variance, min, max and sum of a series of observations (Welford's
 * algorithm), in constant memory. Units are whatever the caller adds (minutes for waits).
 *
 * An empty tally reports `mean`, `min` and `max` as NaN and `sum` as 0; `variance` is NaN
 * until there are two observations. NaN inputs are not filtered (the hot path stays branch-free):
 * one NaN makes mean and variance NaN, so skip them at the call site if they can occur.
 */
export class Tally {
  private n = 0;
  private m = 0;
  // Sum of squared deviations from the running mean (Welford's M2).
  private m2 = 0;
  private total = 0;
  private lo = Infinity;
  private hi = -Infinity;

  /** Adds one observation. */
  add(x: number): void {
    const n = ++this.n;
    const delta = x - this.m;
    this.m += delta / n;
    this.m2 += delta * (x - this.m);
    this.total += x;
    if (x < this.lo) this.lo = x;
    if (x > this.hi) this.hi = x;
  }

  /** Number of observations. */
  get count(): number {
    return this.n;
  }

  /** Arithmetic mean; NaN when empty. */
  get mean(): number {
    return this.n > 0 ? this.m : NaN;
  }

  /** Sample variance (divisor n − 1); NaN with fewer than two observations. */
  get variance(): number {
    return this.n > 1 ? this.m2 / (this.n - 1) : NaN;
  }

  /** Sample standard deviation, sqrt(variance). */
  get standardDeviation(): number {
    return Math.sqrt(this.variance);
  }

  /** Smallest observation; NaN when empty. */
  get min(): number {
    return this.n > 0 ? this.lo : NaN;
  }

  /** Largest observation; NaN when empty. */
  get max(): number {
    return this.n > 0 ? this.hi : NaN;
  }

  /** Sum of the observations; 0 when empty. */
  get sum(): number {
    return this.total;
  }

  /**
   * Folds `other` into this tally (Chan, Golub and LeVeque's pairwise update), so that the result
   * equals one tally of both series up to rounding. `other` is left unchanged.
   */
  merge(other: Tally): this {
    if (other.n === 0) return this;
    if (this.n === 0) {
      this.n = other.n;
      this.m = other.m;
      this.m2 = other.m2;
      this.total = other.total;
      this.lo = other.lo;
      this.hi = other.hi;
      return this;
    }
    const n = this.n + other.n;
    const delta = other.m - this.m;
    this.m += (delta * other.n) / n;
    this.m2 += other.m2 + (delta * delta * this.n * other.n) / n;
    this.n = n;
    this.total += other.total;
    if (other.lo < this.lo) this.lo = other.lo;
    if (other.hi > this.hi) this.hi = other.hi;
    return this;
  }

  /** Forgets every observation (e.g. at the end of the warm-up). */
  reset(): void {
    this.n = 0;
    this.m = 0;
    this.m2 = 0;
    this.total = 0;
    this.lo = Infinity;
    this.hi = -Infinity;
  }
}
