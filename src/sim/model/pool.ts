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
  readonly engineers: Engineer<J>[] = [];
  readonly roster: Roster;
  /** Idle engineers who may start work (a stack: the last to finish starts next). */
  protected readonly idle: Engineer<J>[] = [];
  /** Time of the last roster update, minutes. */
  private lastRosterAt = 0;
  /** People on shift, and people away for shrinkage, now. */
  private onShiftCount = 0;
  private awayCount = 0;

  constructor(
    protected readonly ctx: ModelContext,
    /** Scope name, e.g. `router`, `se/XADM`, `pods`. */
    readonly name: string,
    staffing: PoolStaffing,
    makeEngineer: (index: number, shift: number) => Engineer<J> = (i, shift) =>
      new Engineer<J>(i, `${name}/${i + 1}`, shift),
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
    if (!engineer.available) return;
    if (engineer.awayDebt >= AWAY_BLOCK_MINUTES && this.goAway(engineer, now)) return;
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

  /** Whether someone may go away for shrinkage now (a pool may keep people while work waits). */
  protected mayGoAway(): boolean {
    return true;
  }

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

  // --- schedules and shrinkage -------------------------------------------------------------

  private startRoster(): void {
    // Stagger the shrinkage debts so that people do not all go away at the same moment.
    const n = this.engineers.length;
    this.engineers.forEach((e, i) => (e.awayDebt = (AWAY_BLOCK_MINUTES * i) / Math.max(1, n)));
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
   * Updates who is on shift, and lets people take the time that shrinkage owes. Shrinkage is
   * modelled as a debt: every on-shift minute adds `shrinkage` minutes of time away (training,
   * meetings, mentoring); once the debt reaches {@link AWAY_BLOCK_MINUTES}, the person goes away
   * for it as soon as they are free (never in the middle of a case). So the time lost is the
   * shrinkage share of paid time whatever the load, and an idle pool spends it at no cost to
   * waiting cases.
   */
  private applyRoster(now: number): void {
    const weekMinute = ((now % WEEK_MINUTES) + WEEK_MINUTES) % WEEK_MINUTES;
    const s = this.stats;
    const owed = this.roster.shrinkage * (now - this.lastRosterAt);
    this.lastRosterAt = now;
    let onShift = 0;
    let available = 0;
    const nowAvailable: Engineer<J>[] = [];
    for (const e of this.engineers) {
      if (e.onShift) e.awayDebt += owed;
      const was = e.onShift;
      e.onShift = this.roster.covers(e.shift, weekMinute);
      if (e.away && was && !e.onShift) {
        // The shift ended during time away: what was not taken is still owed.
        e.awayDebt += e.awayUntil - now;
        e.away = false;
        this.awayCount--;
        this.noteBack(e, true);
      }
      if (e.onShift) onShift++;
      if (e.busy && was !== e.onShift) s.overtime.add(now, e.onShift ? -1 : 1);
      const a = e.onShift && !e.away;
      if (a) available++;
      if (a && !e.available && !e.busy) nowAvailable.push(e);
      if (!a && e.idleSlot >= 0) this.takeIdle(e);
      e.available = a;
    }
    s.available.set(now, available);
    s.onShift.set(now, onShift);
    this.onShiftCount = onShift;
    for (const e of this.engineers) {
      if (e.available && !e.busy && e.awayDebt >= AWAY_BLOCK_MINUTES) this.goAway(e, now);
    }
    for (const e of nowAvailable) if (e.available && e.idleSlot < 0 && !e.busy) this.dispatch(e, now);
  }

  /**
   * A free engineer takes (up to two hours of) the time away they owe, unless that would put
   * more than the shrinkage share of the people on shift away at once (cover is kept).
   * Returns whether they went.
   */
  protected goAway(e: Engineer<J>, now: number): boolean {
    const maxAway = Math.ceil(this.roster.shrinkage * this.onShiftCount - 1e-9);
    if (this.awayCount >= maxAway || !this.mayGoAway()) return false;
    if (e.idleSlot >= 0) this.takeIdle(e);
    e.away = true;
    this.awayCount++;
    if (e.available) this.stats.available.add(now, -1);
    e.available = false;
    const minutes = Math.min(e.awayDebt, 2 * AWAY_BLOCK_MINUTES);
    e.awayDebt -= minutes;
    e.awayUntil = now + minutes;
    this.ctx.recorder.trace?.note({
      caseId: 0,
      event: 'away',
      place: this.name,
      engineer: e.id,
      plannedMinutes: minutes,
    });
    this.ctx.kernel.schedule(minutes, this.backFromAway, this, e);
    return true;
  }

  /** Traces a person's return from time away (`endOfShift`: cut short by the end of their shift). */
  private noteBack(e: Engineer<J>, endOfShift: boolean): void {
    this.ctx.recorder.trace?.note({ caseId: 0, event: 'back', place: this.name, engineer: e.id, endOfShift });
  }

  private backFromAway(e: Engineer<J>): void {
    const now = this.ctx.kernel.now();
    // A stale return: the time away was cut short by the end of the shift (and maybe restarted).
    if (!e.away || now < e.awayUntil) return;
    e.away = false;
    this.awayCount--;
    this.noteBack(e, false);
    if (!e.onShift) return;
    e.available = true;
    this.stats.available.add(now, 1);
    if (!e.busy) this.dispatch(e, now);
  }
}

/** Shrinkage is taken in blocks of at least this many minutes (see `applyRoster`). */
export const AWAY_BLOCK_MINUTES = 60;
