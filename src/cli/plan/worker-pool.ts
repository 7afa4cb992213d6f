import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReplicationResult } from '../../sim/index.js';
import { StoppedError, type ReplicationTask, type TaskRunOptions, type TaskRunner } from './tasks.js';
import type { WorkerRequest } from './replication-worker.js';

/** The compiled worker script (when running from the TypeScript sources, the built copy in dist/). */
function workerScript(): URL {
  const here = new URL('./replication-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  const built = new URL('../../../dist/cli/plan/replication-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return built;
  throw new Error('the worker script is not built: run npm run build');
}

interface Slot {
  readonly worker: Worker;
  readonly known: Set<string>;
  busy: boolean;
}

/**
 * Runs replication tasks on `size` worker threads. Tasks are handed out in order as workers
 * free up; results are put back in task order, so they are identical to a sequential run.
 */
export class WorkerPoolRunner implements TaskRunner {
  private readonly slots: Slot[] = [];

  constructor(size: number) {
    const script = workerScript();
    for (let i = 0; i < size; i++)
      this.slots.push({ worker: new Worker(script), known: new Set(), busy: false });
  }

  run(tasks: readonly ReplicationTask[], options: TaskRunOptions = {}): Promise<ReplicationResult[]> {
    const results = new Array<ReplicationResult>(options.collect === false ? 0 : tasks.length);
    let next = 0;
    let finished = 0;
    let requestId = 0;
    return new Promise((resolve, reject) => {
      let failed = false;
      const pending = new Map<number, number>();
      const cleanups: Array<() => void> = [];
      const done = (error?: Error): void => {
        if (failed) return;
        if (error) failed = true;
        for (const c of cleanups) c();
        if (error) reject(error);
        else resolve(results);
      };
      const feed = (slot: Slot): void => {
        if (failed) return;
        if (options.signal?.aborted || next >= tasks.length) {
          slot.busy = false;
          if (this.slots.every((s) => !s.busy)) {
            if (finished === tasks.length) done();
            else done(new StoppedError('stopped'));
          }
          return;
        }
        const index = next++;
        const task = tasks[index];
        const id = requestId++;
        pending.set(id, index);
        const request: WorkerRequest = {
          id,
          scenarioKey: task.scenarioKey,
          scenario: slot.known.has(task.scenarioKey) ? undefined : task.scenario,
          replication: task.replication,
          trace: task.trace === true,
        };
        slot.known.add(task.scenarioKey);
        slot.busy = true;
        slot.worker.postMessage(request);
      };
      for (const slot of this.slots) {
        const onMessage = (message: { id: number; result?: ReplicationResult; error?: string }): void => {
          const index = pending.get(message.id);
          if (index === undefined) return;
          pending.delete(message.id);
          if (message.error !== undefined || !message.result) {
            done(new Error(`replication failed in a worker: ${message.error}`));
            return;
          }
          if (options.collect !== false) results[index] = message.result;
          finished++;
          options.onResult?.(index, message.result);
          feed(slot);
        };
        const onError = (error: Error): void => done(error);
        slot.worker.on('message', onMessage);
        slot.worker.on('error', onError);
        cleanups.push(() => {
          slot.worker.off('message', onMessage);
          slot.worker.off('error', onError);
        });
      }
      if (tasks.length === 0) {
        done();
        return;
      }
      for (const slot of this.slots) feed(slot);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
