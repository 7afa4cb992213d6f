import type { Severity } from '../scenario/index.js';
import { makeDistribution, type Distribution, type DistributionSpec, type Rng } from '../random/index.js';
import { CaseState, type SupportCase } from './case.js';
import type { ModelContext } from './context.js';
import type { Engineer } from './engineer.js';
import type { EscalationPolicy } from './escalation-policy.js';
import type { Ladder } from './ladder.js';
import { Pool, type PoolStaffing } from './pool.js';

/** Work distributions per severity, minutes. */
export type WorkBySeverity = Record<Severity, DistributionSpec>;

/** Builds the per-severity samplers of a `work` field. */
export function workDistributions(work: WorkBySeverity): Record<Severity, Distribution> {
  return { A: makeDistribution(work.A), B: makeDistribution(work.B), C: makeDistribution(work.C) };
}

/**
 * A pool that works each case in one piece (beta SEs, Problem Control, escalation engineers):
 * the case waits in the priority queue, an engineer takes it, and `finished` decides where it
 * goes next.
 */
/** What a stage needs to send cases on: the escalation rules, the ladder and its own stage index. */
export interface StageLinks {
  readonly policy: EscalationPolicy;
  readonly ladder: Ladder;
  readonly stage: number;
}

export abstract class ServiceDesk extends Pool<SupportCase> {
  protected readonly rng: Rng;
  protected readonly work: Record<Severity, Distribution>;

  constructor(
    ctx: ModelContext,
    name: string,
    staffing: PoolStaffing,
    work: WorkBySeverity,
    protected readonly links: StageLinks,
  ) {
    super(ctx, name, staffing);
    this.rng = ctx.streams.stream(`service/${name}`);
    this.work = workDistributions(work);
  }

  protected serve(engineer: Engineer<SupportCase>, c: SupportCase, now: number): void {
    c.state = CaseState.InService;
    engineer.hold(c);
    // The first engineer to work a case answers it, whatever the tier (a case escalated by age
    // straight from a queue is first answered in Problem Control).
    this.ctx.recorder.firstResponse(c, now);
    this.ctx.recorder.trace?.note({
      caseId: c.id,
      event: 'taken',
      place: this.name,
      engineer: engineer.id,
      how: 'work',
    });
    this.ctx.kernel.schedule(this.work[c.severity].sample(this.rng), this.done, this, engineer);
  }

  protected override queued(c: SupportCase): void {
    c.state = CaseState.Queued;
  }

  /** The case's work here is done: send it on. `engineer`: the id of who did it (for the trace). */
  protected abstract finished(c: SupportCase, engineer: string): void;

  private done(engineer: Engineer<SupportCase>): void {
    const c = engineer.drop();
    this.finished(c, engineer.id);
    this.release(engineer);
  }
}
