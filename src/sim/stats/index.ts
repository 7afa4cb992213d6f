export { Tally } from './tally.js';
export { TimeWeighted } from './time-weighted.js';
export { QuantileSketch, type QuantileSketchOptions } from './quantile-sketch.js';
export { KaplanMeier } from './kaplan-meier.js';
export { tQuantile975, tCritical, studentTCdf } from './student-t.js';
export { confidenceInterval, pairedDifference, type ConfidenceInterval } from './interval.js';
export { NOISE_ABSOLUTE, NOISE_RELATIVE, withinNoise } from './noise-floor.js';
