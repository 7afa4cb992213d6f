import type { Scenario, Severity } from '../scenario/index.js';
import type { Distribution, Rng } from '../random/index.js';
import { CaseState, type SupportCase } from './case.js';
import type { ModelContext } from './context.js';
import { Engineer } from './engineer.js';
import type { EscalationPolicy } from './escalation-policy.js';
import { before, JobQueue } from './job-queue.js';
import type { Ladder } from './ladder.js';
import { Pool, type PoolStaffing } from './pool.js';
import { workDistributions } from './service-desk.js';

/**
 * 3rd-tier pods: groups of senior engineers covering every specialty (XADM typically two of
 * four) whom tier3-contract customers call directly. A case goes to a member of its specialty
 * first; once it has waited `crossSkillAfter`, any member may take it, working at
 * `crossSkillEfficiency` (its effort takes 1/efficiency as long). Server-down (Sev A) cases come
 * first through the priority queues. A share (`fromPods`) goes on to Problem Control. The pods
 * are pooled: a customer's case may go to a member of any pod.
 */
export class Pods extends Pool<SupportCase> {
  /** One queue per specialty. */
  private readonly queues: JobQueue<SupportCase>[] = [];
  private readonly work: Record<Severity, Distribution>;
  private readonly rng: Rng;
  /** Closing work on cases that came back down, from a stream of its own (the others stay in step). */
  private readonly returnRng: Rng;
  private readonly crossSkillAfter: number;
  private readonly efficiency: number;
  private readonly escalationShare: number;
  backlog = 0;

  override backlogNow(): number {
    return this.backlog;
  }

  constructor(
    ctx: ModelContext,
    scenario: Scenario,
    staffing: PoolStaffing,
    private readonly policy: EscalationPolicy,
    private readonly ladder: Ladder,
    private readonly stage: number,
  ) {
    const specialties = scenario.specialties;
    const members = scenario.pools.pods.members;
    // Engineer i: pod = i / podSize, then members in specialty order within the pod.
    const seats: Array<{ specialty: number; pod: number; id: string }> = [];
    for (let pod = 0; pod < scenario.pools.pods.count; pod++) {
      specialties.forEach((name, s) => {
        for (let k = 0; k < (members[name] ?? 0); k++)
          seats.push({ specialty: s, pod, id: `pods/p${pod + 1}/${name}/${k + 1}` });
      });
    }
    super(
      ctx,
      'pods',
      { ...staffing, headcount: seats.length },
      (i, shift) => new Engineer(i, seats[i].id, shift, seats[i].specialty, -1, seats[i].pod),
    );
    for (let s = 0; s < specialties.length; s++) this.queues.push(new JobQueue<SupportCase>());
    const pods = scenario.pools.pods;
    this.work = workDistributions(pods.work);
    this.crossSkillAfter = pods.crossSkillAfter;
    this.efficiency = pods.crossSkillEfficiency;
    this.escalationShare = scenario.escalation.fromPods;
    this.rng = ctx.streams.stream('service/pods');
    this.returnRng = ctx.streams.stream('return/pods');
  }

  /** A tier3-contract case arrives. */
  accept(c: SupportCase): void {
    this.backlog++;
    c.escalationShare = this.escalationShare;
    this.join(c);
  }

  /** Too old for tier 1: up now if it waits; a case being worked is finished here (one piece of work). */
  escalateByAge(c: SupportCase): void {
    if (c.inQueue !== this.queues[c.specialty]) return;
    this.renege(c);
    this.leave(c, 'age', '');
  }

  protected override queueOf(c: SupportCase): JobQueue<SupportCase> {
    return this.queues[c.specialty];
  }

  protected override idleFor(c: SupportCase): Engineer<SupportCase> | undefined {
    let other: Engineer<SupportCase> | undefined;
    for (let i = this.idle.length - 1; i >= 0; i--) {
      const e = this.idle[i];
      if (e.specialty === c.specialty) return e;
      other ??= e;
    }
    // A server-down (severity A) case goes to any idle member at once.
    return this.crossSkillAfter <= 0 || c.severity === 'A' ? other : undefined;
  }

  /** Nobody leaves for shrinkage while a severity A case waits in any specialty's queue. */
  protected override mayGoAway(): boolean {
    return this.queues.every((q) => {
      const head = q.peek();
      return head === undefined || head.severity !== 'A';
    });
  }

  protected override queued(c: SupportCase): void {
    c.state = CaseState.Queued;
    if (this.crossSkillAfter > 0 && c.severity !== 'A')
      this.ctx.kernel.schedule(this.crossSkillAfter, this.crossSkillDue, this, c);
  }

  /** The case has waited long enough for any member: start it if someone is idle. */
  private crossSkillDue(c: SupportCase): void {
    if (c.inQueue !== this.queues[c.specialty] || this.idle.length === 0) return;
    const e = this.idle[this.idle.length - 1];
    this.takeIdle(e);
    const now = this.ctx.kernel.now();
    this.unqueue(c, now);
    this.begin(e, c, now);
  }

  override queuedJobs(): Iterable<SupportCase> {
    return this.queues.flatMap((q) => [...q]);
  }

  protected override next(engineer: Engineer<SupportCase>, now: number): SupportCase | undefined {
    let best = this.queues[engineer.specialty].peek();
    let bestQueue = engineer.specialty;
    const eligibleBefore = now - this.crossSkillAfter;
    for (let s = 0; s < this.queues.length; s++) {
      if (s === engineer.specialty) continue;
      const head = this.queues[s].peek();
      if (head === undefined || (head.queuedAt > eligibleBefore && head.severity !== 'A')) continue;
      if (best === undefined || before(head, best)) {
        best = head;
        bestQueue = s;
      }
    }
    return best === undefined ? undefined : this.takeQueued(this.queues[bestQueue], now);
  }

  protected serve(engineer: Engineer<SupportCase>, c: SupportCase, now: number): void {
    c.state = CaseState.InService;
    engineer.hold(c);
    this.ctx.recorder.firstResponse(c, now);
    const skill = engineer.specialty === c.specialty ? 1 : this.efficiency;
    // At an efficiency of 1 (textbook mode) a member outside the specialty works like any other.
    this.ctx.recorder.trace?.note({
      caseId: c.id,
      event: 'taken',
      place: this.name,
      engineer: engineer.id,
      how: skill < 1 ? 'crossSkill' : 'work',
    });
    const effort = c.returned
      ? this.policy.ladder.closingMinutes(c, this.returnRng)
      : this.work[c.severity].sample(this.rng);
    this.ctx.kernel.schedule(effort / skill, this.done, this, engineer);
  }

  private done(engineer: Engineer<SupportCase>): void {
    const c = engineer.drop();
    this.leave(
      c,
      !c.returned && this.policy.needsProblemControl(c, this.escalationShare) ? 'difficulty' : null,
      engineer.id,
    );
    this.release(engineer);
  }

  /** `engineer`: who finished the work ('' when the case leaves from the queue). */
  private leave(c: SupportCase, reason: 'age' | 'difficulty' | null, engineer: string): void {
    this.backlog--;
    if (reason === null) this.ladder.resolve(c, this.stage, engineer);
    else this.ladder.escalate(c, this.stage, reason, engineer);
  }
}
