import { PRIORITY_CLASSES } from './case.js';

/** Anything that can wait in a queue: a case, or a side task such as a TAM's time on a case. */
export interface Job {
  readonly priority: number;
  queuedAt: number;
  inQueue: object | null;
}

/**
 * A priority queue with a fixed number of classes, first come first served within a class:
 * one FIFO per class and a bit mask of non-empty classes, so both ends are O(1).
 * Removal from the middle (abandonment, escalation by age) is lazy: the job's `inQueue` is
 * cleared and the stale entry is skipped when it reaches the head.
 */
export class JobQueue<J extends Job> {
  private readonly lanes: J[][] = [];
  private readonly heads: number[] = [];
  private nonEmpty = 0;
  /** Live number of jobs (stale entries excluded). */
  length = 0;

  constructor() {
    for (let i = 0; i < PRIORITY_CLASSES; i++) {
      this.lanes.push([]);
      this.heads.push(0);
    }
  }

  push(job: J, at: number): void {
    job.queuedAt = at;
    job.inQueue = this;
    this.lanes[job.priority].push(job);
    this.nonEmpty |= 1 << job.priority;
    this.length++;
  }

  /** The most urgent live job, without removing it, or undefined. */
  peek(): J | undefined {
    while (this.nonEmpty !== 0) {
      const p = 31 - Math.clz32(this.nonEmpty & -this.nonEmpty);
      const lane = this.lanes[p];
      let head = this.heads[p];
      while (head < lane.length && lane[head].inQueue !== this) head++;
      if (head < lane.length) {
        this.compact(p, head);
        return lane[this.heads[p]];
      }
      lane.length = 0;
      this.heads[p] = 0;
      this.nonEmpty &= ~(1 << p);
    }
    return undefined;
  }

  /** Removes and returns the most urgent live job, or undefined. */
  shift(): J | undefined {
    const job = this.peek();
    if (job === undefined) return undefined;
    const p = job.priority;
    this.heads[p]++;
    job.inQueue = null;
    this.length--;
    return job;
  }

  /** Takes a job out of the queue wherever it is (it is skipped later). */
  remove(job: J): void {
    if (job.inQueue !== this) return;
    job.inQueue = null;
    this.length--;
  }

  /** Live jobs in priority order (for end-of-run censoring and tests; not for hot paths). */
  *[Symbol.iterator](): IterableIterator<J> {
    for (let p = 0; p < PRIORITY_CLASSES; p++) {
      const lane = this.lanes[p];
      for (let i = this.heads[p]; i < lane.length; i++) if (lane[i].inQueue === this) yield lane[i];
    }
  }

  private compact(p: number, head: number): void {
    // Amortised: drop the consumed prefix once it dominates the lane.
    const lane = this.lanes[p];
    if (head > 1024 && head * 2 > lane.length) {
      lane.splice(0, head);
      head = 0;
    }
    this.heads[p] = head;
  }
}

/** True when job `a` should be served before job `b` (class, then arrival in queue). */
export function before(a: Job, b: Job): boolean {
  return a.priority < b.priority || (a.priority === b.priority && a.queuedAt < b.queuedAt);
}
