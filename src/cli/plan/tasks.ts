import { replicationSlices, type ReplicationResult, type Scenario } from '../../sim/index.js';
import { injectedCrash, testFault } from './test-fault.js';
import { tracedReplication, type TraceFile } from './trace-file.js';

/** One replication of one scenario: the unit of work that runs anywhere (thread, worker, machine). */
export interface ReplicationTask {
  readonly scenario: Scenario;
  readonly replication: number;
  /** Identifies the scenario, so a worker can keep it instead of receiving it again. */
  readonly scenarioKey: string;
  /** Record the event trace (default false). */
  readonly trace?: boolean;
  /**
   * Write the event trace to this file (trace.csv) as the replication runs, atomically, instead
   * of returning it (see trace-file.ts): a long trace is never held in memory.
   */
  readonly traceFile?: string;
}

/** Options of a {@link TaskRunner}. */
export interface TaskRunOptions {
  /** Called as each task finishes (in any order), with its index in the task list. */
  readonly onResult?: (index: number, result: ReplicationResult) => void;
  /**
   * Called when a task fails (its replication throws, or the worker thread running it is lost),
   * with its index and a one-line reason; the other tasks go on. Without it, the first failure
   * rejects the run.
   */
  readonly onFailure?: (index: number, reason: string) => void;
  /** Asked as a task's turn comes: true leaves it out (not run, not reported). */
  readonly skip?: (index: number) => boolean;
  /** Stops handing out tasks; the promise then rejects with a StoppedError after in-flight work. */
  readonly signal?: AbortSignal;
  /**
   * Keep every result for the returned array (default true); false returns an empty array, to
   * save memory. Tasks that were skipped or failed have no result there.
   */
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

/**
 * A replication could not finish: it threw, or the worker thread running it was lost. Its
 * message is one line, fit for the user.
 */
export class ReplicationFailure extends Error {
  override readonly name: string = 'ReplicationFailure';
}

/** `3 of "Exchange support baseline"`: a task as error messages name it. */
export function describeTask(task: ReplicationTask): string {
  return `${task.replication} of "${task.scenario.name}"`;
}

/** Longest reason for a failure that a message quotes. */
const MAX_REASON = 200;

/** One line saying why a replication failed: the first line of its error (or stack), capped. */
export function failureReason(task: ReplicationTask, error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const line = text.split('\n')[0].trim();
  const reason = line.length > MAX_REASON ? `${line.slice(0, MAX_REASON - 3)}...` : line;
  return `replication ${describeTask(task)} failed: ${reason}`;
}

/** Wall-clock milliseconds between two looks at the event loop during a replication in this thread. */
const PAUSE_EVERY_MS = 20;

/**
 * Runs tasks one after the other in this thread. A replication runs in slices of simulated time
 * (see replicationSlices), and every {@link PAUSE_EVERY_MS} ms the runner lets the event loop
 * run, so that a Ctrl-C is heard within a slice rather than after the replication: a stop drops
 * the replication in progress (it is redone on --resume), which changes no result.
 */
export class SequentialRunner implements TaskRunner {
  async run(tasks: readonly ReplicationTask[], options: TaskRunOptions = {}): Promise<ReplicationResult[]> {
    const out: ReplicationResult[] = [];
    let pausedAt = performance.now();
    /** Lets signal handlers (Ctrl-C) run. */
    const pause = async (): Promise<void> => {
      await new Promise((resolve) => setImmediate(resolve));
      pausedAt = performance.now();
    };
    for (let i = 0; i < tasks.length; i++) {
      if (options.signal?.aborted) throw new StoppedError('stopped');
      if (options.skip?.(i)) continue;
      const task = tasks[i];
      let result: ReplicationResult;
      let traceFile: TraceFile | null = null;
      try {
        if (testFault(task.scenario.name, task.replication) === 'crash') throw injectedCrash();
        const traced = tracedReplication(task);
        traceFile = traced.traceFile;
        const slices = replicationSlices(task.scenario, traced.options);
        for (;;) {
          const step = slices.next();
          if (step.done) {
            result = step.value;
            break;
          }
          if (performance.now() - pausedAt >= PAUSE_EVERY_MS) {
            await pause();
            if (options.signal?.aborted) throw new StoppedError('stopped');
          }
        }
        traceFile?.commit();
      } catch (error) {
        traceFile?.abort();
        if (error instanceof StoppedError || !options.onFailure) throw error;
        options.onFailure(i, failureReason(task, error));
        continue;
      }
      if (options.collect !== false) out.push(result);
      options.onResult?.(i, result);
      await pause();
    }
    return out;
  }

  async close(): Promise<void> {}
}
