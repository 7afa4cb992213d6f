import type { ReplicationResult, Scenario } from '../sim/index.js';
import type { RunRequest, WorkerReply } from './sim-worker.js';

/** Thrown when a run is cancelled. */
export class Cancelled extends Error {}

/**
 * Runs replications in a Web Worker, so the page never freezes. Cancelling terminates the
 * worker (a simulation cannot be interrupted from outside) and starts a fresh one.
 */
export class SimulationWorker {
  private worker = this.spawn();
  private runId = 0;
  private reject: ((error: Error) => void) | null = null;

  private spawn(): Worker {
    return new Worker(new URL('./sim-worker.ts', import.meta.url), { type: 'module' });
  }

  run(
    scenario: Scenario,
    onProgress: (done: number, total: number) => void,
    options: { trace?: boolean } = {},
  ): Promise<ReplicationResult[]> {
    this.cancel();
    const runId = ++this.runId;
    const replications = Array.from({ length: scenario.replications }, (_, i) => i);
    return new Promise((resolve, reject) => {
      this.reject = reject;
      this.worker.onmessage = (event: MessageEvent<WorkerReply>) => {
        const reply = event.data;
        if (reply.runId !== runId) return;
        if (reply.type === 'progress') onProgress(reply.done, reply.total);
        else {
          this.reject = null;
          if (reply.type === 'result') resolve(reply.results);
          else reject(new Error(reply.message));
        }
      };
      this.worker.postMessage({
        runId,
        scenario,
        replications,
        trace: options.trace === true,
      } satisfies RunRequest);
    });
  }

  /** Stops the run in progress, if any. */
  cancel(): void {
    if (this.reject === null) return;
    this.worker.terminate();
    this.worker = this.spawn();
    const reject = this.reject;
    this.reject = null;
    reject(new Cancelled('cancelled'));
  }
}
