import { derived, MAX_NORMAL_DRAW, nonNegative, positive } from './check.js';
import type { Distribution, SpecOf } from './distribution.js';
import { standardNormal } from './normal.js';
import type { Rng } from './stream.js';
import { exp, log, log1p } from '../math/index.js';

/**
 * Lognormal given by the mean and sd of the variable itself (minutes), not of its logarithm:
 * ln X ~ Normal(μ, σ²) with σ² = ln(1 + sd²/mean²) and μ = ln(mean) − σ²/2.
 * Two uniforms per draw. μ, σ and the largest draw, exp(μ + σ·{@link MAX_NORMAL_DRAW}), must be
 * finite (an sd of 1e200 makes sd² Infinity).
 */
export class LognormalDistribution implements Distribution {
  readonly spec: SpecOf<'lognormal'>;
  readonly mean: number;
  readonly variance: number;
  /** μ, the mean of ln X. */
  readonly mu: number;
  /** σ, the sd of ln X. */
  readonly sigma: number;

  constructor(spec: SpecOf<'lognormal'>) {
    this.spec = spec;
    this.mean = positive('lognormal', 'mean', spec.mean);
    const sd = nonNegative('lognormal', 'sd', spec.sd);
    this.variance = derived('lognormal', 'the variance sd²', sd * sd);
    const sigma2 = log1p(this.variance / derived('lognormal', 'mean²', this.mean * this.mean, true));
    this.mu = derived('lognormal', 'the log-mean μ', log(this.mean) - sigma2 / 2);
    this.sigma = derived('lognormal', 'the log-sd σ', Math.sqrt(sigma2));
    derived('lognormal', 'the largest draw', exp(this.mu + this.sigma * MAX_NORMAL_DRAW));
  }

  sample(rng: Rng): number {
    return exp(this.mu + this.sigma * standardNormal(rng));
  }
}
