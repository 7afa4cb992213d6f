import { MINUTES_PER_WEEK } from '../units.js';
import type { ModelContext } from './context.js';
import type { Engineer } from './engineer.js';
import type { PoolStats } from './pool-stats.js';
import type { Roster } from './roster.js';

/** Shrinkage is taken in blocks of at least this many minutes, and at most twice as long. */
const AWAY_BLOCK_MINUTES = 60;

/** What a duty roster asks of its pool when people come and go. */
export interface DutyDesk<J> {
  /** `engineer` may start work again (shift start, back from time away): give them work, or idle them. */
  onDuty(engineer: Engineer<J>, now: number): void;
  /** `engineer` may no longer start work (shift over, time away): off the idle stack if on it. */
  offDuty(engineer: Engineer<J>): void;
  /** Whether someone may go away for shrinkage now (a pool may keep people while work waits). */
  mayGoAway(): boolean;
  /** `engineer`'s shift (duty) has just ended; work in hand, if any, they finish as overtime. */
  shiftEnded(engineer: Engineer<J>, now: number): void;
}

/**
 * Who of a pool is at work now: shifts coming on and off duty as the roster says, and time away
 * for shrinkage. It keeps each engineer's `onShift` and `available` flags and the pool's
 * `onShift`, `available` and `overtime` levels; the pool keeps the queue and the idle stack.
 *
 * Shrinkage is modelled as a debt: every on-shift minute adds `shrinkage` minutes of time away
 * (training, meetings, mentoring); once the debt reaches {@link AWAY_BLOCK_MINUTES}, the person
 * goes away for it as soon as they are free (never in the middle of a case), as long as no more
 * than the shrinkage share of the people on shift are away at once (cover is kept). So the time
 * lost is the shrinkage share of paid time whatever the load, and an idle pool spends it at no
 * cost to waiting cases.
 */
export class DutyRoster<J> {
  /** Minutes of time away owed and not yet taken, by engineer index. */
  private readonly owed: Float64Array;
  /** When the current time away ends, minutes, by engineer index (see `away`). */
  private readonly backAt: Float64Array;
  /** Away for shrinkage now, by engineer index. */
  private readonly away: boolean[];
  /** Time of the last roster update, minutes. */
  private lastUpdateAt = 0;
  /** People on shift, and people away for shrinkage, now. */
  private onShiftCount = 0;
  private awayCount = 0;
  /** Past the first update (the one that sets who is on duty at the start). */
  private started = false;

  constructor(
    private readonly ctx: ModelContext,
    /** The pool's name, for the trace. */
    private readonly poolName: string,
    private readonly roster: Roster,
    private readonly engineers: readonly Engineer<J>[],
    private readonly stats: PoolStats,
    private readonly desk: DutyDesk<J>,
  ) {
    const n = engineers.length;
    // Per-person state is indexed by `Engineer.index`, which pools number by position.
    if (engineers.some((e, i) => e.index !== i)) throw new Error(`${poolName}: engineers out of order`);
    this.owed = new Float64Array(n);
    this.backAt = new Float64Array(n);
    this.away = new Array<boolean>(n).fill(false);
    stats.available.set(0, n);
    stats.onShift.set(0, n);
    // Everybody always on shift and never away: no roster events at all.
    if (roster.constant) return;
    // Stagger the debts so that people do not all go away at the same moment.
    for (let i = 0; i < n; i++) this.owed[i] = (AWAY_BLOCK_MINUTES * i) / Math.max(1, n);
    this.update(0);
    this.started = true;
    this.scheduleNext(0);
  }

  /**
   * An available engineer has finished a piece of work: they go away now if they owe an hour
   * and cover allows. Returns whether they went.
   */
  awayAfterWork(e: Engineer<J>, now: number): boolean {
    return this.owed[e.index] >= AWAY_BLOCK_MINUTES && this.goAway(e, now);
  }

  private scheduleNext(now: number): void {
    const points = this.roster.changeMinutes;
    if (points.length === 0) return;
    const weekStart = Math.floor(now / MINUTES_PER_WEEK) * MINUTES_PER_WEEK;
    const inWeek = now - weekStart;
    let nextAt = -1;
    for (const p of points) {
      if (p > inWeek) {
        nextAt = weekStart + p;
        break;
      }
    }
    if (nextAt < 0) nextAt = weekStart + MINUTES_PER_WEEK + points[0];
    this.ctx.kernel.schedule(nextAt - now, this.onChange, this, { at: nextAt });
  }

  private onChange(): void {
    const now = this.ctx.kernel.now();
    this.update(now);
    this.scheduleNext(now);
  }

  /** Updates who is on shift, and lets free people take the time away they owe. */
  private update(now: number): void {
    const weekMinute = ((now % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK;
    const s = this.stats;
    const owed = this.roster.shrinkage * (now - this.lastUpdateAt);
    this.lastUpdateAt = now;
    let onShift = 0;
    let available = 0;
    const nowAvailable: Engineer<J>[] = [];
    const ended: Engineer<J>[] = [];
    for (const e of this.engineers) {
      const i = e.index;
      if (e.onShift) this.owed[i] += owed;
      const was = e.onShift;
      e.onShift = this.roster.onDuty(e.index, weekMinute);
      if (this.away[i] && was && !e.onShift) {
        // The shift ended during time away: what was not taken is still owed.
        this.owed[i] += this.backAt[i] - now;
        this.away[i] = false;
        this.awayCount--;
        this.noteBack(e, true);
      }
      // The first update only sets who starts the run on duty: no shift has ended.
      if (was && !e.onShift && this.started) ended.push(e);
      if (e.onShift) onShift++;
      if (e.busy && was !== e.onShift) s.overtime.add(now, e.onShift ? -1 : 1);
      const a = e.onShift && !this.away[i];
      if (a) available++;
      if (a && !e.available && !e.busy) nowAvailable.push(e);
      if (!a) this.desk.offDuty(e);
      e.available = a;
    }
    s.available.set(now, available);
    s.onShift.set(now, onShift);
    this.onShiftCount = onShift;
    for (const e of this.engineers) {
      if (e.available && !e.busy && this.owed[e.index] >= AWAY_BLOCK_MINUTES) this.goAway(e, now);
    }
    for (const e of ended) this.desk.shiftEnded(e, now);
    for (const e of nowAvailable) this.desk.onDuty(e, now);
  }

  /**
   * A free engineer takes (up to two blocks of) the time away they owe, unless that would put
   * more than the shrinkage share of the people on shift away at once. Returns whether they went.
   */
  private goAway(e: Engineer<J>, now: number): boolean {
    // Rounded down: of 2 night routers at 30% shrinkage, neither may leave the other alone.
    const maxAway = Math.floor(this.roster.shrinkage * this.onShiftCount + 1e-9);
    if (this.awayCount >= maxAway || !this.desk.mayGoAway()) return false;
    this.desk.offDuty(e);
    const i = e.index;
    this.away[i] = true;
    this.awayCount++;
    if (e.available) this.stats.available.add(now, -1);
    e.available = false;
    const minutes = Math.min(this.owed[i], 2 * AWAY_BLOCK_MINUTES);
    this.owed[i] -= minutes;
    this.backAt[i] = now + minutes;
    this.ctx.recorder.trace?.note({
      caseId: 0,
      event: 'away',
      place: this.poolName,
      engineer: e.id,
      plannedMinutes: minutes,
    });
    this.ctx.kernel.schedule(minutes, this.back, this, e);
    return true;
  }

  private back(e: Engineer<J>): void {
    const now = this.ctx.kernel.now();
    const i = e.index;
    // A stale return: the time away was cut short by the end of the shift (and maybe restarted).
    if (!this.away[i] || now < this.backAt[i]) return;
    this.away[i] = false;
    this.awayCount--;
    this.noteBack(e, false);
    if (!e.onShift) return;
    e.available = true;
    this.stats.available.add(now, 1);
    this.desk.onDuty(e, now);
  }

  /** Traces a person's return from time away (`endOfShift`: cut short by the end of their shift). */
  private noteBack(e: Engineer<J>, endOfShift: boolean): void {
    this.ctx.recorder.trace?.note({
      caseId: 0,
      event: 'back',
      place: this.poolName,
      engineer: e.id,
      endOfShift,
    });
  }
}
