import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReplicationResult } from '../../sim/index.js';
import {
  describeTask,
  failureReason,
  ReplicationFailure,
  StoppedError,
  type ReplicationTask,
  type TaskRunOptions,
  type TaskRunner,
} from './tasks.js';
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
export class WorkerFailure extends ReplicationFailure {
  override readonly name = 'WorkerFailure';
}

/** Most worker threads a pool starts, whatever it is asked for: twice the processors. */
export function maxWorkers(): number {
  return Math.max(1, availableParallelism() * 2);
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
  /** A worker was lost (while running `running`, or idle). */
  lost(running: Running | null, error: WorkerFailure): void;
}

/**
 * Runs replication tasks on up to `size` worker threads (capped at {@link maxWorkers}). Threads
 * start when a run needs them, never more than it has tasks: `--jobs 1000` for 2 replications
 * starts 2. Tasks are handed out in order as workers free up; results are put back in task order,
 * so they are identical to a sequential run.
 *
 * A worker that exits, crashes or sends anything but the reply to its task is lost (never a
 * hang), and so is its task. With `onFailure`, the task is reported there, a new thread takes the
 * lost one's place and the other tasks go on; without it the run fails at once with a
 * {@link WorkerFailure} (or, for a replication that throws, an Error), and after a failed run the
 * pool only closes: `run` rejects with the same error.
 */
export class WorkerPoolRunner implements TaskRunner {
  private readonly slots: Slot[] = [];
  private readonly size: number;
  private active: ActiveRun | null = null;
  private failure: Error | null = null;
  private closing = false;
  /** Worker threads started so far, replacements of lost ones included. */
  started = 0;

  constructor(size: number) {
    this.size = Math.max(1, Math.min(size, maxWorkers()));
  }

  /** Starts a worker thread. */
  private spawn(): Slot {
    const slot: Slot = {
      worker: new Worker(workerScript()),
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
    this.started++;
    return slot;
  }

  private live(): Slot[] {
    return this.slots.filter((s) => !s.lost);
  }

  run(tasks: readonly ReplicationTask[], options: TaskRunOptions = {}): Promise<ReplicationResult[]> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.active) return Promise.reject(new Error('the worker pool runs one task list at a time'));
    const results = new Array<ReplicationResult>(options.collect === false ? 0 : tasks.length);
    let next = 0;
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
      /** Moves past tasks to skip; true when a task is left to hand out. */
      const workLeft = (): boolean => {
        while (next < tasks.length && options.skip?.(next)) next++;
        return next < tasks.length && options.signal?.aborted !== true;
      };
      /** Settles the run when nothing is left to hand out and every worker is idle. */
      const settleIfIdle = (): void => {
        if (this.slots.every((s) => s.running === null))
          settle(next >= tasks.length ? undefined : new StoppedError('stopped'));
      };
      const feed = (slot: Slot): void => {
        if (settled) return;
        if (!workLeft()) {
          settleIfIdle();
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
          ...(task.traceFile === undefined ? {} : { traceFile: task.traceFile }),
        };
        slot.known.add(task.scenarioKey);
        slot.running = { index, id, task };
        slot.worker.postMessage(request);
      };
      /** Calls a callback of the caller; its error (e.g. a checkpoint that cannot be written) fails the run. */
      const report = (call: () => void): boolean => {
        try {
          call();
          return true;
        } catch (error) {
          settle(error instanceof Error ? error : new Error(String(error)));
          return false;
        }
      };
      this.active = {
        reply: (slot, running, reply) => {
          if (reply.error !== undefined) {
            const onFailure = options.onFailure;
            if (!onFailure) {
              settle(
                new Error(`replication ${describeTask(running.task)} failed in a worker: ${reply.error}`),
              );
              return;
            }
            if (report(() => onFailure(running.index, failureReason(running.task, stackHead(reply.error)))))
              feed(slot);
            return;
          }
          if (options.collect !== false) results[running.index] = reply.result;
          if (report(() => options.onResult?.(running.index, reply.result))) feed(slot);
        },
        lost: (running, error) => {
          const onFailure = options.onFailure;
          if (!onFailure) {
            settle(error);
            return;
          }
          if (running !== null && !report(() => onFailure(running.index, error.message))) return;
          // A new thread takes the lost one's place if there is work for it.
          if (workLeft()) feed(this.spawn());
          else settleIfIdle();
        },
      };
      if (tasks.length === 0) {
        settle();
        return;
      }
      const wanted = Math.min(this.size, tasks.length);
      for (let n = this.live().length; n < wanted; n++) this.spawn();
      for (const slot of this.live()) feed(slot);
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

  /** A worker can no longer be trusted: its task is lost (see the class comment). */
  private lose(slot: Slot, what: string): void {
    if (this.closing || slot.lost) return;
    slot.lost = true;
    const running = slot.running;
    const during = running ? ` while running replication ${describeTask(running.task)}` : '';
    const error = new WorkerFailure(`a worker thread ${what}${during}`);
    slot.running = null;
    void slot.worker.terminate();
    if (this.active) this.active.lost(running, error);
    else this.failure ??= error;
  }
}

/** The first line of a worker's error stack, as an error for {@link failureReason}. */
function stackHead(stack: string): string {
  return stack.split('\n')[0];
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
