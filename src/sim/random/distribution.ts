import { ConstantDistribution } from './constant.js';
import { EmpiricalDistribution } from './empirical.js';
import { ExponentialDistribution } from './exponential.js';
import { GammaDistribution } from './gamma.js';
import { LognormalDistribution } from './lognormal.js';
import type { Rng } from './stream.js';
import { TriangularDistribution } from './triangular.js';
import { UniformDistribution } from './uniform.js';

/**
 * A probability distribution as a scenario names it, every parameter in minutes (the scenario
 * layer converts `"4h"` and the like before this point). Objects that carry more properties than
 * listed (e.g. an empirical spec that still has its `file` and `column`) are accepted.
 */
export type DistributionSpec =
  | { dist: 'exponential'; mean: number }
  | { dist: 'lognormal'; mean: number; sd: number }
  | { dist: 'gamma'; mean: number; sd: number }
  | { dist: 'triangular'; min: number; mode: number; max: number }
  | { dist: 'uniform'; min: number; max: number }
  | { dist: 'constant'; value: number }
  | { dist: 'empirical'; values: readonly number[] };

/** The spec of one family, e.g. `SpecOf<'gamma'>` is `{ dist: 'gamma'; mean: number; sd: number }`. */
export type SpecOf<D extends DistributionSpec['dist']> = Extract<DistributionSpec, { dist: D }>;

/** A ready-to-sample distribution with its analytic moments (minutes and minutes²). */
export interface Distribution {
  /** The spec it was made from (the same object). */
  readonly spec: DistributionSpec;
  /** Analytic mean, minutes. */
  readonly mean: number;
  /** Analytic variance, minutes². */
  readonly variance: number;
  /** One draw, using as many uniforms from `rng` as the method needs. Allocation-free. */
  sample(rng: Rng): number;
}

/**
 * Builds the sampler for a spec, checking its parameters once (a RangeError names the family and
 * the parameter). Zero-spread specs are allowed and always return their mean: lognormal or gamma
 * with `sd` 0, triangular or uniform with `min` = `max`.
 */
export function makeDistribution(spec: DistributionSpec): Distribution {
  switch (spec.dist) {
    case 'exponential':
      return new ExponentialDistribution(spec);
    case 'lognormal':
      return new LognormalDistribution(spec);
    case 'gamma':
      return new GammaDistribution(spec);
    case 'triangular':
      return new TriangularDistribution(spec);
    case 'uniform':
      return new UniformDistribution(spec);
    case 'constant':
      return new ConstantDistribution(spec);
    case 'empirical':
      return new EmpiricalDistribution(spec);
    default:
      return unknownFamily(spec);
  }
}

/** The analytic mean of a spec, minutes (validates the spec like makeDistribution). */
export function distributionMean(spec: DistributionSpec): number {
  return makeDistribution(spec).mean;
}

function unknownFamily(spec: never): never {
  // Reachable only from untyped input (e.g. JSON that skipped the scenario schema).
  throw new RangeError(`unknown distribution: ${JSON.stringify((spec as { dist?: unknown }).dist)}`);
}
