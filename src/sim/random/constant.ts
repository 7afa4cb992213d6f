import { finite } from './check.js';
import type { Distribution, SpecOf } from './distribution.js';
import type { Rng } from './stream.js';

/** Always the same value (minutes); uses no draws. Variance 0. */
export class ConstantDistribution implements Distribution {
  readonly spec: SpecOf<'constant'>;
  readonly mean: number;
  readonly variance = 0;

  constructor(spec: SpecOf<'constant'>) {
    this.spec = spec;
    this.mean = finite('constant', 'value', spec.value);
  }

  sample(_rng: Rng): number {
    return this.mean;
  }
}
