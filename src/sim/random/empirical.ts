import { derived, finite } from './check.js';
import type { Distribution, SpecOf } from './distribution.js';
import type { Rng } from './stream.js';

/**
 * Resamples the given values (minutes), each with probability 1/n, one uniform per draw (a
 * bootstrap of the data, no interpolation). Its moments are those of the values themselves:
 * mean = their sample mean, variance = their population variance (divisor n, not n − 1), since
 * that is exactly the variance of a uniform pick from them.
 */
export class EmpiricalDistribution implements Distribution {
  readonly spec: SpecOf<'empirical'>;
  readonly mean: number;
  readonly variance: number;
  // A private copy: later edits to the spec's array cannot change the draws, and indexing a
  // Float64Array stays on V8's fast path.
  private readonly values: Float64Array;

  constructor(spec: SpecOf<'empirical'>) {
    this.spec = spec;
    const n = spec.values.length;
    if (n === 0) throw new RangeError('empirical: values must not be empty');
    this.values = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const value = spec.values[i];
      // The label is built only on failure: a trace column can hold many thousands of values.
      if (!Number.isFinite(value)) finite('empirical', `values[${i}]`, value);
      this.values[i] = value;
      sum += value;
    }
    this.mean = derived('empirical', 'the mean', sum / n);
    // Two passes: the textbook one-pass formula loses digits when the values sit far from 0.
    let squares = 0;
    for (let i = 0; i < n; i++) {
      const deviation = this.values[i] - this.mean;
      squares += deviation * deviation;
    }
    this.variance = derived('empirical', 'the variance', squares / n);
  }

  sample(rng: Rng): number {
    // rng() < 1, so the index is at most n − 1.
    return this.values[Math.floor(rng() * this.values.length)];
  }
}
