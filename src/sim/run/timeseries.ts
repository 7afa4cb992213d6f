/** Hourly measures per pool, sampled on the hour. */
export const SERIES_METRICS = ['queue', 'backlog', 'onDuty', 'busy'] as const;
export type SeriesMetric = (typeof SERIES_METRICS)[number];

/** How the values of a series are kept: 16-bit counts, or 64-bit floats. */
export type SeriesValues = Uint16Array | Float64Array;

/** Largest value kept as a 16-bit count. */
const MAX_COUNT = 0xffff;

/**
 * Hourly samples of queue length, backlog (cases at the pool in any state), staff on duty and
 * busy staff for each pool: `values[(hour * pools.length + pool) * metrics + metric]`.
 * Sized by the horizon, not by the number of cases.
 *
 * A replication's samples are counts of cases and people, so they are kept as 16-bit whole
 * numbers: 2 bytes a value, 2.3 kB per simulated day for the baseline's 12 pools (a quarter of
 * 64-bit floats; a long run holds one replication's series at a time, and sends it between
 * threads). The first value that is not a whole number from 0 to 65,535 (a mean over
 * replications, a larger count) widens `values` to 64-bit floats, which changes no value.
 */
export class HourlySeries {
  /**
   * The values; replaced by a wider array when a value needs it. An own field, not a getter:
   * a series sent to another thread arrives as a plain object, and is read there by its fields.
   */
  values: SeriesValues;

  constructor(
    readonly pools: readonly string[],
    readonly hours: number,
  ) {
    this.values = new Uint16Array(hours * pools.length * SERIES_METRICS.length);
  }

  set(hour: number, pool: number, metric: number, value: number): void {
    const i = (hour * this.pools.length + pool) * SERIES_METRICS.length + metric;
    if (
      this.values instanceof Uint16Array &&
      !(value >= 0 && value <= MAX_COUNT && Number.isInteger(value) && !Object.is(value, -0))
    ) {
      this.values = Float64Array.from(this.values);
    }
    this.values[i] = value;
  }

  get(hour: number, pool: number, metric: number): number {
    return this.values[(hour * this.pools.length + pool) * SERIES_METRICS.length + metric];
  }

  /** Adds another replication's series (same shape) for averaging. */
  addScaled(other: Pick<HourlySeries, 'values'>, factor: number): void {
    if (this.values instanceof Uint16Array) this.values = Float64Array.from(this.values);
    addScaledValues(this.values, other.values, factor);
  }
}

/**
 * `target[i] += source[i] * factor` for every i of `target`: one replication's share of a mean
 * over replications. Adding the replications in order, each scaled by 1 / n, is how every mean
 * series is computed (in memory, or from series on disk a few hours at a time), so that the
 * same replications give the same bits.
 */
export function addScaledValues(target: Float64Array, source: ArrayLike<number>, factor: number): void {
  for (let i = 0; i < target.length; i++) target[i] += source[i] * factor;
}
