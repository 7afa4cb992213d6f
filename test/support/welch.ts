import { tQuantile975 } from '../../src/sim/index.js';

/** The 95% interval of a difference of means of two independent samples (Welch). */
export interface IndependentDifference {
  /** mean(b) − mean(a). */
  readonly mean: number;
  /** Half-width of the 95% Welch t interval; NaN when either sample has fewer than 2 values. */
  readonly halfWidth: number;
  /** Welch–Satterthwaite degrees of freedom (fractional; NaN when the half-width is). */
  readonly df: number;
  /** Values used from a and from b (NaN values are skipped). */
  readonly nA: number;
  readonly nB: number;
}

function moments(values: readonly number[]): { n: number; mean: number; variance: number } {
  const xs = values.filter((x) => !Number.isNaN(x));
  const n = xs.length;
  const mean = n > 0 ? xs.reduce((s, x) => s + x, 0) / n : NaN;
  const variance = n > 1 ? xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1) : NaN;
  return { n, mean, variance };
}

/**
 * 95% confidence interval of mean(b) − mean(a) when a and b are independent samples (e.g. the
 * replications of two scenarios run on different seeds): Welch's unpooled t interval,
 * t_{0.975, ν} · √(s²a/na + s²b/nb) with ν the Welch–Satterthwaite degrees of freedom
 * ν = (s²a/na + s²b/nb)² / ((s²a/na)²/(na−1) + (s²b/nb)²/(nb−1)). NaN values are skipped.
 * It is what a comparison without common random numbers would report: the tests' yardstick for
 * how much pairing (`compareReplications`) narrows the interval.
 */
export function independentDifference(a: readonly number[], b: readonly number[]): IndependentDifference {
  const x = moments(a);
  const y = moments(b);
  const mean = y.mean - x.mean;
  if (x.n < 2 || y.n < 2) return { mean, halfWidth: NaN, df: NaN, nA: x.n, nB: y.n };
  const va = x.variance / x.n;
  const vb = y.variance / y.n;
  const se2 = va + vb;
  // Both samples constant: the difference is known exactly, and ν would be 0/0.
  if (se2 === 0) return { mean, halfWidth: 0, df: x.n + y.n - 2, nA: x.n, nB: y.n };
  // ν lies between min(na, nb) − 1 and na + nb − 2; the floor only guards against rounding.
  const df = Math.max((se2 * se2) / ((va * va) / (x.n - 1) + (vb * vb) / (y.n - 1)), Math.min(x.n, y.n) - 1);
  return { mean, halfWidth: tQuantile975(df) * Math.sqrt(se2), df, nA: x.n, nB: y.n };
}
