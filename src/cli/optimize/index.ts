/**
 * `tiersim optimize`: the lowest-cost headcount per pool that meets every goal, found by
 * simulation with common random numbers from an Erlang C seed.
 */
export {
  optimizeStaffing,
  type OptimizeOptions,
  type OptimizeResult,
  type OptimizeOutcome,
  type StaffingChange,
} from './optimize.js';
export { parseGoal, parseGoals, goalText, defaultGoals, type Goal, type GoalResult } from './goals.js';
export { splitPoolList, resolvePools, staffablePools, seTeams, type PoolKey } from './pools.js';
export type { ShiftCount } from './shift-plan.js';
export { formatOptimizeTable, optimizeCsv } from './format.js';
export { GOAL_RULES, type GoalRule } from './goal-rule.js';
export { poolLimitViolations, MAX_UTILISATION, type LimitViolation } from './limits.js';
