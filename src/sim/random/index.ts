export { createStream, RandomStreams, streamSeed, type Rng } from './stream.js';
export {
  distributionMean,
  makeDistribution,
  type Distribution,
  type DistributionSpec,
  type SpecOf,
} from './distribution.js';
export { standardNormal } from './normal.js';
export { ExponentialDistribution } from './exponential.js';
export { LognormalDistribution } from './lognormal.js';
export { GammaDistribution } from './gamma.js';
export { TriangularDistribution } from './triangular.js';
export { UniformDistribution } from './uniform.js';
export { ConstantDistribution } from './constant.js';
export { EmpiricalDistribution } from './empirical.js';
