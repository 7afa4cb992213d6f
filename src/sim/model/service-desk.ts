import type { Severity } from '../scenario/index.js';
import { makeDistribution, type Distribution, type DistributionSpec, type Rng } from '../random/index.js';
import { CaseState, type SupportCase } from './case.js';
import type { ModelContext } from './context.js';
import type { Engineer } from './engineer.js';
import type { EscalationPolicy } from './escalation-policy.js';
import type { Ladder } from './ladder.js';
import { OwnerSessions } from './owner-sessions.js';
import { Pool, type PoolStaffing } from './pool.js';

/** Work distributions per severity, minutes. */
export type WorkBySeverity = Record<Severity, DistributionSpec>;

/** Builds the per-severity samplers of a `work` field. */
export function workDistributions(work: WorkBySeverity): Record<Severity, Distribution> {
  return { A: makeDistribution(work.A), B: makeDistribution(work.B), C: makeDistribution(work.C) };
}

/** What a stage needs to send cases on: the escalation rules, the ladder and its own stage index. */
export interface StageLinks {
  readonly policy: EscalationPolicy;
  readonly ladder: Ladder;
  readonly stage: number;
}

/** How a desk works a case (`pools.beta`, `pools.problemControl`, `pools.escalation`). */
export interface DeskWork {
  /** Total effort per case, per severity, minutes. */
  readonly work: WorkBySeverity;
  /** Sessions the effort is done in, equal pieces, >= 1 (1: one uninterrupted piece). */
  readonly sessions: number;
  /** Wait on the customer or the product group between sessions, minutes; null: none. */
  readonly betweenSessions: DistributionSpec | null;
}

/**
 * A desk of engineers who own the cases they take (beta SEs, Problem Control, escalation
 * engineers): a case waits in the priority queue, an engineer takes it and does its effort in
 * `sessions` equal pieces, with a `betweenSessions` wait (dump collection, a private build, a
 * repro) after each but the last; later sessions wait for the owner (see owner-sessions.ts).
 * When the last session ends, `finished` decides where the case goes next.
 */
export abstract class ServiceDesk extends Pool<SupportCase> {
  private readonly rng: Rng;
  /** Closing work on cases that came back down, from a stream of its own (the others stay in step). */
  private readonly returnRng: Rng;
  private readonly work: Record<Severity, Distribution>;
  private readonly sessions: number;
  private readonly between: Distribution | null;
  /** Owners, their later sessions and handovers. */
  protected readonly owners: OwnerSessions;
  /** Cases at this desk now: queued, in work, waiting between sessions or for their owner. */
  backlog = 0;

  constructor(
    ctx: ModelContext,
    name: string,
    staffing: PoolStaffing,
    desk: DeskWork,
    protected readonly links: StageLinks,
  ) {
    super(ctx, name, staffing);
    this.rng = ctx.streams.stream(`service/${name}`);
    this.returnRng = ctx.streams.stream(`return/${name}`);
    this.work = workDistributions(desk.work);
    this.sessions = desk.sessions;
    this.between = desk.betweenSessions === null ? null : makeDistribution(desk.betweenSessions);
    this.owners = new OwnerSessions(
      ctx,
      {
        name,
        engineers: this.engineers,
        startIfIdle: (owner, c) => this.startIfIdle(owner, c),
        rejoin: (c) => this.join(c),
      },
      links.stage,
      ctx.streams.stream(`between/${name}`),
      // Escalation services finish what they own before taking more (without it a Problem
      // Control SE after a surge held 30 open cases, each waiting for its next session).
      true,
    );
  }

  override backlogNow(): number {
    return this.backlog;
  }

  /** A case arrives at the desk (escalated, or a new beta case). */
  accept(c: SupportCase): void {
    this.backlog++;
    c.owner = -1;
    c.handedOver = false;
    this.join(c);
  }

  protected serve(engineer: Engineer<SupportCase>, c: SupportCase, now: number): void {
    c.state = CaseState.InService;
    engineer.hold(c);
    let minutes: number;
    if (c.owner >= 0 || c.handedOver) minutes = this.owners.followUp(engineer, c);
    else if (c.returned) {
      // Closing a case handed back down: one piece of work, already answered above.
      c.owner = engineer.index;
      minutes = this.links.policy.ladder.closingMinutes(c, this.returnRng);
      c.remainingWork = 0;
      c.sessionsLeft = 0;
      this.owners.noteTaken(c, engineer, 'work');
    } else {
      // The first engineer to work a case answers it, whatever the tier (a case escalated by age
      // straight from a queue is first answered in Problem Control).
      this.ctx.recorder.firstResponse(c, now);
      c.owner = engineer.index;
      const effort = this.work[c.severity].sample(this.rng);
      minutes = effort / this.sessions;
      c.remainingWork = effort - minutes;
      c.sessionsLeft = this.sessions - 1;
      this.owners.noteTaken(c, engineer, this.sessions > 1 ? 'owner' : 'work');
    }
    this.ctx.kernel.schedule(minutes, this.sessionEnds, this, engineer);
  }

  protected override queued(c: SupportCase): void {
    c.state = CaseState.Queued;
  }

  /** New visits are cases taken from the shared queue; owner sessions are follow-ups. */
  protected override countsAsVisit(c: SupportCase): boolean {
    return c.owner < 0;
  }

  protected override next(engineer: Engineer<SupportCase>, now: number): SupportCase | undefined {
    return this.owners.takeOwn(engineer, this.queue.peek()) ?? this.takeQueued(this.queue, now);
  }

  /** An owner's duty has ended: their severity A cases waiting for them are handed over. */
  protected override shiftEnded(owner: Engineer<SupportCase>, _now: number): void {
    this.owners.shiftEnded(owner);
  }

  /** The case's work here is done: send it on. `engineer`: the id of who did it (for the trace). */
  protected abstract finished(c: SupportCase, engineer: string): void;

  /** The case leaves the desk upwards for its age (`engineer`: who just worked it, or ''). */
  protected leaveByAge(c: SupportCase, engineer: string): void {
    this.backlog--;
    c.owner = -1;
    this.links.ladder.escalate(c, this.links.stage, 'age', engineer);
  }

  private sessionEnds(engineer: Engineer<SupportCase>): void {
    const c = engineer.drop();
    // Work finished: an age limit that passed during the last session changes nothing.
    if (c.sessionsLeft <= 0) {
      this.backlog--;
      c.owner = -1;
      this.finished(c, engineer.id);
    } else if (c.escalateWhenFree) this.leaveByAge(c, engineer.id);
    else this.owners.betweenSessions(c, this.between);
    this.release(engineer);
  }
}
