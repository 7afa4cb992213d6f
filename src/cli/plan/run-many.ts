import type { ReplicationResult, Scenario } from '../../sim/index.js';
import { runManyWith } from './runner.js';
import { SequentialRunner } from './tasks.js';

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
export type RunMany = (
  scenarios: readonly Scenario[],
  options?: RunManyOptions,
) => Promise<ReplicationResult[][]>;

/** A {@link RunMany} that runs everything in this thread, one replication after the other. */
export const runManySequential: RunMany = (scenarios, options) =>
  runManyWith(new SequentialRunner())(scenarios, options);
