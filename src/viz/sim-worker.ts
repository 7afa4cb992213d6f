import { simulateReplication, type ReplicationResult, type Scenario } from '../sim/index.js';

/** Main thread -> worker: run these replications of a scenario (one worker's share of a run). */
export interface RunRequest {
  readonly runId: number;
  readonly scenario: Scenario;
  readonly replications: readonly number[];
  /** Record the event trace of every replication (default false). */
  readonly trace?: boolean;
}

/**
 * Worker -> main thread: progress in replication-days of this worker's share, each replication's
 * result as soon as it is done, or the error that stopped the share.
 */
export type WorkerReply =
  | { readonly type: 'progress'; readonly runId: number; readonly done: number }
  | {
      readonly type: 'replication';
      readonly runId: number;
      readonly replication: number;
      readonly result: ReplicationResult;
    }
  | { readonly type: 'error'; readonly runId: number; readonly message: string };

// The same engine as the CLI, so the same scenario and seed give the same numbers; a replication
// depends on its index alone, so it does not matter which worker runs it, nor after what.
self.onmessage = (event: MessageEvent<RunRequest>) => {
  const { runId, scenario, replications, trace } = event.data;
  const days = scenario.horizon.days;
  try {
    replications.forEach((replication, i) => {
      const result = simulateReplication(scenario, {
        replication,
        trace: trace === true,
        onDay: (share) =>
          postMessage({ type: 'progress', runId, done: (i + share) * days } satisfies WorkerReply),
      });
      // Sent one by one, so that the page can show what is done while the rest runs.
      postMessage({ type: 'replication', runId, replication, result } satisfies WorkerReply);
    });
  } catch (error) {
    postMessage({
      type: 'error',
      runId,
      message: String((error as Error)?.message ?? error),
    } satisfies WorkerReply);
  }
};
