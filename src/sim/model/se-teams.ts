import type { Scenario, Severity } from '../scenario/index.js';
import { makeDistribution, type Distribution, type Rng } from '../random/index.js';
import { CaseState, type SupportCase } from './case.js';
import type { ModelContext } from './context.js';
import { Engineer } from './engineer.js';
import type { EscalationPolicy } from './escalation-policy.js';
import type { Ladder } from './ladder.js';
import { OwnerSessions } from './owner-sessions.js';
import { Pool, type PoolStaffing } from './pool.js';
import { workDistributions } from './service-desk.js';
import { ConsultRequest, type TeamLead } from './team-lead.js';

/**
 * The support engineers of one specialty, in teams of ~14 with a technical lead each.
 *
 * New cases wait in the specialty's priority queue; the SE who takes one owns it. The owner works
 * the case's effort in `sessions` pieces: the first (phone time, `phoneShare` of the effort) when
 * the case is taken, the rest (research time) after waits on the customer, each queued for the
 * owner alone. A free SE takes whichever is more urgent: their own next session or the head of
 * the new-case queue (see owner-sessions.ts). Some cases need a consult with the team's TL after the first session.
 * A case whose difficulty needs Problem Control is escalated after the SE has spent
 * `diagnosisShare` of its effort; a case that grows too old is escalated at once (or at the end
 * of the session in progress). A misrouted case costs an SE `transfer` minutes and moves on.
 */
export class SpecialtyTeams extends Pool<SupportCase> {
  /** Owners, their follow-up sessions and handovers. */
  private readonly owners: OwnerSessions;
  private readonly work: Record<Severity, Distribution>;
  private readonly customerWait: Record<Severity, Distribution | null> | null;
  private readonly transfer: Distribution;
  private readonly workRng: Rng;
  /** Closing work on cases that came back down, from a stream of its own (the others stay in step). */
  private readonly returnRng: Rng;
  private readonly sessions: number;
  private readonly phoneShare: number;
  private readonly diagnosisShare: number;
  private readonly escalationShare: number;
  /** Cases at this specialty now: queued, in work, waiting on the customer or on their owner. */
  backlog = 0;

  override backlogNow(): number {
    return this.backlog;
  }

  constructor(
    ctx: ModelContext,
    readonly specialty: number,
    specialtyName: string,
    scenario: Scenario,
    staffing: PoolStaffing,
    sesPerTeam: number,
    private readonly teamLeads: readonly TeamLead[],
    private readonly policy: EscalationPolicy,
    private readonly ladder: Ladder,
    private readonly stage: number,
  ) {
    super(ctx, `se/${specialtyName}`, staffing, (i, shift) => {
      const team = Math.floor(i / Math.max(1, sesPerTeam));
      return new Engineer(
        i,
        `se/${specialtyName}/t${team + 1}/${(i % Math.max(1, sesPerTeam)) + 1}`,
        shift,
        specialty,
        team,
      );
    });
    const se = scenario.pools.se;
    this.work = workDistributions(se.work);
    const waits = se.customerWait;
    this.customerWait =
      waits === null
        ? null
        : {
            A: waits.A === null ? null : makeDistribution(waits.A),
            B: waits.B === null ? null : makeDistribution(waits.B),
            C: waits.C === null ? null : makeDistribution(waits.C),
          };
    this.transfer = makeDistribution(se.transfer);
    this.sessions = se.sessions;
    this.phoneShare = se.phoneShare;
    this.diagnosisShare = scenario.escalation.diagnosisShare;
    this.escalationShare = scenario.escalation.toProblemControl;
    this.workRng = ctx.streams.stream(`service/${this.name}`);
    this.returnRng = ctx.streams.stream(`return/${this.name}`);
    this.owners = new OwnerSessions(
      ctx,
      {
        name: this.name,
        engineers: this.engineers,
        startIfIdle: (owner, c) => this.startIfIdle(owner, c),
        rejoin: (c) => this.join(c),
      },
      stage,
      ctx.streams.stream(`customer/${this.name}`),
    );
  }

  /** A case arrives from the router (or from a wrong specialty). */
  accept(c: SupportCase): void {
    this.backlog++;
    c.owner = -1;
    c.escalationShare = this.escalationShare;
    if (c.escalateWhenFree) this.leave(c, 'age', '');
    else this.join(c);
  }

  /** The case is too old for tier 1 (see escalation-policy.ts). */
  escalateByAge(c: SupportCase): void {
    if (c.state === CaseState.InService) {
      c.escalateWhenFree = true;
      return;
    }
    if (c.inQueue === this.queue) this.renege(c);
    else this.owners.drop(c);
    // A case in a customer wait simply leaves; the wait's timer finds it gone.
    this.leave(c, 'age', '');
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

  protected serve(engineer: Engineer<SupportCase>, c: SupportCase, now: number): void {
    c.state = CaseState.InService;
    engineer.hold(c);
    const recorder = this.ctx.recorder;
    let minutes: number;
    if (c.owner < 0 && c.misrouteTo === this.specialty) {
      this.owners.noteTaken(c, engineer, 'misrouted');
      this.ctx.kernel.schedule(this.transfer.sample(this.workRng), this.transferred, this, engineer);
      return;
    }
    if (c.owner >= 0 || c.handedOver) minutes = this.owners.followUp(engineer, c);
    else if (c.returned) {
      c.owner = engineer.index;
      c.sessionsLeft = 0;
      c.remainingWork = 0;
      c.escalateWhenDone = false;
      minutes = this.policy.ladder.closingMinutes(c, this.returnRng);
      this.owners.noteTaken(c, engineer, 'owner');
    } else {
      c.owner = engineer.index;
      recorder.firstResponse(c, now);
      const effort = this.work[c.severity].sample(this.workRng);
      c.escalateWhenDone = this.policy.needsProblemControl(c, this.escalationShare);
      const toDo = c.escalateWhenDone ? effort * this.diagnosisShare : effort;
      c.sessionsLeft = this.sessions - 1;
      minutes = this.sessions > 1 ? toDo * this.phoneShare : toDo;
      c.remainingWork = toDo - minutes;
      this.owners.noteTaken(c, engineer, 'owner');
    }
    this.ctx.kernel.schedule(minutes, this.sessionEnds, this, engineer);
  }

  private sessionEnds(se: Engineer<SupportCase>): void {
    const c = se.job;
    if (c.needsConsult && !c.consulted && !c.returned && this.teamLeads.length > 0) {
      c.consulted = true;
      const tl = this.leadFor(se);
      tl.join(new ConsultRequest(c, se, this.afterSession));
      return;
    }
    this.afterSession(se);
  }

  /** Where the case goes when a session (and any consult) is over; then the SE is free. */
  /**
   * The TL an SE consults: their team's when on duty, else one of the specialty's on duty, else
   * their team's (who answers after their duty, in overtime).
   */
  private leadFor(se: Engineer<SupportCase>): TeamLead {
    const own = this.teamLeads[Math.min(se.team, this.teamLeads.length - 1)];
    return own.onDuty() ? own : (this.teamLeads.find((tl) => tl.onDuty()) ?? own);
  }

  private readonly afterSession = (se: Engineer<SupportCase>): void => {
    const c = se.drop();
    // Work finished: an age limit that passed during the last session changes nothing.
    if (c.sessionsLeft <= 0) this.leave(c, c.escalateWhenDone ? 'difficulty' : null, se.id);
    else if (c.escalateWhenFree) this.leave(c, 'age', se.id);
    else this.owners.betweenSessions(c, this.customerWait === null ? null : this.customerWait[c.severity]);
    this.release(se);
  };

  /**
   * Continuous effort on severity A: when an owner's duty ends, their severity A cases waiting
   * for them go back to the specialty's queue, for whoever is on duty. Severity B and C cases
   * wait for their owner's next duty.
   */
  protected override shiftEnded(owner: Engineer<SupportCase>, _now: number): void {
    this.owners.shiftEnded(owner);
  }

  private transferred(se: Engineer<SupportCase>): void {
    const c = se.drop();
    this.backlog--;
    c.misrouteTo = -1;
    this.ctx.recorder.trace?.note({ caseId: c.id, event: 'transferred', place: this.name, engineer: se.id });
    this.ladder.toSpecialty(c, c.specialty, this.stage);
    this.release(se);
  }

  /** `engineer`: the SE whose session just ended, or '' (the case leaves from a queue or a wait). */
  private leave(c: SupportCase, reason: 'age' | 'difficulty' | null, engineer: string): void {
    this.backlog--;
    c.owner = -1;
    if (reason === null) this.ladder.resolve(c, this.stage, engineer);
    else this.ladder.escalate(c, this.stage, reason, engineer);
  }
}
