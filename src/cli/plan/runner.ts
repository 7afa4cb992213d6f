import type { RunMany } from './run-many.js';
import { SequentialRunner, type ReplicationTask, type TaskRunner } from './tasks.js';
import { WorkerPoolRunner } from './worker-pool.js';

/** A runner for `--jobs N`: this thread for 1, N worker threads otherwise. */
export function createRunner(jobs: number): TaskRunner {
  return jobs <= 1 ? new SequentialRunner() : new WorkerPoolRunner(jobs);
}

/** A {@link RunMany} on top of a task runner (scenarios keyed by their position). */
export function runManyWith(runner: TaskRunner): RunMany {
  let call = 0;
  return async (scenarios, options = {}) => {
    const batch = call++;
    const tasks: ReplicationTask[] = [];
    const owner: number[] = [];
    scenarios.forEach((scenario, s) => {
      const reps = options.replications ?? Array.from({ length: scenario.replications }, (_, i) => i);
      for (const replication of reps) {
        tasks.push({ scenario, replication, scenarioKey: `${batch}/${s}` });
        owner.push(s);
      }
    });
    let done = 0;
    const results = await runner.run(tasks, { onResult: () => options.onProgress?.(++done, tasks.length) });
    const out: Array<typeof results> = scenarios.map(() => []);
    results.forEach((r, i) => out[owner[i]].push(r));
    return out;
  };
}
