import type { Schedule } from '../scenario/index.js';
import type { ModelContext } from './context.js';
import { Engineer } from './engineer.js';
import { JobQueue, type Job } from './job-queue.js';
import { PoolStats } from './pool-stats.js';
import { Roster, WEEK_MINUTES } from './roster.js';

/** Staffing of a pool: headcount, schedule and shrinkage. */
export interface PoolStaffing {
  readonly headcount: number;
  readonly schedule: Schedule;
  /** Share of paid time not available for cases, in [0, 1). */
  readonly shrinkage: number;
}

/**
 * A pool of engineers sharing one priority queue, with schedules, shrinkage and no preemption.
 * Stages subclass it and say what serving a job means (`serve`) and, if they need to, which
 * job an engineer takes next (`next`) and which idle engineer takes a new job (`idleFor`).
 */
export abstract class Pool<J extends Job> {
  readonly queue = new JobQueue<J>();
  readonly stats = new PoolStats();
  readonly engineers: Engineer[] = [];
  readonly roster: Roster;
  /** Idle engineers who may start work (a stack: the last to finish starts next). */
  protected readonly idle: Engineer[] = [];
  /** Carry of fractional available headcount between roster updates (shrinkage rounding). */
  private shrinkageCarry = 0;
  private rosterStep = 0;

  constructor(
    protected readonly ctx: ModelContext,
    /** Scope name, e.g. `router`, `se/XADM`, `pods`. */
    readonly name: string,
    staffing: PoolStaffing,
    makeEngineer: (index: number, shift: number) => Engineer = (i, shift) => new Engineer(i, `${name}/${i + 1}`, shift),
  ) {
    this.roster = new Roster(staffing.schedule, staffing.headcount, staffing.shrinkage);
    this.roster.shiftOf.forEach((shift, i) => this.engineers.push(makeEngineer(i, shift)));
    for (const e of this.engineers) this.pushIdle(e);
    this.stats.available.set(0, this.engineers.length);
    this.stats.onShift.set(0, this.engineers.length);
    if (!this.roster.constant) this.startRoster();
  }

  /** A job arrives at the pool: an idle engineer takes it at once, or it queues. */
  join(job: J): void {
    const now = this.ctx.kernel.now();
    job.queuedAt = now;
    if (now >= this.ctx.warmupAt) this.stats.joins++;
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
    queue.remove(job);
    this.stats.queue.add(now, -1);
    if (job.queuedAt >= this.ctx.warmupAt) {
      this.stats.reneged++;
      this.stats.renegedWaitSum += now - job.queuedAt;
    }
  }

  /** The engineer has finished their current piece of work and looks for the next. */
  release(engineer: Engineer): void {
    const now = this.ctx.kernel.now();
    engineer.busy = false;
    this.stats.busy.add(now, -1);
    if (!engineer.onShift) this.stats.overtime.add(now, -1);
    if (engineer.available) this.dispatch(engineer, now);
  }

  /** Cases (or tasks) at this pool now: queued or in service. Stages with more states override it. */
  backlogNow(): number {
    return this.stats.queue.level + this.stats.busy.level;
  }

  /** Starts the given job with an engineer who is no longer idle. */
  protected begin(engineer: Engineer, job: J, now: number): void {
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

  /** Gives a free, available engineer the next job, or makes them idle. */
  protected dispatch(engineer: Engineer, now: number): void {
    const job = this.next(engineer, now);
    if (job === undefined) {
      this.pushIdle(engineer);
      return;
    }
    this.begin(engineer, job, now);
  }

  /** Serves `job`; must eventually call `release(engineer)`. */
  protected abstract serve(engineer: Engineer, job: J, now: number): void;

  /**
   * The job a free engineer takes next, removed from its queue, or undefined. An override that
   * takes a job from the shared queue must also lower the queue level (see `takeQueued`).
   */
  protected next(_engineer: Engineer, now: number): J | undefined {
    return this.takeQueued(this.queue, now);
  }

  /** Takes the head of `queue` and records the shorter queue. */
  protected takeQueued(queue: JobQueue<J>, now: number): J | undefined {
    const job = queue.shift();
    if (job !== undefined) this.stats.queue.add(now, -1);
    return job;
  }

  /** Whether a started job is a new visit for the wait statistics (follow-up sessions are not). */
  protected countsAsVisit(_job: J): boolean {
    return true;
  }

  /** The shared queue a new job waits in (pods keep one per specialty). */
  protected queueOf(_job: J): JobQueue<J> {
    return this.queue;
  }

  /** Hook: a job could not start at once and now waits in the queue. */
  protected queued(_job: J): void {}

  /** An idle engineer who can take this new job now, or undefined. */
  protected idleFor(_job: J): Engineer | undefined {
    return this.idle.length > 0 ? this.idle[this.idle.length - 1] : undefined;
  }

  protected takeIdle(engineer: Engineer): void {
    const slot = engineer.idleSlot;
    if (slot < 0) return;
    const last = this.idle.pop()!;
    if (last !== engineer) {
      this.idle[slot] = last;
      last.idleSlot = slot;
    }
    engineer.idleSlot = -1;
  }

  protected pushIdle(engineer: Engineer): void {
    engineer.idleSlot = this.idle.length;
    this.idle.push(engineer);
  }

  // --- schedules and shrinkage -------------------------------------------------------------

  private startRoster(): void {
    this.applyRoster(0);
    this.scheduleNextRoster(0);
  }

  private scheduleNextRoster(now: number): void {
    const points = this.roster.changeMinutes;
    if (points.length === 0) return;
    const weekStart = Math.floor(now / WEEK_MINUTES) * WEEK_MINUTES;
    const inWeek = now - weekStart;
    let nextAt = -1;
    for (const p of points) {
      if (p > inWeek) {
        nextAt = weekStart + p;
        break;
      }
    }
    if (nextAt < 0) nextAt = weekStart + WEEK_MINUTES + points[0];
    this.ctx.kernel.schedule(nextAt - now, this.onRosterChange, this, { at: nextAt });
  }

  private onRosterChange(): void {
    const now = this.ctx.kernel.now();
    this.applyRoster(now);
    this.scheduleNextRoster(now);
  }

  /**
   * Updates who is on shift and who is away for shrinkage. The available headcount is the
   * on-shift headcount times (1 − shrinkage), rounded with a carry so that its average is exact.
   * Idle people are sent away first (nobody is pulled off a case), rotating for fairness.
   */
  private applyRoster(now: number): void {
    const weekMinute = ((now % WEEK_MINUTES) + WEEK_MINUTES) % WEEK_MINUTES;
    const s = this.stats;
    let onShift = 0;
    for (const e of this.engineers) {
      const was = e.onShift;
      e.onShift = this.roster.covers(e.shift, weekMinute);
      if (e.onShift) onShift++;
      if (e.busy && was !== e.onShift) s.overtime.add(now, e.onShift ? -1 : 1);
    }
    const exact = onShift * (1 - this.roster.shrinkage) + this.shrinkageCarry;
    const target = Math.min(onShift, Math.floor(exact + 1e-9));
    this.shrinkageCarry = exact - target;
    let away = onShift - target;
    const n = this.engineers.length;
    const start = n > 0 ? this.rosterStep++ % n : 0;
    const awayNow = new Set<Engineer>();
    // Idle people go first; busy ones only if the idle are not enough (they leave after the case).
    for (const wantIdle of [true, false]) {
      for (let k = 0; k < n && away > 0; k++) {
        const e = this.engineers[(start + k) % n];
        if (!e.onShift || awayNow.has(e) || e.busy === wantIdle) continue;
        awayNow.add(e);
        away--;
      }
    }
    let available = 0;
    const nowAvailable: Engineer[] = [];
    for (const e of this.engineers) {
      const a = e.onShift && !awayNow.has(e);
      if (a) available++;
      if (a && !e.available && !e.busy) nowAvailable.push(e);
      if (!a && e.idleSlot >= 0) this.takeIdle(e);
      e.available = a;
    }
    s.available.set(now, available);
    s.onShift.set(now, onShift);
    for (const e of nowAvailable) if (e.idleSlot < 0 && !e.busy) this.dispatch(e, now);
  }
}
