import { Tally } from './tally.js';
import { tQuantile975 } from './student-t.js';

/** A 95% confidence interval mean ± halfWidth over n values (n excludes skipped NaNs). */
export interface ConfidenceInterval {
  mean: number;
  /** Half-width of the 95% Student t interval; NaN when n < 2. */
  halfWidth: number;
  n: number;
}

/** The 95% Student t interval of the observations in `tally`: t_{0.975, n−1} · s / √n. */
function tallyInterval(tally: Tally): ConfidenceInterval {
  const n = tally.count;
  const halfWidth = n >= 2 ? (tQuantile975(n - 1) * tally.standardDeviation) / Math.sqrt(n) : NaN;
  return { mean: tally.mean, halfWidth, n };
}

/**
 * 95% confidence interval of the mean of `values` (one per independent replication), by Student
 * t. NaN values are skipped (e.g. a replication in which no case reached a tier) and `n` counts
 * the rest; mean is NaN when n = 0 and halfWidth NaN when n < 2.
 */
export function confidenceInterval(values: readonly number[]): ConfidenceInterval {
  const tally = new Tally();
  for (const x of values) if (!Number.isNaN(x)) tally.add(x);
  return tallyInterval(tally);
}

/**
 * 95% confidence interval of the mean difference b − a between two scenarios run on the same
 * seeds (paired replications, common random numbers): the interval of b[i] − a[i]. Pairs where
 * either value is NaN are skipped. Throws a RangeError when the lengths differ.
 */
export function pairedDifference(a: readonly number[], b: readonly number[]): ConfidenceInterval {
  if (a.length !== b.length) {
    throw new RangeError(
      `pairedDifference: needs as many values in b as in a, got ${a.length} and ${b.length}`,
    );
  }
  const tally = new Tally();
  for (let i = 0; i < a.length; i++) {
    const d = b[i] - a[i];
    if (!Number.isNaN(d)) tally.add(d);
  }
  return tallyInterval(tally);
}
