import type { Schedule } from '../scenario/index.js';
import { isSeverityAClass } from './case.js';
import type { ModelContext } from './context.js';
import { DutyRoster } from './duty-roster.js';
import { Engineer } from './engineer.js';
import { JobQueue, type Job } from './job-queue.js';
import { hourOfWeek } from './hour-of-week-counts.js';
import { PoolStats } from './pool-stats.js';
import { Roster } from './roster.js';

/** Staffing of a pool: headcount, schedule and shrinkage. */
export interface PoolStaffing {
  readonly headcount: number;
  readonly schedule: Schedule;
  /** Hours each person works a week within the schedule (168: the whole schedule, as a seat). */
  readonly hoursPerWeek: number;
  /** Share of paid time not available for cases, in [0, 1). */
  readonly shrinkage: number;
}

/**
 * A pool of engineers sharing one priority queue, without preemption; who is on duty (shifts,
 * time away for shrinkage) is its {@link DutyRoster}'s business. Stages subclass it and say what
 * serving a job means (`serve`) and, if they need to, which job an engineer takes next (`next`)
 * and which idle engineer takes a new job (`idleFor`).
 */
export abstract class Pool<J extends Job> {
  readonly queue = new JobQueue<J>();
  readonly stats = new PoolStats();
  readonly engineers: Engineer<J>[] = [];
  /** Who works which shift (and the pool's paid hours). */
  readonly roster: Roster;
  /** Idle engineers who may start work (a stack: the last to finish starts next). */
  protected readonly idle: Engineer<J>[] = [];
  private readonly duty: DutyRoster<J>;

  constructor(
    protected readonly ctx: ModelContext,
    /** Scope name, e.g. `router`, `se/XADM`, `pods`. */
    readonly name: string,
    staffing: PoolStaffing,
    makeEngineer: (index: number, shift: number) => Engineer<J> = (i, shift) =>
      new Engineer<J>(i, `${name}/${i + 1}`, shift),
  ) {
    this.roster = new Roster(
      staffing.schedule,
      staffing.headcount,
      staffing.shrinkage,
      staffing.hoursPerWeek,
    );
    this.roster.shiftOf.forEach((shift, i) => this.engineers.push(makeEngineer(i, shift)));
    for (const e of this.engineers) this.pushIdle(e);
    this.duty = new DutyRoster(ctx, name, this.roster, this.engineers, this.stats, {
      onDuty: (e, now) => {
        // Free and not on the idle stack yet (a busy person finishes first, then looks for work).
        if (e.available && e.idleSlot < 0 && !e.busy) this.dispatch(e, now);
      },
      offDuty: (e) => this.takeIdle(e),
      mayGoAway: () => this.mayGoAway(),
      shiftEnded: (e, now) => this.shiftEnded(e, now),
    });
  }

  /** A job arrives at the pool: an idle engineer takes it at once, or it queues. */
  join(job: J): void {
    const now = this.ctx.kernel.now();
    job.queuedAt = now;
    if (now >= this.ctx.warmupAt) {
      this.stats.joins++;
      this.stats.joinsByHourOfWeek[hourOfWeek(now)]++;
    }
    const engineer = this.idleFor(job);
    if (engineer !== undefined) {
      this.takeIdle(engineer);
      this.begin(engineer, job, now);
    } else {
      this.queueOf(job).push(job, now);
      this.stats.queue.add(now, 1);
      this.queued(job);
    }
  }

  /** Removes a queued job without serving it (abandonment, escalation by age). */
  renege(job: J): void {
    const queue = this.queueOf(job);
    if (job.inQueue !== queue) return;
    const now = this.ctx.kernel.now();
    this.unqueue(job, now);
    if (job.queuedAt >= this.ctx.warmupAt) {
      this.stats.reneged++;
      this.stats.renegedWaitSum += now - job.queuedAt;
    }
  }

  /** The engineer has finished their current piece of work and looks for the next. */
  release(engineer: Engineer<J>): void {
    const now = this.ctx.kernel.now();
    engineer.busy = false;
    this.stats.busy.add(now, -1);
    if (!engineer.onShift) this.stats.overtime.add(now, -1);
    if (!engineer.available || this.duty.awayAfterWork(engineer, now)) return;
    this.dispatch(engineer, now);
  }

  /** Cases (or tasks) at this pool now: queued or in service. Stages with more states override it. */
  backlogNow(): number {
    return this.stats.queue.level + this.stats.busy.level;
  }

  /** Starts the given job with an engineer who is no longer idle. */
  protected begin(engineer: Engineer<J>, job: J, now: number): void {
    if (job.queuedAt >= this.ctx.warmupAt && this.countsAsVisit(job)) {
      const s = this.stats;
      s.started++;
      const wait = now - job.queuedAt;
      if (wait > 0) {
        s.waited++;
        s.waitSum += wait;
      }
    }
    engineer.busy = true;
    this.stats.busy.add(now, 1);
    if (!engineer.onShift) this.stats.overtime.add(now, 1);
    this.serve(engineer, job, now);
  }

  /** Starts `job` with `engineer` at once if they are free and idle (an owner's session); false when not. */
  protected startIfIdle(engineer: Engineer<J>, job: J): boolean {
    if (engineer.busy || !engineer.available || engineer.idleSlot < 0) return false;
    const now = this.ctx.kernel.now();
    this.takeIdle(engineer);
    job.queuedAt = now;
    this.begin(engineer, job, now);
    return true;
  }

  /** Gives a free, available engineer the next job, or makes them idle. */
  protected dispatch(engineer: Engineer<J>, now: number): void {
    const job = this.next(engineer, now);
    if (job === undefined) {
      this.pushIdle(engineer);
      return;
    }
    this.begin(engineer, job, now);
  }

  /** Serves `job`; must eventually call `release(engineer)`. */
  protected abstract serve(engineer: Engineer<J>, job: J, now: number): void;

  /**
   * The job a free engineer takes next, removed from its queue, or undefined. An override that
   * takes a job from the shared queue must also lower the queue level (see `takeQueued`).
   */
  protected next(_engineer: Engineer<J>, now: number): J | undefined {
    return this.takeQueued(this.queue, now);
  }

  /** Takes the head of `queue` and records the shorter queue. */
  protected takeQueued(queue: JobQueue<J>, now: number): J | undefined {
    const job = queue.shift();
    if (job !== undefined) this.leftQueue(job, now);
    return job;
  }

  /** Takes a job out of its shared queue wherever it stands (it starts or leaves now). */
  protected unqueue(job: J, now: number): void {
    this.queueOf(job).remove(job);
    this.leftQueue(job, now);
  }

  /**
   * Records that a job left the shared queue: a shorter queue, and the part of its stay that
   * falls in the measured window (for Little's law).
   */
  private leftQueue(job: J, now: number): void {
    this.stats.queue.add(now, -1);
    this.countQueueTime(job, now);
  }

  /** Adds the part of a job's stay in the queue up to `at` that falls in the measured window. */
  private countQueueTime(job: J, at: number): void {
    const warmupAt = this.ctx.warmupAt;
    if (at > warmupAt) this.stats.windowQueueTime += at - Math.max(job.queuedAt, warmupAt);
  }

  /** Jobs still in the shared queue(s) (pods keep several); for the end-of-run accounting. */
  queuedJobs(): Iterable<J> {
    return this.queue;
  }

  /** At the end of the run: counts the in-window time of the stays that are still going on. */
  closeWindow(endAt: number): void {
    for (const job of this.queuedJobs()) this.countQueueTime(job, endAt);
  }

  /** Whether a started job is a new visit for the wait statistics (follow-up sessions are not). */
  protected countsAsVisit(_job: J): boolean {
    return true;
  }

  /** Whether someone may go away for shrinkage now: not while a severity A case waits in the queue. */
  protected mayGoAway(): boolean {
    const head = this.queue.peek();
    return head === undefined || !isSeverityAClass(head.priority);
  }

  /** Hook: `engineer`'s duty has just ended (they are off the idle stack already). */
  protected shiftEnded(_engineer: Engineer<J>, _now: number): void {}

  /** The shared queue a new job waits in (pods keep one per specialty). */
  protected queueOf(_job: J): JobQueue<J> {
    return this.queue;
  }

  /** Hook: a job could not start at once and now waits in the queue. */
  protected queued(_job: J): void {}

  /** An idle engineer who can take this new job now, or undefined. */
  protected idleFor(_job: J): Engineer<J> | undefined {
    return this.idle.length > 0 ? this.idle[this.idle.length - 1] : undefined;
  }

  protected takeIdle(engineer: Engineer<J>): void {
    const slot = engineer.idleSlot;
    if (slot < 0) return;
    const last = this.idle.pop()!;
    if (last !== engineer) {
      this.idle[slot] = last;
      last.idleSlot = slot;
    }
    engineer.idleSlot = -1;
  }

  protected pushIdle(engineer: Engineer<J>): void {
    engineer.idleSlot = this.idle.length;
    this.idle.push(engineer);
  }
}
