import { simulateReplication, type ReplicationResult, type Scenario } from '../../sim/index.js';

/** Options of a {@link RunMany}. */
export interface RunManyOptions {
  /** Replication indices to run for every scenario (default 0 .. scenario.replications - 1). */
  readonly replications?: readonly number[];
  /** Called after each finished replication with (done, total). */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Runs replications of several scenarios and returns, per scenario, its results in replication
 * order. Scenarios that share a seed see common random numbers (same cases, same decisions).
 * Implementations may run in parallel; the results never depend on how.
 */
export type RunMany = (scenarios: readonly Scenario[], options?: RunManyOptions) => Promise<ReplicationResult[][]>;

/** A {@link RunMany} that runs everything in this thread, one replication after the other. */
export const runManySequential: RunMany = async (scenarios, options = {}) => {
  const total = scenarios.reduce((n, s) => n + (options.replications?.length ?? s.replications), 0);
  let done = 0;
  return scenarios.map((scenario) => {
    const reps = options.replications ?? Array.from({ length: scenario.replications }, (_, i) => i);
    return reps.map((replication) => {
      const result = simulateReplication(scenario, { replication });
      options.onProgress?.(++done, total);
      return result;
    });
  });
};
