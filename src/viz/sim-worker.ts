import { simulateReplication, type ReplicationResult, type Scenario } from '../sim/index.js';

/** Main thread -> worker: run these replications of a scenario. */
export interface RunRequest {
  readonly runId: number;
  readonly scenario: Scenario;
  readonly replications: readonly number[];
  /** Record the event trace of every replication (default false). */
  readonly trace?: boolean;
}

/** Worker -> main thread. */
export type WorkerReply =
  | { readonly type: 'progress'; readonly runId: number; readonly done: number; readonly total: number }
  | { readonly type: 'result'; readonly runId: number; readonly results: ReplicationResult[] }
  | { readonly type: 'error'; readonly runId: number; readonly message: string };

// The same engine as the CLI, so the same scenario and seed give the same numbers.
self.onmessage = (event: MessageEvent<RunRequest>) => {
  const { runId, scenario, replications, trace } = event.data;
  try {
    const results: ReplicationResult[] = [];
    const total = replications.length * scenario.horizon.days;
    replications.forEach((replication, i) => {
      results.push(
        simulateReplication(scenario, {
          replication,
          trace: trace === true,
          onDay: (share) =>
            postMessage({
              type: 'progress',
              runId,
              done: (i + share) * scenario.horizon.days,
              total,
            } satisfies WorkerReply),
        }),
      );
    });
    postMessage({ type: 'result', runId, results } satisfies WorkerReply);
  } catch (error) {
    postMessage({
      type: 'error',
      runId,
      message: String((error as Error)?.message ?? error),
    } satisfies WorkerReply);
  }
};
