// Analytic queueing formulas (Erlang B, C, A and square-root staffing). Used to validate the
// simulator in textbook mode and to seed staffing searches. Rates per minute, times in minutes.
export { erlangB } from './erlang-b.js';
export {
  erlangC,
  mmc,
  occupancy,
  serviceLevel,
  type MmcParams,
  type MmcResult,
  type Workload,
} from './erlang-c.js';
export { mmcm, type MmcmParams, type MmcmResult } from './erlang-a.js';
export {
  halfinWhittBeta,
  minServersForServiceLevel,
  minServersForMixedTargets,
  type WaitTarget,
  minServersForWaitProbability,
  squareRootStaffing,
} from './staffing.js';
export { normalCdf, normalPdf } from './normal.js';
