export { Tally } from './tally.js';
export { TimeWeighted } from './time-weighted.js';
export { QuantileSketch, type QuantileSketchOptions } from './quantile-sketch.js';
export { tQuantile975, tCritical, studentTCdf, Z975 } from './student-t.js';
export {
  confidenceInterval,
  pairedDifference,
  tallyInterval,
  ReplicationSummary,
  type ConfidenceInterval,
} from './interval.js';
export { FixedHistogram, type CdfPoint } from './histogram.js';
