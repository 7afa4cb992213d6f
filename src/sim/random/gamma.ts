import { derived, MAX_NORMAL_DRAW, nonNegative, positive } from './check.js';
import type { Distribution, SpecOf } from './distribution.js';
import { standardNormal } from './normal.js';
import type { Rng } from './stream.js';
import { exp, log } from '../math/index.js';

/**
 * Gamma given by its mean and sd (minutes): shape k = mean²/sd², scale θ = sd²/mean.
 * Sampled by Marsaglia & Tsang (2000), "A simple method for generating gamma variables"; for
 * k < 1 it draws Gamma(k + 1) and multiplies by U^(1/k) (their boost). The number of uniforms per
 * draw varies (rejection), at least three. With sd 0 it always returns the mean. Otherwise the
 * shape, the scale and the largest draw, d·(1 + c·{@link MAX_NORMAL_DRAW})³·θ, must be finite and
 * > 0 (an sd of 1e-200 next to a mean of 1 makes the shape Infinity and every draw NaN).
 */
export class GammaDistribution implements Distribution {
  readonly spec: SpecOf<'gamma'>;
  readonly mean: number;
  readonly variance: number;
  /** k = mean²/sd² (Infinity when sd is 0). */
  readonly shape: number;
  /** θ = sd²/mean, minutes. */
  readonly scale: number;
  // Marsaglia–Tsang constants for the shape actually sampled (k, or k + 1 when boosted).
  private readonly d: number;
  private readonly c: number;
  /** 1/k when k < 1 (boost needed), else 0. */
  private readonly boostExponent: number;
  private readonly degenerate: boolean;

  constructor(spec: SpecOf<'gamma'>) {
    this.spec = spec;
    this.mean = positive('gamma', 'mean', spec.mean);
    const sd = nonNegative('gamma', 'sd', spec.sd);
    this.variance = derived('gamma', 'the variance sd²', sd * sd);
    this.degenerate = sd === 0;
    this.shape = this.degenerate ? Infinity : (this.mean * this.mean) / this.variance;
    this.scale = this.variance / this.mean;
    const sampledShape = this.shape < 1 ? this.shape + 1 : this.shape;
    this.d = sampledShape - 1 / 3;
    this.c = 1 / Math.sqrt(9 * this.d);
    this.boostExponent = this.shape < 1 ? 1 / this.shape : 0;
    if (!this.degenerate) {
      derived('gamma', 'the shape mean²/sd²', this.shape, true);
      derived('gamma', 'the scale sd²/mean', this.scale, true);
      derived('gamma', 'the boost exponent 1/shape', this.boostExponent);
      const top = 1 + this.c * MAX_NORMAL_DRAW;
      const largest = this.d * top * top * top * this.scale;
      derived('gamma', 'the largest draw', largest);
    }
  }

  sample(rng: Rng): number {
    if (this.degenerate) return this.mean;
    const d = this.d;
    const c = this.c;
    let x: number;
    let v: number;
    for (;;) {
      do {
        x = standardNormal(rng);
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = rng();
      const x2 = x * x;
      // The squeeze accepts about 98% of candidates without a logarithm.
      if (u < 1 - 0.0331 * x2 * x2) break;
      if (log(u) < 0.5 * x2 + d * (1 - v + log(v))) break;
    }
    let g = d * v;
    // 1 - u lies in (0, 1], so the boost never multiplies by a power of exactly 0. U^(1/k) as
    // exp(log(U)/k), the same on every engine (Math.pow is not); its relative error, about
    // |log(U)/k| ulps, stays below 1e-13.
    if (this.boostExponent !== 0) g *= exp(log(1 - rng()) * this.boostExponent);
    return g * this.scale;
  }
}
