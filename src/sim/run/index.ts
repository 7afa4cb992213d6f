export {
  simulateReplication,
  replicationSlices,
  type ReplicationOptions,
  type ReplicationResult,
} from './simulate.js';
export { kpiKey } from './kpi-key.js';
export {
  runScenario,
  summarise,
  kpiRows,
  type RunSummary,
  type RunOptions,
  type KpiRow,
  type SlaCheck,
  type FlowRow,
} from './replicate.js';
export {
  HourlySeries,
  SERIES_METRICS,
  addScaledValues,
  type SeriesMetric,
  type SeriesValues,
} from './timeseries.js';
export { KPI_UNITS, kpiUnit } from './kpi-catalogue.js';
export { unstablePools, BUSY_UTILISATION, type UnstablePool } from './stability.js';
export {
  kpisCsv,
  kpiCells,
  KPI_COLUMNS,
  timeseriesCsv,
  timeseriesCsvChunks,
  timeseriesCsvFromBlocks,
  flowsCsv,
  traceCsv,
  traceCsvHeader,
  traceCsvLines,
  summaryJson,
  formatNumber,
  csvTable,
  csvField,
} from './export.js';
export {
  PROFILE_LEVELS,
  PROFILE_SCOPES,
  type ResponseProfile,
  type ProfileScope,
} from './response-profile.js';
export { compareReplications, excludesZero, type ComparisonRow } from './paired-comparison.js';
export { plannedStaffing, type PlannedRole } from './planned-cost.js';
export { seatPlan, type Seat, type PoolSeats } from './seat-plan.js';
export { expectedArrivals } from './expected-arrivals.js';
export {
  estimateRun,
  ARRIVALS_MARGIN_SD,
  eventsPerCaseBound,
  type RunEstimate,
  type EstimateOptions,
  type MemoryParts,
} from './estimate.js';
export { RUN_BUDGET, overBudget } from './budget.js';
