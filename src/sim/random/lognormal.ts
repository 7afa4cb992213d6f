import { nonNegative, positive } from './check.js';
import type { Distribution, SpecOf } from './distribution.js';
import { standardNormal } from './normal.js';
import type { Rng } from './stream.js';

/**
 * Lognormal given by the mean and sd of the variable itself (minutes), not of its logarithm:
 * ln X ~ Normal(μ, σ²) with σ² = ln(1 + sd²/mean²) and μ = ln(mean) − σ²/2.
 * Two uniforms per draw.
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
    this.variance = sd * sd;
    const sigma2 = Math.log1p(this.variance / (this.mean * this.mean));
    this.mu = Math.log(this.mean) - sigma2 / 2;
    this.sigma = Math.sqrt(sigma2);
  }

  sample(rng: Rng): number {
    return Math.exp(this.mu + this.sigma * standardNormal(rng));
  }
}
