import { traceCsvHeader, traceCsvLines, type ReplicationOptions, type TraceRow } from '../../sim/index.js';
import { AtomicFile } from '../atomic-write.js';

/**
 * trace.csv written as the replication runs: the engine hands its trace rows over in chunks
 * (ReplicationOptions.onTraceRows), each chunk goes to a temporary file at once, and the file is
 * renamed into place when the replication has finished. So a trace of years is never held in
 * memory, as rows or as one string, nor carried in a result or a checkpoint; and a replication
 * that fails or is stopped leaves no trace.csv (an earlier one stays as it was).
 */
export class TraceFile {
  private readonly file: AtomicFile;
  /** Rows written so far. */
  rows = 0;

  private constructor(path: string) {
    this.file = AtomicFile.create(path);
    this.file.write(traceCsvHeader());
  }

  /** Starts trace.csv at `path`. */
  static create(path: string): TraceFile {
    return new TraceFile(path);
  }

  /** The engine's sink: writes a chunk of rows. */
  readonly sink = (rows: readonly TraceRow[]): void => {
    this.file.write(traceCsvLines(rows));
    this.rows += rows.length;
  };

  /** The replication has finished: the file is flushed and renamed into place. */
  commit(): void {
    this.file.commit();
  }

  /** The replication failed or was stopped: the temporary file is removed. */
  abort(): void {
    this.file.abort();
  }
}

/** What a task says about its trace: none, kept in the result (`trace`), or written to `traceFile`. */
export interface TraceRequest {
  readonly replication: number;
  readonly trace?: boolean;
  /** Write the trace to this file (trace.csv) as the replication runs; the result then has none. */
  readonly traceFile?: string;
}

/**
 * The options to run a task's replication with, and the trace file its trace goes to (null when
 * it has none): the caller commits the file when the replication has finished, and aborts it if
 * the replication fails or is stopped.
 */
export function tracedReplication(task: TraceRequest): {
  options: ReplicationOptions;
  traceFile: TraceFile | null;
} {
  if (task.traceFile === undefined)
    return { options: { replication: task.replication, trace: task.trace === true }, traceFile: null };
  const traceFile = TraceFile.create(task.traceFile);
  return { options: { replication: task.replication, onTraceRows: traceFile.sink }, traceFile };
}
