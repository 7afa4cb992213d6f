import { simulateReplication, type ReplicationResult, type Scenario } from '../../sim/index.js';

/** One replication of one scenario: the unit of work that runs anywhere (thread, worker, machine). */
export interface ReplicationTask {
  readonly scenario: Scenario;
  readonly replication: number;
  /** Identifies the scenario, so a worker can keep it instead of receiving it again. */
  readonly scenarioKey: string;
  /** Record the event trace (default false). */
  readonly trace?: boolean;
}

/** Options of a {@link TaskRunner}. */
export interface TaskRunOptions {
  /** Called as each task finishes (in any order), with its index in the task list. */
  readonly onResult?: (index: number, result: ReplicationResult) => void;
  /** Stops handing out tasks; the promise then rejects with a StoppedError after in-flight work. */
  readonly signal?: AbortSignal;
  /** Keep every result for the returned array (default true); false returns an empty array, to save memory. */
  readonly collect?: boolean;
}

/**
 * Runs replication tasks and returns their results in task order. A replication's result
 * depends only on its scenario and index, so the results never depend on the runner.
 */
export interface TaskRunner {
  run(tasks: readonly ReplicationTask[], options?: TaskRunOptions): Promise<ReplicationResult[]>;
  /** Frees workers; the runner cannot be used afterwards. */
  close(): Promise<void>;
}

/** Thrown when a run is stopped by its AbortSignal (Ctrl-C). */
export class StoppedError extends Error {
  override readonly name = 'StoppedError';
}

/** Runs tasks one after the other in this thread. */
export class SequentialRunner implements TaskRunner {
  async run(tasks: readonly ReplicationTask[], options: TaskRunOptions = {}): Promise<ReplicationResult[]> {
    const out: ReplicationResult[] = [];
    for (let i = 0; i < tasks.length; i++) {
      if (options.signal?.aborted) throw new StoppedError('stopped');
      const task = tasks[i];
      const result = simulateReplication(task.scenario, {
        replication: task.replication,
        trace: task.trace === true,
      });
      if (options.collect !== false) out.push(result);
      options.onResult?.(i, result);
      // Let signal handlers (Ctrl-C) run between replications.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return out;
  }

  async close(): Promise<void> {}
}
