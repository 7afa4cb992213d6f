/** Hourly measures per pool, sampled on the hour. */
export const SERIES_METRICS = ['queue', 'backlog', 'onDuty', 'busy'] as const;
export type SeriesMetric = (typeof SERIES_METRICS)[number];

/**
 * Hourly samples of queue length, backlog (cases at the pool in any state), staff on duty and
 * busy staff for each pool: `values[(hour * pools.length + pool) * metrics + metric]`.
 * Sized by the horizon, not by the number of cases.
 */
export class HourlySeries {
  readonly values: Float64Array;

  constructor(
    readonly pools: readonly string[],
    readonly hours: number,
  ) {
    this.values = new Float64Array(hours * pools.length * SERIES_METRICS.length);
  }

  set(hour: number, pool: number, metric: number, value: number): void {
    this.values[(hour * this.pools.length + pool) * SERIES_METRICS.length + metric] = value;
  }

  get(hour: number, pool: number, metric: number): number {
    return this.values[(hour * this.pools.length + pool) * SERIES_METRICS.length + metric];
  }

  /** Adds another replication's series (same shape) for averaging. */
  addScaled(other: HourlySeries, factor: number): void {
    const v = this.values;
    const o = other.values;
    for (let i = 0; i < v.length; i++) v[i] += o[i] * factor;
  }
}
