import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReplicationResult } from '../../sim/index.js';
import { StoppedError, type ReplicationTask, type TaskRunOptions, type TaskRunner } from './tasks.js';
import type { WorkerReply, WorkerRequest } from './replication-worker.js';

/** The compiled worker script (when running from the TypeScript sources, the built copy in dist/). */
function workerScript(): URL {
  const here = new URL('./replication-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  const built = new URL('../../../dist/cli/plan/replication-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return built;
  throw new Error('the worker script is not built: run npm run build');
}

/**
 * A worker thread exited, crashed or sent a message that is not a reply to its task, so the
 * task it ran cannot finish. Its message is one line, fit for the user.
 */
export class WorkerFailure extends Error {
  override readonly name = 'WorkerFailure';
}

/** The task a worker is running: its index in the task list and the id of its request. */
interface Running {
  readonly index: number;
  readonly id: number;
  readonly task: ReplicationTask;
}

interface Slot {
  readonly worker: Worker;
  /** Scenario keys this worker has been sent (the scenario travels once per worker). */
  readonly known: Set<string>;
  running: Running | null;
  /** Exited, crashed or sent a wrong message: its events are ignored from then on. */
  lost: boolean;
}

/** The task list in progress: what the workers' events are handed to. */
interface ActiveRun {
  reply(slot: Slot, running: Running, reply: WorkerReply): void;
  fail(error: Error): void;
}

/**
 * Runs replication tasks on `size` worker threads. Tasks are handed out in order as workers
 * free up; results are put back in task order, so they are identical to a sequential run.
 *
 * A worker that exits, crashes or sends anything but the reply to its task fails the run with a
 * {@link WorkerFailure} at once (never a hang); so does a replication that throws. After a failed
 * run the pool only closes: `run` rejects with the same error.
 */
export class WorkerPoolRunner implements TaskRunner {
  private readonly slots: Slot[] = [];
  private active: ActiveRun | null = null;
  private failure: Error | null = null;
  private closing = false;

  constructor(size: number) {
    const script = workerScript();
    for (let i = 0; i < size; i++) {
      const slot: Slot = {
        worker: new Worker(script),
        known: new Set(),
        running: null,
        lost: false,
      };
      // Listeners live as long as the worker: a worker may fail between two runs, and an
      // 'error' event without a listener would bring the whole process down.
      slot.worker.on('message', (message: unknown) => this.onMessage(slot, message));
      slot.worker.on('messageerror', (error: Error) =>
        this.lose(slot, `sent a message that could not be read (${error.message})`),
      );
      slot.worker.on('error', (error: unknown) =>
        this.lose(slot, `crashed: ${error instanceof Error ? error.message : String(error)}`),
      );
      slot.worker.on('exit', (code: number) => this.lose(slot, `exited unexpectedly (exit code ${code})`));
      this.slots.push(slot);
    }
  }

  run(tasks: readonly ReplicationTask[], options: TaskRunOptions = {}): Promise<ReplicationResult[]> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.active) return Promise.reject(new Error('the worker pool runs one task list at a time'));
    const results = new Array<ReplicationResult>(options.collect === false ? 0 : tasks.length);
    let next = 0;
    let finished = 0;
    let requestId = 0;
    return new Promise((resolve, reject) => {
      let settled = false;
      const settle = (error?: Error): void => {
        if (settled) return;
        settled = true;
        this.active = null;
        if (error) {
          // Stopping (Ctrl-C) waits for every worker to be idle, so the pool stays usable.
          if (!(error instanceof StoppedError)) this.failure = error;
          reject(error);
        } else resolve(results);
      };
      const feed = (slot: Slot): void => {
        if (settled) return;
        if (options.signal?.aborted || next >= tasks.length) {
          if (this.slots.every((s) => s.running === null)) {
            if (finished === tasks.length) settle();
            else settle(new StoppedError('stopped'));
          }
          return;
        }
        const index = next++;
        const task = tasks[index];
        const id = requestId++;
        const request: WorkerRequest = {
          id,
          scenarioKey: task.scenarioKey,
          scenario: slot.known.has(task.scenarioKey) ? undefined : task.scenario,
          replication: task.replication,
          trace: task.trace === true,
        };
        slot.known.add(task.scenarioKey);
        slot.running = { index, id, task };
        slot.worker.postMessage(request);
      };
      this.active = {
        reply: (slot, running, reply) => {
          if (reply.error !== undefined) {
            settle(new Error(`replication ${describeTask(running.task)} failed in a worker: ${reply.error}`));
            return;
          }
          if (options.collect !== false) results[running.index] = reply.result;
          finished++;
          try {
            options.onResult?.(running.index, reply.result);
          } catch (error) {
            // E.g. a checkpoint that cannot be written: the run fails with that error.
            settle(error instanceof Error ? error : new Error(String(error)));
            return;
          }
          feed(slot);
        },
        fail: (error) => settle(error),
      };
      if (tasks.length === 0) {
        settle();
        return;
      }
      for (const slot of this.slots) feed(slot);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private onMessage(slot: Slot, message: unknown): void {
    if (slot.lost) return;
    const running = slot.running;
    if (running === null || !isReplyTo(message, running)) {
      this.lose(slot, `sent a message that is not the reply to its task (${preview(message)})`);
      return;
    }
    slot.running = null;
    // A late reply of a run that already failed has nowhere to go.
    this.active?.reply(slot, running, message);
  }

  /** A worker can no longer be trusted: fail the run in progress (or the next one). */
  private lose(slot: Slot, what: string): void {
    if (this.closing || slot.lost) return;
    slot.lost = true;
    const during = slot.running ? ` while running replication ${describeTask(slot.running.task)}` : '';
    const error = new WorkerFailure(`a worker thread ${what}${during}`);
    slot.running = null;
    void slot.worker.terminate();
    if (this.active) this.active.fail(error);
    else this.failure ??= error;
  }
}

/** `3 of "Exchange support baseline"`. */
function describeTask(task: ReplicationTask): string {
  return `${task.replication} of "${task.scenario.name}"`;
}

/** True when a message is a well-formed reply to the request a worker is running. */
function isReplyTo(message: unknown, running: Running): message is WorkerReply {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as { id?: unknown; error?: unknown; result?: unknown };
  if (m.id !== running.id) return false;
  if (typeof m.error === 'string') return true;
  const result = m.result as Partial<ReplicationResult> | undefined;
  return (
    typeof result === 'object' &&
    result !== null &&
    result.replication === running.task.replication &&
    result.kpis instanceof Map
  );
}

/** A short, one-line description of an unexpected message. */
function preview(message: unknown): string {
  let text: string;
  try {
    text =
      typeof message === 'string' ? JSON.stringify(message) : (JSON.stringify(message) ?? String(message));
  } catch {
    text = String(message);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
