import type { Scenario } from '../scenario/index.js';
import { makeDistribution } from '../random/index.js';
import { Arrivals } from './arrivals.js';
import { BetaDesk } from './beta.js';
import { Callbacks } from './callbacks.js';
import { CaseState, type EscalationReason, type SupportCase } from './case.js';
import type { ModelContext } from './context.js';
import { EscalationEngineers } from './escalation-engineers.js';
import { EscalationPolicy } from './escalation-policy.js';
import type { Ladder } from './ladder.js';
import { Pods } from './pods.js';
import type { Pool, PoolStaffing } from './pool.js';
import { ProblemControl } from './problem-control.js';
import { ProductGroup } from './product-group.js';
import { RouterDesk } from './router.js';
import { SpecialtyTeams } from './se-teams.js';
import { SideTaskPool } from './side-tasks.js';
import { workDistributions } from './service-desk.js';
import { StageIndex } from './stages.js';
import { staffingPlan } from './staffing-plan.js';
import { TeamLead } from './team-lead.js';
import type { Job } from './job-queue.js';

/** How a stage takes a case, and the tier it counts for. */
interface StageEntry {
  readonly tier: number;
  readonly accept: (c: SupportCase) => void;
}

const TIER = { router: 0, se: 1, pods: 2, beta: 3, problemControl: 4, escalation: 5 } as const;

/**
 * The support organisation of a scenario, wired stage to stage: where each case goes after
 * each stage. This is the one place that answers "where does a case go after the router?".
 */
export class Org implements Ladder {
  readonly stages: StageIndex;
  readonly router: RouterDesk;
  readonly se: SpecialtyTeams[] = [];
  readonly teamLeads: TeamLead[] = [];
  readonly pods: Pods;
  readonly beta: BetaDesk;
  readonly problemControl: ProblemControl;
  readonly escalation: EscalationEngineers;
  readonly productGroup: ProductGroup;
  readonly escalationManagers: SideTaskPool;
  readonly tams: SideTaskPool;
  readonly arrivals: Arrivals;
  private readonly policy: EscalationPolicy;
  /** Callers who hang up and call again; null without `pools.router.retrial`. */
  private readonly callbacks: Callbacks | null;
  /** For each stage a case can queue at: its tier and how it takes a case. */
  private readonly entries: StageEntry[];

  constructor(
    private readonly ctx: ModelContext,
    readonly scenario: Scenario,
  ) {
    const p = scenario.pools;
    const planned = new Map(staffingPlan(scenario).map((pool) => [pool.name, pool.staffing]));
    const staffing = (name: string): PoolStaffing => planned.get(name)!;
    const st = (this.stages = new StageIndex(scenario.specialties));
    const policy = (this.policy = new EscalationPolicy(scenario));
    this.router = new RouterDesk(ctx, staffing('router'), makeDistribution(p.router.triage), this, st.router);
    scenario.specialties.forEach((name, s) => {
      const teams = p.se.specialties[name];
      const leads = Array.from({ length: teams.teams }, (_, t) => {
        const id = `tl/${name}/t${t + 1}`;
        return new TeamLead(ctx, id, staffing(id), makeDistribution(p.se.consult), { specialty: s, team: t });
      });
      this.teamLeads.push(...leads);
      const se = staffing(`se/${name}`);
      this.se.push(
        new SpecialtyTeams(ctx, s, name, scenario, se, teams.sesPerTeam, leads, policy, this, st.se(s)),
      );
    });
    this.pods = new Pods(ctx, scenario, staffing('pods'), policy, this, st.pods);
    const links = (stage: number) => ({ policy, ladder: this, stage });
    this.beta = new BetaDesk(ctx, staffing('beta'), p.beta, links(st.beta), scenario.escalation.fromBeta);
    this.problemControl = new ProblemControl(
      ctx,
      'problemControl',
      staffing('problemControl'),
      p.problemControl,
      links(st.problemControl),
    );
    this.escalation = new EscalationEngineers(
      ctx,
      'escalation',
      staffing('escalation'),
      p.escalation,
      links(st.escalation),
    );
    this.productGroup = new ProductGroup(
      ctx,
      makeDistribution(scenario.escalation.productGroupDelay),
      this,
      st.productGroup,
    );
    this.escalationManagers = new SideTaskPool(
      ctx,
      'escalationManagers',
      staffing('escalationManagers'),
      workDistributions(p.escalationManagers.work),
    );
    const tamTime = makeDistribution(p.tams.timePerCase);
    this.tams = new SideTaskPool(ctx, 'tams', staffing('tams'), {
      A: tamTime,
      B: tamTime,
      C: tamTime,
    });
    this.arrivals = new Arrivals(ctx, scenario, (c) => this.arrive(c), policy.ladder);
    this.callbacks = Callbacks.of(ctx, scenario);
    const entries: StageEntry[] = [];
    entries[st.router] = { tier: TIER.router, accept: (c) => this.router.join(c) };
    this.se.forEach((se, s) => (entries[st.se(s)] = { tier: TIER.se, accept: (c) => se.accept(c) }));
    entries[st.pods] = { tier: TIER.pods, accept: (c) => this.pods.accept(c) };
    entries[st.beta] = { tier: TIER.beta, accept: (c) => this.beta.accept(c) };
    entries[st.problemControl] = { tier: TIER.problemControl, accept: (c) => this.problemControl.accept(c) };
    entries[st.escalation] = { tier: TIER.escalation, accept: (c) => this.escalation.accept(c) };
    this.entries = entries;
  }

  /** Every pool, in reporting order. */
  pools(): Array<Pool<Job>> {
    return [
      this.router,
      ...this.se,
      this.pods,
      this.beta,
      this.problemControl,
      this.escalation,
      ...this.teamLeads,
      this.escalationManagers,
      this.tams,
    ];
  }

  start(): void {
    this.arrivals.start();
  }

  // --- entry ---------------------------------------------------------------------------------

  private arrive(c: SupportCase): void {
    const { recorder, kernel } = this.ctx;
    recorder.arrived(c);
    recorder.trace?.note({
      caseId: c.id,
      event: 'arrived',
      place: 'arrival',
      engineer: '',
      severity: c.severity,
      contract: c.contract,
      beta: c.beta,
      sensitive: c.sensitive,
    });
    if (c.sensitive && this.escalationManagers.engineers.length > 0) this.escalationManagers.accept(c);
    if (c.contract === 'premier' && this.tams.engineers.length > 0) this.tams.accept(c);
    const limit = this.policy.ageLimitMinutes(c.severity, c.contract === 'premier');
    if (limit !== null) kernel.schedule(limit, this.ageLimitReached, this, c);
    this.moveTo(c, this.stages.arrival, this.entryStage(c));
  }

  /** The stage a case enters at: beta desk, pods, else (`ladder.entry`) the router by default. */
  private entryStage(c: SupportCase): number {
    const st = this.stages;
    if (c.beta) return st.beta;
    if (c.contract === 'tier3') return st.pods;
    switch (this.policy.ladder.entryOf(c)) {
      case 'router':
        return st.router;
      case 'se':
        // Nobody triaged it, so nobody misrouted it.
        c.misrouteTo = -1;
        return st.se(c.specialty);
      case 'problemControl':
        // Its difficulty is measured against Problem Control's own share up: an escalation
        // engineer follows with probability `toEscalation`, as for a case sent up from tier 1.
        c.escalationShare = 1;
        return st.problemControl;
      case 'escalation':
        return st.escalation;
    }
  }

  // --- the ladder ----------------------------------------------------------------------------

  toSpecialty(c: SupportCase, specialty: number, fromStage: number): void {
    this.moveTo(c, fromStage, this.stages.se(specialty));
  }

  escalate(c: SupportCase, fromStage: number, reason: EscalationReason, engineer: string): void {
    c.escalatedBy = reason;
    this.ctx.recorder.escalated(reason);
    const st = this.stages;
    // Severity A reaches an escalation engineer at any hour: past Problem Control when nobody
    // of Problem Control is on duty (at night, at weekends).
    const pastProblemControl =
      fromStage === st.problemControl ||
      (c.severity === 'A' && this.problemControl.stats.onShift.level === 0);
    const to = pastProblemControl ? st.escalation : st.problemControl;
    this.ctx.recorder.trace?.note({
      caseId: c.id,
      event: 'escalated',
      place: st.names[to],
      engineer,
      reason,
    });
    this.moveTo(c, fromStage, to);
  }

  returnDown(c: SupportCase, fromStage: number, engineer: string): void {
    const st = this.stages;
    c.returned = true;
    let to = st.se(c.specialty);
    if (fromStage === st.escalation) to = st.problemControl;
    else if (c.beta) to = st.beta;
    else if (c.contract === 'tier3') to = st.pods;
    this.ctx.recorder.trace?.note({ caseId: c.id, event: 'returned', place: st.names[to], engineer });
    this.moveTo(c, fromStage, to);
  }

  awaitHotfix(c: SupportCase): void {
    this.ctx.recorder.trace?.note({ caseId: c.id, event: 'hotfixWait', place: 'productGroup', engineer: '' });
    this.ctx.recorder.flow(this.stages.escalation, this.stages.productGroup);
    c.stage = this.stages.productGroup;
    this.productGroup.accept(c);
  }

  resolve(c: SupportCase, fromStage: number, engineer: string): void {
    const { recorder, kernel } = this.ctx;
    c.state = CaseState.Resolved;
    c.stage = this.stages.resolved;
    recorder.flow(fromStage, this.stages.resolved);
    recorder.resolved(c, kernel.now());
    recorder.trace?.note({ caseId: c.id, event: 'resolved', place: this.stages.names[fromStage], engineer });
  }

  abandon(c: SupportCase): void {
    const { recorder, kernel } = this.ctx;
    const delayMinutes = this.callbacks === null ? -1 : this.callbacks.delayAfterHangUp();
    recorder.abandonedCall(delayMinutes >= 0);
    if (delayMinutes >= 0) {
      // The case stays at the router stage (no flow): flows count cases, not calls.
      c.state = CaseState.CallingBack;
      recorder.trace?.note({ caseId: c.id, event: 'abandoned', place: 'router', engineer: '' });
      kernel.schedule(delayMinutes, this.callBack, this, c);
      return;
    }
    c.state = CaseState.Abandoned;
    c.stage = this.stages.abandoned;
    recorder.flow(this.stages.router, this.stages.abandoned);
    recorder.abandonedCase(c);
    recorder.trace?.note({ caseId: c.id, event: 'abandoned', place: 'router', engineer: '' });
  }

  /** The caller calls the router again: the same case, with the patience of a new call. */
  private callBack(c: SupportCase): void {
    const recorder = this.ctx.recorder;
    c.calls++;
    c.patience = this.callbacks!.patienceOfNewCall();
    c.state = CaseState.Queued;
    recorder.trace?.note({ caseId: c.id, event: 'calledBack', place: 'router', engineer: '', call: c.calls });
    recorder.trace?.note({ caseId: c.id, event: 'queued', place: 'router', engineer: '', forOwner: false });
    this.router.join(c);
  }

  private moveTo(c: SupportCase, from: number, to: number): void {
    const recorder = this.ctx.recorder;
    recorder.flow(from, to);
    c.stage = to;
    // A case past its age limit before reaching tier 1 keeps the flag; tier 1 sends it up at once.
    if (to === this.stages.problemControl || to === this.stages.escalation) c.escalateWhenFree = false;
    const entry = this.entries[to];
    recorder.reachedTier(c, entry.tier);
    recorder.trace?.note({
      caseId: c.id,
      event: 'queued',
      place: this.stages.names[to],
      engineer: '',
      forOwner: false,
    });
    entry.accept(c);
  }

  /** Escalation by age: only tier-1 stages (SE, pods, beta) send a case up for its age. */
  private ageLimitReached(c: SupportCase): void {
    // A case that came back down is being closed: no tier sends it up again.
    if (c.state === CaseState.Resolved || c.state === CaseState.Abandoned || c.returned) return;
    const st = this.stages;
    // Still with the router: the first tier-1 stage it reaches sends it up at once.
    if (c.stage === st.router) c.escalateWhenFree = true;
    else if (st.isSe(c.stage)) this.se[c.stage - st.se(0)].escalateByAge(c);
    else if (c.stage === st.pods) this.pods.escalateByAge(c);
    else if (c.stage === st.beta) this.beta.escalateByAge(c);
  }
}
