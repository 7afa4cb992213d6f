import { derived, finite } from './check.js';
import type { Distribution, SpecOf } from './distribution.js';
import type { Rng } from './stream.js';

/** Continuous uniform on [min, max) (minutes), one uniform per draw. Variance (max − min)²/12. */
export class UniformDistribution implements Distribution {
  readonly spec: SpecOf<'uniform'>;
  readonly mean: number;
  readonly variance: number;
  private readonly min: number;
  private readonly width: number;

  constructor(spec: SpecOf<'uniform'>) {
    this.spec = spec;
    this.min = finite('uniform', 'min', spec.min);
    const max = finite('uniform', 'max', spec.max);
    if (!(this.min <= max)) throw new RangeError(`uniform: needs min <= max, got ${this.min}, ${max}`);
    this.width = derived('uniform', 'the width max − min', max - this.min);
    this.mean = derived('uniform', 'the mean', (this.min + max) / 2);
    this.variance = derived('uniform', 'the variance', (this.width * this.width) / 12);
  }

  sample(rng: Rng): number {
    return this.min + this.width * rng();
  }
}
