import { digamma, lnGamma, normalCdf, regularizedGammaP, trigamma } from './special-functions.js';

/** The parametric families a scenario's distribution schema offers for durations. */
export const FITTED_FAMILIES = ['exponential', 'lognormal', 'gamma'] as const;
export type FittedFamily = (typeof FITTED_FAMILIES)[number];

/** One family fitted by maximum likelihood, with how well it fits. */
export interface FamilyFit {
  readonly family: FittedFamily;
  /** Mean and standard deviation of the fitted distribution, minutes (the scenario's parameters). */
  readonly mean: number;
  readonly sd: number;
  /** Kolmogorov–Smirnov distance to the whole sample (zeros included): the largest gap between the CDFs. */
  readonly ksDistance: number;
  /** Akaike information criterion on the positive values (2 parameters − 2 log-likelihood; lower is better). */
  readonly aic: number;
}

/** A duration distribution as a scenario writes it (minutes), or the values of an empirical one. */
export type FittedSpec =
  | { readonly dist: 'exponential'; readonly mean: number }
  | { readonly dist: 'lognormal' | 'gamma'; readonly mean: number; readonly sd: number }
  | { readonly dist: 'constant'; readonly value: number }
  | { readonly dist: 'empirical'; readonly values: readonly number[] };

/** What was fitted to a sample of durations, what was chosen and why. */
export interface DistributionFit {
  /** Values fitted, and how many of them were 0 (only an empirical distribution draws those). */
  readonly n: number;
  readonly zeros: number;
  /** Sample mean, standard deviation and median, minutes. */
  readonly mean: number;
  readonly sd: number;
  readonly median: number;
  readonly candidates: readonly FamilyFit[];
  /** Kolmogorov–Smirnov critical distance at the 1% level, 1.63 / √n. */
  readonly ksCritical: number;
  readonly chosen: FittedSpec['dist'];
  /** Why, in words. */
  readonly reason: string;
  readonly spec: FittedSpec;
}

/** Below this many values, the best family is used even when the test rejects it (an empirical of a handful of values is cruder). */
export const MIN_VALUES_FOR_EMPIRICAL = 30;
/** An empirical distribution keeps at most this many values: the sample's quantiles at (i + 0.5) / m. */
export const MAX_EMPIRICAL_VALUES = 1000;
/** The scenario format's bounds on sd / mean of a lognormal or gamma (src/sim/scenario/limits.ts). */
const MAX_CV = 100;
const MIN_CV = 1e-6;

/**
 * Fits exponential, lognormal and gamma distributions to durations (minutes, >= 0) by maximum
 * likelihood on the positive values, and chooses the one with the smallest Kolmogorov–Smirnov
 * distance to the whole sample, if that distance is below the 1% critical value 1.63 / √n (or
 * there are fewer than {@link MIN_VALUES_FOR_EMPIRICAL} values); otherwise the sample itself
 * (empirical, at most {@link MAX_EMPIRICAL_VALUES} quantiles). AIC is reported beside each
 * family. A sample of one repeated value is a constant. Null for an empty sample.
 */
export function fitDuration(values: readonly number[]): DistributionFit | null {
  const n = values.length;
  if (n === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const positive = sorted.filter((x) => x > 0);
  const mean = sorted.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(sorted.reduce((a, x) => a + (x - mean) * (x - mean), 0) / Math.max(1, n - 1));
  const base = {
    n,
    zeros: n - positive.length,
    mean,
    sd,
    median: quantileOfSorted(sorted, 0.5),
    ksCritical: 1.63 / Math.sqrt(n),
  };
  if (sorted[0] === sorted[n - 1]) {
    const spec = { dist: 'constant', value: round(sorted[0]) } as const;
    return { ...base, candidates: [], chosen: 'constant', reason: 'every value is the same', spec };
  }
  const candidates = fitFamilies(positive).map((f) => ({ ...f, ksDistance: ksDistance(sorted, f.cdf) }));
  const summary: FamilyFit[] = candidates.map(({ family, mean: m, sd: s, ksDistance: d, aic }) => ({
    family,
    mean: m,
    sd: s,
    ksDistance: d,
    aic,
  }));
  const best = [...summary].sort((a, b) => a.ksDistance - b.ksDistance)[0];
  if (best !== undefined && (best.ksDistance <= base.ksCritical || n < MIN_VALUES_FOR_EMPIRICAL)) {
    const reason =
      best.ksDistance <= base.ksCritical
        ? `smallest KS distance ${fmt(best.ksDistance)}, below the 1% critical value ${fmt(base.ksCritical)}`
        : `smallest KS distance ${fmt(best.ksDistance)} (above the 1% critical value ${fmt(base.ksCritical)}, but only ${n} values: too few for an empirical distribution)`;
    return { ...base, candidates: summary, chosen: best.family, reason, spec: specOf(best) };
  }
  const reason =
    best === undefined
      ? 'no family can be fitted'
      : `no family fits: smallest KS distance ${fmt(best.ksDistance)} (${best.family}) is above the 1% critical value ${fmt(base.ksCritical)}`;
  return {
    ...base,
    candidates: summary,
    chosen: 'empirical',
    reason,
    spec: { dist: 'empirical', values: empiricalValues(sorted) },
  };
}

/** The p-quantile of sorted values (the value at rank floor(p · (n − 1))). */
export function quantileOfSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(p * (sorted.length - 1))))];
}

interface CandidateFit extends Omit<FamilyFit, 'ksDistance'> {
  readonly cdf: (x: number) => number;
}

/** Maximum-likelihood fits of each family to positive values (families that cannot fit are left out). */
function fitFamilies(positive: readonly number[]): CandidateFit[] {
  const n = positive.length;
  if (n < 2) return [];
  let sum = 0;
  let sumLog = 0;
  for (const x of positive) {
    sum += x;
    sumLog += Math.log(x);
  }
  const mean = sum / n;
  const meanLog = sumLog / n;
  const fits: CandidateFit[] = [];

  // Exponential: rate 1 / mean.
  fits.push({
    family: 'exponential',
    mean,
    sd: mean,
    aic: 2 - 2 * (-n * Math.log(mean) - n),
    cdf: (x) => (x <= 0 ? 0 : 1 - Math.exp(-x / mean)),
  });

  // Lognormal: mu and sigma of the logs.
  let varLog = 0;
  for (const x of positive) varLog += (Math.log(x) - meanLog) * (Math.log(x) - meanLog);
  varLog /= n;
  const sigma = Math.sqrt(varLog);
  if (sigma > 0) {
    const m = Math.exp(meanLog + varLog / 2);
    const s = m * Math.sqrt(Math.expm1(varLog));
    const logLik = -sumLog - n * Math.log(sigma) - (n / 2) * Math.log(2 * Math.PI) - n / 2;
    if (s / m <= MAX_CV && s / m >= MIN_CV)
      fits.push({
        family: 'lognormal',
        mean: m,
        sd: s,
        aic: 4 - 2 * logLik,
        cdf: (x) => (x <= 0 ? 0 : normalCdf((Math.log(x) - meanLog) / sigma)),
      });
  }

  // Gamma: the shape solves ln k − ψ(k) = ln(mean) − mean(ln x) (Newton from Minka's start).
  const gap = Math.log(mean) - meanLog;
  if (gap > 0) {
    let k = (3 - gap + Math.sqrt((gap - 3) * (gap - 3) + 24 * gap)) / (12 * gap);
    for (let i = 0; i < 100; i++) {
      const step = (Math.log(k) - digamma(k) - gap) / (1 / k - trigamma(k));
      const next = Math.max(k / 10, k - step);
      if (Math.abs(next - k) < 1e-12 * k) break;
      k = next;
    }
    const scale = mean / k;
    const cv = 1 / Math.sqrt(k);
    const logLik = (k - 1) * sumLog - sum / scale - n * k * Math.log(scale) - n * lnGamma(k);
    if (Number.isFinite(logLik) && cv <= MAX_CV && cv >= MIN_CV)
      fits.push({
        family: 'gamma',
        mean,
        sd: mean * cv,
        aic: 4 - 2 * logLik,
        cdf: (x) => regularizedGammaP(k, x / scale),
      });
  }
  return fits;
}

/** Kolmogorov–Smirnov distance between sorted values and a CDF, ties handled as one step. */
export function ksDistance(sorted: readonly number[], cdf: (x: number) => number): number {
  const n = sorted.length;
  let d = 0;
  for (let i = 0; i < n;) {
    let j = i;
    while (j < n && sorted[j] === sorted[i]) j++;
    const f = cdf(sorted[i]);
    d = Math.max(d, Math.abs(f - i / n), Math.abs(f - j / n));
    i = j;
  }
  return d;
}

/** At most MAX_EMPIRICAL_VALUES values standing for the sample: its quantiles at (i + 0.5) / m. */
function empiricalValues(sorted: readonly number[]): number[] {
  const m = Math.min(sorted.length, MAX_EMPIRICAL_VALUES);
  if (m === sorted.length) return sorted.map(round);
  return Array.from({ length: m }, (_, i) => round(sorted[Math.floor(((i + 0.5) * sorted.length) / m)]));
}

function specOf(fit: FamilyFit): FittedSpec {
  if (fit.family === 'exponential') return { dist: 'exponential', mean: round(fit.mean) };
  return { dist: fit.family, mean: round(fit.mean), sd: round(fit.sd) };
}

/** Minutes to 6 significant digits: what a scenario file needs, without float noise. */
export function round(x: number): number {
  return x === 0 ? 0 : Number(x.toPrecision(6));
}

function fmt(x: number): string {
  return x.toFixed(4);
}
