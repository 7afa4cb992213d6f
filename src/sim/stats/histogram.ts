/** One point of a histogram's cumulative distribution: the share of values below `upTo`. */
export interface CdfPoint {
  upTo: number;
  share: number;
}

/**
 * Counts of non-negative values in `binCount` bins of width `binWidth` (bin i holds
 * [i·binWidth, (i+1)·binWidth)), plus an overflow bin for values ≥ binCount·binWidth. Units are
 * the caller's (minutes for waits). Memory is fixed at construction; mergeable.
 */
export class FixedHistogram {
  readonly binWidth: number;
  readonly binCount: number;
  private readonly counts: Float64Array;
  private over = 0;
  private n = 0;

  constructor(binWidth: number, binCount: number) {
    if (!(binWidth > 0 && binWidth < Infinity))
      throw new RangeError(`FixedHistogram: binWidth must be > 0, got ${binWidth}`);
    if (!(Number.isInteger(binCount) && binCount >= 1)) {
      throw new RangeError(`FixedHistogram: binCount must be a whole number >= 1, got ${binCount}`);
    }
    this.binWidth = binWidth;
    this.binCount = binCount;
    this.counts = new Float64Array(binCount);
  }

  /** Counts one value (≥ 0; NaN and negatives throw a RangeError). */
  add(x: number): void {
    if (!(x >= 0)) throw new RangeError(`FixedHistogram: values must be >= 0, got ${x}`);
    this.n++;
    const bin = Math.floor(x / this.binWidth);
    if (bin < this.binCount) this.counts[bin]++;
    else this.over++;
  }

  /** Number of values counted, overflow included. */
  get count(): number {
    return this.n;
  }

  /** Values at or above binCount·binWidth. */
  get overflow(): number {
    return this.over;
  }

  /** Count in bin `i` (0-based), [i·binWidth, (i+1)·binWidth). */
  countAt(i: number): number {
    if (!(Number.isInteger(i) && i >= 0 && i < this.binCount))
      throw new RangeError(`FixedHistogram: no bin ${i}`);
    return this.counts[i];
  }

  /** Share of the values below `upTo`, for `upTo` on a bin edge (k·binWidth); NaN when empty. */
  shareBelow(upTo: number): number {
    const edges = Math.min(Math.round(upTo / this.binWidth), this.binCount);
    let below = 0;
    for (let i = 0; i < edges; i++) below += this.counts[i];
    return this.n > 0 ? below / this.n : NaN;
  }

  /** The cumulative distribution at every bin's upper edge (binCount points). */
  cdf(): CdfPoint[] {
    const points: CdfPoint[] = [];
    let below = 0;
    for (let i = 0; i < this.binCount; i++) {
      below += this.counts[i];
      points.push({ upTo: (i + 1) * this.binWidth, share: this.n > 0 ? below / this.n : NaN });
    }
    return points;
  }

  /** Adds the counts of `other` (same binWidth and binCount) to this one. */
  merge(other: FixedHistogram): this {
    if (other.binWidth !== this.binWidth || other.binCount !== this.binCount) {
      throw new RangeError('FixedHistogram: cannot merge histograms with different bins');
    }
    for (let i = 0; i < this.binCount; i++) this.counts[i] += other.counts[i];
    this.over += other.over;
    this.n += other.n;
    return this;
  }

  /** Clears every count. */
  reset(): void {
    this.counts.fill(0);
    this.over = 0;
    this.n = 0;
  }
}
