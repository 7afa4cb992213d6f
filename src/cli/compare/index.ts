/** `tiersim compare`: paired comparison of scenarios on common random numbers (pure; no I/O). */
export { compareReplications, excludesZero, type ComparisonRow } from '../../sim/index.js';
export { comparisonCsv, comparisonJson } from './export.js';
export { formatComparisonTable, scenarioLabel, type ComparisonTableOptions } from './table.js';
