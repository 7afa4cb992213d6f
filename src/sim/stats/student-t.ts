import { exp, log, sin } from '../math/index.js';

/** z with P(Z ≤ z) = 0.975 for a standard normal Z: the df → ∞ limit of {@link tQuantile975}. */
const Z975 = 1.959963984540054;

// t_{0.975, df} for df = 1..30 (index df − 1), to 6 decimals.
const TABLE = [
  12.706205, 4.302653, 3.182446, 2.776445, 2.570582, 2.446912, 2.364624, 2.306004, 2.262157, 2.228139,
  2.200985, 2.178813, 2.160369, 2.144787, 2.13145, 2.119905, 2.109816, 2.100922, 2.093024, 2.085963, 2.079614,
  2.073873, 2.068658, 2.063899, 2.059539, 2.055529, 2.051831, 2.048407, 2.04523, 2.042272,
];

/**
 * Two-sided 95% critical value of Student's t with `df` degrees of freedom (the 0.975 quantile),
 * e.g. 12.706 for df 1, 2.262 for df 9, → 1.960 as df → ∞.
 *
 * Whole df 1..30 come from a table; df above 30 use the Cornish–Fisher expansion of t in powers
 * of 1/df around the normal quantile (Abramowitz & Stegun 26.7.5), whose error is below 1e-6
 * there. A fractional df below 30 (e.g. Welch's) is solved from {@link studentTCdf} by bisection
 * between the neighbouring table entries.
 */
export function tQuantile975(df: number): number {
  if (!(df >= 1)) throw new RangeError(`tQuantile975: degrees of freedom must be >= 1, got ${df}`);
  if (df === Infinity) return Z975;
  if (df <= 30) {
    const below = Math.floor(df);
    if (below === df) return TABLE[df - 1];
    // The quantile falls as df grows, so the neighbours bracket it.
    let lo = TABLE[below];
    let hi = TABLE[below - 1];
    for (let k = 0; k < 60; k++) {
      const mid = 0.5 * (lo + hi);
      if (studentTCdf(mid, df) < 0.975) lo = mid;
      else hi = mid;
    }
    return 0.5 * (lo + hi);
  }
  const z = Z975;
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92160;
  const v = 1 / df;
  return z + v * (g1 + v * (g2 + v * (g3 + v * g4)));
}

/**
 * P(T ≤ t) for Student's t with `df` > 0 degrees of freedom, via the regularised incomplete beta
 * function: P(|T| > t) = I_{df/(df+t²)}(df/2, 1/2). Accurate to about 1e-12.
 */
export function studentTCdf(t: number, df: number): number {
  const tail = 0.5 * incompleteBeta(df / 2, 0.5, df / (df + t * t));
  return t > 0 ? 1 - tail : tail;
}

// Regularised incomplete beta I_x(a, b) (Numerical Recipes §6.4): the continued fraction
// converges fast only for x < (a+1)/(a+b+2), so the other side uses I_x(a,b) = 1 − I_{1−x}(b,a).
function incompleteBeta(a: number, b: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * log(x) + b * log(1 - x));
  if (x < (a + 1) / (a + b + 2)) return (front * betaFraction(a, b, x)) / a;
  return 1 - (front * betaFraction(b, a, 1 - x)) / b;
}

// Continued fraction of the incomplete beta by the modified Lentz method.
function betaFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-15) break;
  }
  return h;
}

// ln Γ(x) for x > 0 (Lanczos, g = 7, nine terms; relative error ~1e-15).
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
function lnGamma(x: number): number {
  if (x < 0.5) return log(Math.PI / sin(Math.PI * x)) - lnGamma(1 - x);
  const y = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < 9; i++) sum += LANCZOS[i] / (y + i);
  const t = y + 7.5;
  return 0.5 * log(2 * Math.PI) + (y + 0.5) * log(t) - t + log(sum);
}

/**
 * Two-sided Student t critical value: the t with P(|T| <= t) = `coverage` for `df` degrees of
 * freedom (bisection on the t CDF). `tCritical(0.95, df)` equals `tQuantile975(df)`.
 * Used for Bonferroni-corrected intervals when many checks share one error budget.
 */
export function tCritical(coverage: number, df: number): number {
  if (!(coverage > 0 && coverage < 1)) throw new RangeError(`invalid coverage: ${coverage}`);
  const upper = 1 - (1 - coverage) / 2;
  let lo = 0;
  let hi = 1;
  while (studentTCdf(hi, df) < upper) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (studentTCdf(mid, df) < upper) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
