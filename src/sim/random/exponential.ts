import { derived, MAX_EXPONENTIAL_DRAW, positive } from './check.js';
import type { Distribution, SpecOf } from './distribution.js';
import type { Rng } from './stream.js';
import { log } from '../math/index.js';

/**
 * Exponential with the given mean (minutes), sampled by inversion: one uniform per draw, so a
 * stream stays aligned draw for draw when only the mean changes between scenarios. A draw is at
 * most {@link MAX_EXPONENTIAL_DRAW} (about 36.7) means, which must be a finite number.
 */
export class ExponentialDistribution implements Distribution {
  readonly spec: SpecOf<'exponential'>;
  readonly mean: number;
  readonly variance: number;

  constructor(spec: SpecOf<'exponential'>) {
    this.spec = spec;
    this.mean = positive('exponential', 'mean', spec.mean);
    derived('exponential', 'the largest draw', this.mean * MAX_EXPONENTIAL_DRAW);
    this.variance = derived('exponential', 'the variance', this.mean * this.mean);
  }

  sample(rng: Rng): number {
    // 1 - u lies in (0, 1]: never log(0), and u = 0 gives 0 rather than Infinity.
    return -this.mean * log(1 - rng());
  }
}
