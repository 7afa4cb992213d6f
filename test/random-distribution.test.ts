import { describe, expect, it } from 'vitest';
import {
  createStream,
  distributionMean,
  GammaDistribution,
  LognormalDistribution,
  makeDistribution,
  standardNormal,
  type Distribution,
  type DistributionSpec,
  type Rng,
} from '../src/sim/random/index.js';

const N = 200_000;

/** N draws from a fixed stream, so every check below is reproducible. */
function draws(sample: (rng: Rng) => number, name: string, n = N): Float64Array {
  const rng = createStream(2024, 0, name);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = sample(rng);
  return out;
}

/** Sample mean and sample variance (divisor n − 1), two passes for accuracy. */
function moments(xs: Float64Array): { mean: number; variance: number } {
  let sum = 0;
  for (const x of xs) sum += x;
  const mean = sum / xs.length;
  let squares = 0;
  for (const x of xs) squares += (x - mean) * (x - mean);
  return { mean, variance: squares / (xs.length - 1) };
}

/** Share of draws at or below x. */
function shareBelow(xs: Float64Array, x: number): number {
  let count = 0;
  for (const v of xs) if (v <= x) count++;
  return count / xs.length;
}

/** Four binomial standard errors around a probability p estimated from n draws. */
function fourSE(p: number, n = N): number {
  return 4 * Math.sqrt((p * (1 - p)) / n);
}

/** Kolmogorov–Smirnov statistic of the draws against a continuous CDF. */
function ksStatistic(xs: Float64Array, cdf: (x: number) => number): number {
  const sorted = Float64Array.from(xs).sort();
  const n = sorted.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(sorted[i]);
    d = Math.max(d, (i + 1) / n - f, f - i / n);
  }
  return d;
}

/** 1% critical value of the one-sample KS statistic for large n (published asymptotic table). */
const KS_CRITICAL_1PCT = 1.63 / Math.sqrt(N);

// Kurtosis mu4 / sigma^4 of each family, from the standard tables (e.g. Johnson, Kotz & Balakrishnan).
// It sets the tolerance on the sample variance: for large n, Var(s²) ≈ (mu4 − sigma^4)/n.
interface Case {
  label: string;
  spec: DistributionSpec;
  kurtosis: number;
}

const lognormalW = Math.exp(Math.log1p((15 * 15) / (30 * 30))); // e^(sigma²) for mean 30, sd 15
const empiricalValues = [1, 2, 2, 3, 10];
const empiricalKurtosis = (() => {
  const mean = 3.6;
  const variance = 10.64;
  const mu4 = empiricalValues.reduce((s, v) => s + (v - mean) ** 4, 0) / empiricalValues.length;
  return mu4 / (variance * variance);
})();

const cases: Case[] = [
  { label: 'exponential(mean 25)', spec: { dist: 'exponential', mean: 25 }, kurtosis: 9 },
  {
    label: 'lognormal(mean 30, sd 15)',
    spec: { dist: 'lognormal', mean: 30, sd: 15 },
    kurtosis: lognormalW ** 4 + 2 * lognormalW ** 3 + 3 * lognormalW ** 2 - 3,
  },
  { label: 'gamma(mean 20, sd 10), shape 4', spec: { dist: 'gamma', mean: 20, sd: 10 }, kurtosis: 3 + 6 / 4 },
  { label: 'gamma(mean 10, sd 10), shape 1', spec: { dist: 'gamma', mean: 10, sd: 10 }, kurtosis: 3 + 6 / 1 },
  {
    label: 'gamma(mean 20, sd 40), shape 1/4 (boosted)',
    spec: { dist: 'gamma', mean: 20, sd: 40 },
    kurtosis: 3 + 6 / 0.25,
  },
  { label: 'triangular(2, 5, 14)', spec: { dist: 'triangular', min: 2, mode: 5, max: 14 }, kurtosis: 2.4 },
  { label: 'uniform(3, 15)', spec: { dist: 'uniform', min: 3, max: 15 }, kurtosis: 1.8 },
  {
    label: 'empirical(1, 2, 2, 3, 10)',
    spec: { dist: 'empirical', values: empiricalValues },
    kurtosis: empiricalKurtosis,
  },
];

describe('distribution samplers agree with their analytic moments', () => {
  for (const { label, spec, kurtosis } of cases) {
    it(`${label}: sample mean within 4 SE and sample variance within 4 SE of the analytic values`, () => {
      const dist = makeDistribution(spec);
      const { mean, variance } = moments(draws((rng) => dist.sample(rng), label));
      // SE of the mean: sqrt(sigma²/n). SE of the variance: sqrt((mu4 − sigma^4)/n), the large-n
      // standard error of s², with mu4 = kurtosis · sigma^4 taken from theory, not from the sample.
      expect(Math.abs(mean - dist.mean)).toBeLessThan(4 * Math.sqrt(dist.variance / N));
      const varianceSE = Math.sqrt(((kurtosis - 1) * dist.variance * dist.variance) / N);
      expect(Math.abs(variance - dist.variance)).toBeLessThan(4 * varianceSE);
    });
  }

  it('constant(4.5) returns 4.5 every time and uses no draws', () => {
    const dist = makeDistribution({ dist: 'constant', value: 4.5 });
    const rng = createStream(1, 0, 'constant');
    const before = createStream(1, 0, 'constant')();
    for (let i = 0; i < 1000; i++) expect(dist.sample(rng)).toBe(4.5);
    expect(rng()).toBe(before);
    expect([dist.mean, dist.variance]).toEqual([4.5, 0]);
  });
});

describe('analytic moments worked out by hand', () => {
  it('triangular(0, 1, 2) has mean 1 and variance 1/6', () => {
    const dist = makeDistribution({ dist: 'triangular', min: 0, mode: 1, max: 2 });
    expect(dist.mean).toBe(1);
    expect(dist.variance).toBeCloseTo(1 / 6, 15);
  });

  it('triangular(2, 5, 14) has mean 7 and variance 117/18 = 6.5', () => {
    const dist = makeDistribution({ dist: 'triangular', min: 2, mode: 5, max: 14 });
    expect(dist.mean).toBe(7);
    expect(dist.variance).toBe(6.5);
  });

  it('uniform(0, 12) has mean 6 and variance 12', () => {
    const dist = makeDistribution({ dist: 'uniform', min: 0, max: 12 });
    expect([dist.mean, dist.variance]).toEqual([6, 12]);
  });

  it('exponential(mean 25) has variance 625', () => {
    expect(makeDistribution({ dist: 'exponential', mean: 25 }).variance).toBe(625);
  });

  it('lognormal with mean 1 and sd sqrt(e − 1) has log-mean −1/2 and log-sd 1', () => {
    const dist = new LognormalDistribution({ dist: 'lognormal', mean: 1, sd: Math.sqrt(Math.E - 1) });
    expect(dist.mu).toBeCloseTo(-0.5, 14);
    expect(dist.sigma).toBeCloseTo(1, 14);
  });

  it('lognormal(mean 30, sd 15) round-trips: exp(mu + sigma²/2) = 30, sqrt((e^sigma² − 1) e^(2mu + sigma²)) = 15', () => {
    const dist = new LognormalDistribution({ dist: 'lognormal', mean: 30, sd: 15 });
    const s2 = dist.sigma * dist.sigma;
    expect(Math.exp(dist.mu + s2 / 2)).toBeCloseTo(30, 12);
    expect(Math.sqrt(Math.expm1(s2) * Math.exp(2 * dist.mu + s2))).toBeCloseTo(15, 12);
    expect([dist.mean, dist.variance]).toEqual([30, 225]);
  });

  it('gamma(mean 20, sd 10) has shape 4 and scale 5', () => {
    const dist = new GammaDistribution({ dist: 'gamma', mean: 20, sd: 10 });
    expect([dist.shape, dist.scale, dist.mean, dist.variance]).toEqual([4, 5, 20, 100]);
  });

  it('empirical(1, 2, 2, 3, 10) has mean 3.6 and population variance 53.2/5 = 10.64', () => {
    const dist = makeDistribution({ dist: 'empirical', values: [1, 2, 2, 3, 10] });
    expect(dist.mean).toBeCloseTo(3.6, 14);
    expect(dist.variance).toBeCloseTo(10.64, 13);
  });

  it('distributionMean gives the analytic mean without sampling', () => {
    expect(distributionMean({ dist: 'triangular', min: 2, mode: 5, max: 14 })).toBe(7);
  });
});

describe('distribution shapes', () => {
  it('exponential(mean 25): the KS distance to 1 − e^(−x/25) over 200,000 draws is below the 1% critical value', () => {
    const dist = makeDistribution({ dist: 'exponential', mean: 25 });
    const d = ksStatistic(
      draws((rng) => dist.sample(rng), 'ks-exponential'),
      (x) => 1 - Math.exp(-x / 25),
    );
    expect(d).toBeLessThan(KS_CRITICAL_1PCT);
  });

  it('triangular(2, 5, 14): the KS distance to its piecewise-quadratic CDF is below the 1% critical value', () => {
    const dist = makeDistribution({ dist: 'triangular', min: 2, mode: 5, max: 14 });
    const cdf = (x: number): number => (x <= 5 ? (x - 2) ** 2 / (12 * 3) : 1 - (14 - x) ** 2 / (12 * 9));
    expect(
      ksStatistic(
        draws((rng) => dist.sample(rng), 'ks-triangular'),
        cdf,
      ),
    ).toBeLessThan(KS_CRITICAL_1PCT);
  });

  it('gamma with shape 2, scale 5: the KS distance to 1 − e^(−x/5)(1 + x/5) is below the 1% critical value', () => {
    // mean = 2 · 5 = 10, sd = sqrt(2) · 5.
    const dist = makeDistribution({ dist: 'gamma', mean: 10, sd: 5 * Math.SQRT2 });
    const cdf = (x: number): number => 1 - Math.exp(-x / 5) * (1 + x / 5);
    expect(
      ksStatistic(
        draws((rng) => dist.sample(rng), 'ks-gamma'),
        cdf,
      ),
    ).toBeLessThan(KS_CRITICAL_1PCT);
  });

  it('gamma with shape 1/2, scale 2 is chi-square(1): 10%, 50%, 95% points 0.01579, 0.4549, 3.841', () => {
    // Chi-square quantiles from the published table; exercises the k < 1 boost.
    const dist = makeDistribution({ dist: 'gamma', mean: 1, sd: Math.SQRT2 });
    const xs = draws((rng) => dist.sample(rng), 'chi-square');
    for (const [x, p] of [
      [0.0157908, 0.1],
      [0.454936, 0.5],
      [3.841459, 0.95],
    ]) {
      expect(Math.abs(shareBelow(xs, x) - p)).toBeLessThan(fourSE(p));
    }
  });

  it('the standard normal has mean 0, variance 1, and 15.87% / 50% / 97.5% below −1 / 0 / 1.96', () => {
    const xs = draws(standardNormal, 'normal');
    const { mean, variance } = moments(xs);
    expect(Math.abs(mean)).toBeLessThan(4 * Math.sqrt(1 / N));
    expect(Math.abs(variance - 1)).toBeLessThan(4 * Math.sqrt(2 / N)); // mu4 = 3
    for (const [x, p] of [
      [-1, 0.158655],
      [0, 0.5],
      [1.959964, 0.975],
    ]) {
      expect(Math.abs(shareBelow(xs, x) - p)).toBeLessThan(fourSE(p));
    }
  });

  it('lognormal(mean 30, sd 15) has half its draws below its median e^mu', () => {
    const dist = new LognormalDistribution({ dist: 'lognormal', mean: 30, sd: 15 });
    const xs = draws((rng) => dist.sample(rng), 'lognormal-median');
    expect(Math.abs(shareBelow(xs, Math.exp(dist.mu)) - 0.5)).toBeLessThan(fourSE(0.5));
  });

  it('triangular and uniform draws stay inside [min, max]; empirical draws are always one of the values', () => {
    const triangular = makeDistribution({ dist: 'triangular', min: 2, mode: 5, max: 14 });
    const uniform = makeDistribution({ dist: 'uniform', min: 3, max: 15 });
    const empirical = makeDistribution({ dist: 'empirical', values: [1, 2, 3, 10] });
    const tri = draws((rng) => triangular.sample(rng), 'bounds');
    const uni = draws((rng) => uniform.sample(rng), 'bounds');
    const emp = draws((rng) => empirical.sample(rng), 'bounds');
    expect(tri.every((x) => x >= 2 && x <= 14)).toBe(true);
    expect(uni.every((x) => x >= 3 && x < 15)).toBe(true);
    expect(new Set(emp)).toEqual(new Set([1, 2, 3, 10]));
  });
});

describe('makeDistribution', () => {
  it('accepts specs that carry extra properties and keeps the spec it was given', () => {
    const fromScenario = {
      dist: 'empirical',
      values: [4, 8],
      file: '../data/handling.csv',
      column: 'minutes',
    } as const;
    const dist: Distribution = makeDistribution(fromScenario);
    expect(dist.spec).toBe(fromScenario);
    expect(dist.mean).toBe(6);
  });

  it('draws an exponential by inversion: mean 50 gives exactly twice mean 25 draw for draw (common random numbers)', () => {
    const a = makeDistribution({ dist: 'exponential', mean: 25 });
    const b = makeDistribution({ dist: 'exponential', mean: 50 });
    const ra = createStream(3, 0, 'service');
    const rb = createStream(3, 0, 'service');
    for (let i = 0; i < 100; i++) expect(b.sample(rb)).toBe(2 * a.sample(ra));
  });

  it('returns the mean every time for zero-spread specs', () => {
    const rng = createStream(5, 0, 'degenerate');
    const specs: DistributionSpec[] = [
      { dist: 'lognormal', mean: 12, sd: 0 },
      { dist: 'gamma', mean: 12, sd: 0 },
      { dist: 'triangular', min: 12, mode: 12, max: 12 },
      { dist: 'uniform', min: 12, max: 12 },
    ];
    for (const spec of specs) {
      const dist = makeDistribution(spec);
      expect([dist.mean, dist.variance, dist.sample(rng), dist.sample(rng)]).toEqual([12, 0, 12, 12]);
    }
  });

  it('rejects impossible parameters, naming the family and the parameter', () => {
    const bad: Array<[DistributionSpec, RegExp]> = [
      [{ dist: 'exponential', mean: 0 }, /exponential: mean must be > 0/],
      [{ dist: 'lognormal', mean: 10, sd: -1 }, /lognormal: sd must be >= 0/],
      [{ dist: 'gamma', mean: Number.NaN, sd: 1 }, /gamma: mean must be a finite number/],
      [{ dist: 'triangular', min: 5, mode: 2, max: 9 }, /triangular: needs min <= mode <= max/],
      [{ dist: 'uniform', min: 9, max: 5 }, /uniform: needs min <= max/],
      [{ dist: 'constant', value: Infinity }, /constant: value must be a finite number/],
      [{ dist: 'empirical', values: [] }, /empirical: values must not be empty/],
      [{ dist: 'empirical', values: [1, Number.NaN] }, /empirical: values\[1\] must be a finite number/],
    ];
    for (const [spec, message] of bad) expect(() => makeDistribution(spec)).toThrow(message);
    expect(() => makeDistribution({ dist: 'weibull' } as unknown as DistributionSpec)).toThrow(
      /unknown distribution: "weibull"/,
    );
  });
});

describe('regression: pinned first draws from seed 7, replication 0, stream "regression"', () => {
  // Recorded from this implementation; a change means stored scenario results will move.
  const pinned: Array<[DistributionSpec, number]> = [
    [{ dist: 'exponential', mean: 25 }, 68.87141689439626],
    [{ dist: 'lognormal', mean: 30, sd: 15 }, 77.25569434375116],
    [{ dist: 'gamma', mean: 20, sd: 10 }, 49.20435975294808],
    [{ dist: 'gamma', mean: 1, sd: Math.SQRT2 }, 0.3501615650384766],
    [{ dist: 'triangular', min: 2, mode: 5, max: 14 }, 11.378786769483254],
    [{ dist: 'uniform', min: 3, max: 15 }, 14.236582355573773],
    [{ dist: 'empirical', values: [1, 2, 2, 3, 10] }, 10],
  ];
  for (const [spec, value] of pinned) {
    it(`${JSON.stringify(spec)} first draw is ${value}`, () => {
      expect(makeDistribution(spec).sample(createStream(7, 0, 'regression'))).toBeCloseTo(value, 10);
    });
  }
});
