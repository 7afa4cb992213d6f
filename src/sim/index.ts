/**
 * tiersim's public API: parse a scenario, simulate it, read the results, and the analytic
 * queueing formulas the simulator is validated against. Headless: no DOM, no wall clock.
 */
export {
  parseScenario,
  parseDuration,
  ScenarioError,
  resolveOverlays,
  setIn,
  withValueAt,
  mergeJson,
  keyProblem,
  JsonPathError,
  joinPath,
  folderOf,
  type ReadText,
  type ResolvedScenario,
  SEVERITIES,
  CONTRACTS,
  ROLES,
  type Scenario,
  type ScenarioIssue,
  type ParseOptions,
  type Severity,
  type Contract,
  type Role,
} from './scenario/index.js';
export {
  simulateReplication,
  runScenario,
  summarise,
  kpiKey,
  kpiUnit,
  KPI_UNITS,
  HourlySeries,
  SERIES_METRICS,
  kpisCsv,
  timeseriesCsv,
  timeseriesCsvChunks,
  flowsCsv,
  traceCsv,
  summaryJson,
  formatNumber,
  csvTable,
  PROFILE_LEVELS,
  PROFILE_SCOPES,
  compareReplications,
  excludesZero,
  plannedStaffing,
  seatPlan,
  type Seat,
  type PoolSeats,
  type PlannedRole,
  type ComparisonRow,
  type ResponseProfile,
  type ProfileScope,
  type ReplicationOptions,
  type ReplicationResult,
  type RunSummary,
  type RunOptions,
  type KpiRow,
  type SlaCheck,
  type FlowRow,
  type SeriesMetric,
} from './run/index.js';
export { traceDetail, type TraceRow, type TraceEventKind, type TakenHow } from './model/trace.js';
export { TIERS, type Tier } from './model/ladder.js';
export { MINUTES_PER_DAY, MINUTES_PER_WEEK } from './units.js';
export * as queueing from './queueing/index.js';
export { confidenceInterval, pairedDifference, tQuantile975 } from './stats/index.js';
export {
  makeDistribution,
  createStream,
  RandomStreams,
  type Distribution,
  type DistributionSpec,
  type Rng,
} from './random/index.js';
export { Kernel } from './kernel/index.js';
