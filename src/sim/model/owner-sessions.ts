import type { Distribution, Rng } from '../random/index.js';
import { CaseState, type SupportCase } from './case.js';
import type { ModelContext } from './context.js';
import type { Engineer } from './engineer.js';
import { before, JobQueue } from './job-queue.js';
import type { TakenHow } from './trace.js';

/** What {@link OwnerSessions} needs from the pool whose cases it follows. */
export interface SessionHost {
  /** Pool name, e.g. `se/XADM`, `problemControl` (the `place` of trace rows). */
  readonly name: string;
  /** The pool's people; an owner is an index into them. */
  readonly engineers: readonly Engineer<SupportCase>[];
  /** Starts `c` with `owner` at once if they are free and idle; false when they are not. */
  startIfIdle(owner: Engineer<SupportCase>, c: SupportCase): boolean;
  /** Puts `c`, its owner given up, back in the pool's shared queue. */
  rejoin(c: SupportCase): void;
}

/**
 * Cases worked by an owner in several sessions (SE teams, beta SEs, Problem Control, escalation
 * engineers): the engineer who takes a case from the shared queue owns it; between sessions the
 * case waits on someone outside (the customer, the product group), then its next session waits
 * for the owner alone, in the owner's own queue, so a person has several open cases. A free
 * engineer takes whichever is more urgent ({@link before}): their own next session or the head
 * of the shared queue; with `finishFirst`, their own session unless the shared head is of a more
 * urgent class. When an owner's duty ends, their severity A cases waiting for them go back
 * to the shared queue for whoever is on duty (continuous effort); severity B and C cases wait for
 * their owner's next duty. A session in progress at a duty's end is finished (overtime).
 *
 * The case carries the state: `owner` (index, -1 for none), `sessionsLeft` (sessions not started
 * yet), `remainingWork` (minutes of them), `handedOver`.
 */
export class OwnerSessions {
  /** Follow-up sessions ready for each owner, by engineer index. */
  private readonly owned: JobQueue<SupportCase>[] = [];

  constructor(
    private readonly ctx: ModelContext,
    private readonly host: SessionHost,
    /** Stage index of the pool: a wait that ends after the case has left the stage is ignored. */
    private readonly stage: number,
    /** Stream of the waits between sessions. */
    private readonly waitRng: Rng,
    /**
     * Whether an owner finishes what they own before taking a new case of the same urgency
     * (escalation services, which answer no phone); false: the older of the two goes first (SEs,
     * whose new cases wait for a first response).
     */
    private readonly finishFirst = false,
  ) {
    for (let i = 0; i < host.engineers.length; i++) this.owned.push(new JobQueue<SupportCase>());
  }

  /**
   * The owner's next session, taken out of their queue, if it comes before `sharedHead` (the head
   * of the shared queue, or undefined); else undefined (the pool takes from its shared queue).
   */
  takeOwn(engineer: Engineer<SupportCase>, sharedHead: SupportCase | undefined): SupportCase | undefined {
    const queue = this.owned[engineer.index];
    const mine = queue.peek();
    if (mine === undefined) return undefined;
    const sharedFirst =
      sharedHead !== undefined &&
      (this.finishFirst ? sharedHead.priority < mine.priority : !before(mine, sharedHead));
    return sharedFirst ? undefined : queue.shift();
  }

  /**
   * Starts a piece of work that is not a first session: the owner's next session, or a handed-over
   * case's (whose taker now owns it). It does an equal share of the work left. Returns its minutes.
   */
  followUp(engineer: Engineer<SupportCase>, c: SupportCase): number {
    const how: TakenHow = c.handedOver ? 'handover' : 'session';
    c.handedOver = false;
    c.owner = engineer.index;
    const minutes = c.remainingWork / c.sessionsLeft;
    c.remainingWork -= minutes;
    c.sessionsLeft--;
    this.noteTaken(c, engineer, how);
    return minutes;
  }

  /** Traces the start of a piece of work on `c`. */
  noteTaken(c: SupportCase, engineer: Engineer<SupportCase>, how: TakenHow): void {
    this.ctx.recorder.trace?.note({
      caseId: c.id,
      event: 'taken',
      place: this.host.name,
      engineer: engineer.id,
      how,
    });
  }

  /**
   * A session has ended and sessions remain: the case waits `wait` (null: no wait) on the
   * customer, then for its owner.
   */
  betweenSessions(c: SupportCase, wait: Distribution | null): void {
    if (wait === null) {
      this.readyForOwner(c);
      return;
    }
    c.state = CaseState.CustomerWait;
    this.ctx.recorder.trace?.note({
      caseId: c.id,
      event: 'customerWait',
      place: this.host.name,
      engineer: this.host.engineers[c.owner].id,
    });
    this.ctx.kernel.schedule(wait.sample(this.waitRng), this.waitOver, this, c);
  }

  /** Takes a case that waits for its owner out of the owner's queue (it leaves the stage). */
  drop(c: SupportCase): void {
    if (c.state === CaseState.WaitingForOwner) this.owned[c.owner].remove(c);
  }

  /** `owner`'s duty has just ended: their severity A cases waiting for them are handed over. */
  shiftEnded(owner: Engineer<SupportCase>): void {
    const mine = this.owned[owner.index];
    const handed = [...mine].filter((c) => c.severity === 'A');
    for (const c of handed) {
      mine.remove(c);
      this.handOver(c);
    }
  }

  private waitOver(c: SupportCase): void {
    // The case may have left the stage during the wait (escalated by age).
    if (c.state !== CaseState.CustomerWait || c.stage !== this.stage) return;
    this.readyForOwner(c);
  }

  /** The next session can start: at once if the owner is free, else it waits for them alone. */
  private readyForOwner(c: SupportCase): void {
    const owner = this.host.engineers[c.owner];
    this.ctx.recorder.trace?.note({
      caseId: c.id,
      event: 'queued',
      place: this.host.name,
      engineer: owner.id,
      forOwner: true,
    });
    if (c.severity === 'A' && !owner.onShift) {
      this.handOver(c);
      return;
    }
    if (this.host.startIfIdle(owner, c)) return;
    c.state = CaseState.WaitingForOwner;
    this.owned[c.owner].push(c, this.ctx.kernel.now());
  }

  /** Puts an owned severity A case back in the shared queue, its owner given up. */
  private handOver(c: SupportCase): void {
    c.owner = -1;
    c.handedOver = true;
    this.ctx.recorder.trace?.note({
      caseId: c.id,
      event: 'queued',
      place: this.host.name,
      engineer: '',
      forOwner: false,
    });
    this.host.rejoin(c);
  }
}
