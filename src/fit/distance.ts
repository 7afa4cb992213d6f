/**
 * Distances between what a history shows and what a simulation of it shows, as process-mining
 * work compares a simulation model with the log it was discovered from: the earth mover's
 * (Wasserstein-1) distance between the two cycle-time distributions, as Simod does (Camargo,
 * Dumas and González-Rojas, "Automated discovery of business process simulation models from
 * event logs", Decision Support Systems 134, 2020; its evaluator calls scipy's
 * `wasserstein_distance` on the cycle times), and between the two arrival-time distributions
 * over the hours of the week.
 */

/**
 * The Wasserstein-1 (earth mover's) distance between the empirical distributions of samples `a`
 * and `b` (any order, any sizes, finite values): ∫ |F_a(x) − F_b(x)| dx, in the samples' unit
 * (minutes for cycle times): how far, on average, each unit of probability must move to turn one
 * distribution into the other. Equal to the mean of |a_i − b_i| for two sorted samples of the
 * same size; 0 for identical samples. NaN when either sample is empty. O((n + m) log(n + m)).
 */
export function wasserstein1(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return NaN;
  const x = Float64Array.from(a).sort();
  const y = Float64Array.from(b).sort();
  let i = 0;
  let j = 0;
  let at = Math.min(x[0], y[0]);
  let area = 0;
  // Walk the merged values; between two consecutive ones both CDFs are flat.
  while (i < x.length || j < y.length) {
    const next = j >= y.length || (i < x.length && x[i] <= y[j]) ? x[i] : y[j];
    area += Math.abs(i / x.length - j / y.length) * (next - at);
    at = next;
    while (i < x.length && x[i] === next) i++;
    while (j < y.length && y[j] === next) j++;
  }
  return area;
}

/**
 * The earth mover's distance between two histograms over the same ordered bins (counts or
 * weights ≥ 0, same length), each scaled to a total of 1, on a line: Σ_k |D_k| with D_k the
 * running difference of the two up to bin k. In bins: moving all the weight one bin costs 1.
 * 0 when both are empty; NaN when only one is (nothing to compare).
 */
export function histogramEmd(a: readonly number[], b: readonly number[]): number {
  const d = runningDifference(a, b);
  if (d === null) return bothEmpty(a, b) ? 0 : NaN;
  let total = 0;
  for (const v of d) total += Math.abs(v);
  return total;
}

/**
 * The earth mover's distance between two histograms over bins that wrap around (the 168 hours
 * of the week, hour 0 = Monday 00:00-01:00 beside hour 167 = Sunday 23:00-24:00), each scaled to
 * a total of 1: min over c of Σ_k |D_k − c|, reached at c = the median of the running differences
 * D_k (Werman, Peleg and Rosenfeld, "A distance metric for multidimensional histograms", 1985;
 * Rabin, Delon and Gousseau, "Circular earth mover's distance for the comparison of local
 * features", 2008). In bins (hours): a profile shifted by one hour is 1 away, wherever the
 * shift falls; on a line, weight moved across Sunday midnight would have to travel the whole
 * week. This is what tiersim uses for hour-of-week arrival distributions. 0 when both are empty;
 * NaN when only one is.
 */
export function circularEmd(a: readonly number[], b: readonly number[]): number {
  const d = runningDifference(a, b);
  if (d === null) return bothEmpty(a, b) ? 0 : NaN;
  const sorted = Float64Array.from(d).sort();
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  let total = 0;
  for (const v of d) total += Math.abs(v - median);
  return total;
}

/** D_k = Σ_{i ≤ k} (a_i / Σa − b_i / Σb); null when either total is 0. Throws for unequal lengths. */
function runningDifference(a: readonly number[], b: readonly number[]): Float64Array | null {
  if (a.length !== b.length)
    throw new RangeError(`histograms of ${a.length} and ${b.length} bins cannot be compared`);
  const totalA = sum(a);
  const totalB = sum(b);
  if (!(totalA > 0 && totalB > 0)) return null;
  const d = new Float64Array(a.length);
  let running = 0;
  for (let k = 0; k < a.length; k++) {
    running += a[k] / totalA - b[k] / totalB;
    d[k] = running;
  }
  return d;
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) {
    if (!(v >= 0 && v < Infinity))
      throw new RangeError(`histogram weights must be finite and >= 0, got ${v}`);
    total += v;
  }
  return total;
}

function bothEmpty(a: readonly number[], b: readonly number[]): boolean {
  return sum(a) === 0 && sum(b) === 0;
}
