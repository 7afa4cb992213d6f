/**
 * Scenario files: the zod schema of the format (the single source of the `Scenario` type),
 * durations, CSV inputs and error messages.
 *
 * `parseScenario` reads a file in one pass after reading its `specialties` and `schedules`
 * first (other fields are checked against them), so a ScenarioError lists every issue of the
 * file at once. The parsed scenario has every default filled in, every time in minutes, every
 * per-severity or per-specialty field complete (`customerWait` and `escalateAfter` included:
 * a null in the file becomes `{ A: null, B: null, C: null }`), and CSV inputs read.
 *
 * A file may `extends` another and say only what differs (overlay.ts); json-edit.ts is the one
 * place that sets values by path or merges JSON; json-schema.ts describes the format for editors.
 */
export { parseScenario, parseScenarioText, type ParseOptions } from './parse.js';
export type { Scenario } from './scenario-schema.js';
export { ScenarioError, formatIssue, type ScenarioIssue } from './issues.js';
export { parseDuration } from './duration.js';
export { LIMITS, MAX_DURATION_MINUTES } from './limits.js';
export { nestingIssue, tooDeepPath, TOO_DEEP } from './nesting.js';
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
export { firstResponseTarget, type BusinessHours, type SlaTargets } from './sla-schema.js';
export { HOURS_PER_WEEK, type WeeklyProfile } from './csv-inputs.js';
export type { TraceCase, Trace } from './trace-csv.js';
export { DEFAULT_COST_PER_HOUR } from './costs-schema.js';
export { TEXTBOOK_DEFAULTS } from './textbook.js';
export type { ReadText } from './csv-source.js';
export { jsonProblem } from './json-problem.js';
export { printable } from './printable.js';
export { resolveOverlays, MAX_EXTENDS_CHAIN, type OverlayOptions, type ResolvedScenario } from './overlay.js';
export { mapCsvPaths, CSV_PATH_FIELDS, type CsvPathMap } from './csv-paths.js';
export {
  setIn,
  withValueAt,
  mergeJson,
  jsonPatch,
  sameJson,
  copyJson,
  keyProblem,
  FORBIDDEN_KEYS,
  JsonPathError,
  type SetOptions,
  type MergeOptions,
} from './json-edit.js';
export { joinPath, folderOf, baseName, normalizePath, isAbsolutePath } from './file-path.js';
export {
  scenarioJsonSchema,
  contextFreeScenarioSchema,
  toJsonSchema,
  JSON_SCHEMA_DRAFT,
  type JsonSchema,
} from './json-schema.js';
export type { Surge } from './surge-schema.js';
