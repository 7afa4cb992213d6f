export { parseScenario, parseScenarioText, type ParseOptions } from './parse.js';
export type { Scenario } from './scenario-schema.js';
export { ScenarioError, formatIssue, type ScenarioIssue } from './issues.js';
export { parseDuration } from './duration.js';
export {
  SEVERITIES,
  CONTRACTS,
  ROLES,
  DEFAULT_SPECIALTIES,
  type Severity,
  type Contract,
  type Role,
  type PerSeverity,
} from './domain.js';
export { DISTRIBUTION_NAMES, type Distribution, type DistributionName } from './distribution-schema.js';
export { BUILT_IN_SCHEDULES, type Schedule, type Shift } from './schedule-schema.js';
export { HOURS_PER_WEEK, type TraceCase, type Trace, type WeeklyProfile } from './csv-inputs.js';
export { DEFAULT_COST_PER_HOUR } from './costs-schema.js';
export { TEXTBOOK_DEFAULTS } from './textbook.js';
export type { ReadText } from './csv-source.js';
