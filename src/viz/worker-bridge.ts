import type { ReplicationResult, Scenario } from '../sim/index.js';
import type { RunRequest, WorkerReply } from './sim-worker.js';
import { workerCount } from './worker-count.js';

/** Thrown when a run is cancelled. */
export class Cancelled extends Error {}

/** What a run reports besides its progress. */
export interface RunOptions {
  /** Record the event trace of every replication (default false). */
  readonly trace?: boolean;
  /**
   * Called as each replication but the last comes in, with those done so far in replication order
   * (with the last, the run resolves).
   */
  readonly onReplication?: (done: ReplicationResult[]) => void;
}

function spawn(): Worker {
  return new Worker(new URL('./sim-worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Runs replications in Web Workers, so the page never freezes, and on several at once, one per
 * core ({@link workerCount}): worker `w` of `n` runs the replications `w`, `w + n`, `w + 2n`...,
 * and the results are put back in replication order, so a run gives the very numbers of one
 * worker and of the CLI. The workers stay alive between runs (starting one costs); cancelling
 * terminates them (a simulation cannot be interrupted from outside) and starts fresh ones.
 */
export class SimulationWorker {
  private workers: Worker[] = [spawn()];
  private runId = 0;
  /** How many workers the run in progress uses. */
  private busy = 0;
  private reject: ((error: Error) => void) | null = null;

  constructor(private readonly count: (replications: number) => number = workerCount) {}

  run(
    scenario: Scenario,
    onProgress: (done: number, total: number) => void,
    options: RunOptions = {},
  ): Promise<ReplicationResult[]> {
    this.cancel();
    const runId = ++this.runId;
    const total = scenario.replications;
    const n = this.count(total);
    while (this.workers.length < n) this.workers.push(spawn());
    this.busy = n;
    const results: (ReplicationResult | undefined)[] = new Array<undefined>(total);
    /** Replication-days done by each worker. */
    const progress = new Array<number>(n).fill(0);
    let received = 0;
    return new Promise((resolve, reject) => {
      this.reject = reject;
      const receive = (reply: WorkerReply, w: number): void => {
        if (reply.runId !== runId) return;
        if (reply.type === 'progress') {
          progress[w] = reply.done;
          onProgress(
            progress.reduce((a, b) => a + b, 0),
            total * scenario.horizon.days,
          );
        } else if (reply.type === 'error') this.stop(new Error(reply.message));
        else {
          results[reply.replication] = reply.result;
          if (++received === total) {
            this.reject = null;
            resolve(results as ReplicationResult[]);
          } else options.onReplication?.(results.filter((r) => r !== undefined));
        }
      };
      for (let w = 0; w < n; w++) {
        const worker = this.workers[w];
        worker.onmessage = (event: MessageEvent<WorkerReply>) => receive(event.data, w);
        // A worker that cannot even start (its script failed to load, say) fails the run.
        worker.onerror = (event) => {
          event.preventDefault();
          this.stop(new Error(event.message || 'the simulation worker failed to start'));
        };
        const replications = Array.from({ length: total }, (_, i) => i).filter((i) => i % n === w);
        worker.postMessage({
          runId,
          scenario,
          replications,
          trace: options.trace === true,
        } satisfies RunRequest);
      }
    });
  }

  /** Stops the run in progress, if any, on every worker. */
  cancel(): void {
    this.stop(new Cancelled('cancelled'));
  }

  /**
   * Ends the run in progress, if any, with `error`: its workers are terminated, even those still
   * busy after another failed, and replaced by fresh ones, ready for the next run.
   */
  private stop(error: Error): void {
    if (this.reject === null) return;
    for (let w = 0; w < this.busy; w++) {
      this.workers[w].terminate();
      this.workers[w] = spawn();
    }
    const reject = this.reject;
    this.reject = null;
    reject(error);
  }
}
