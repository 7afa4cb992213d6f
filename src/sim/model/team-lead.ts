import type { Distribution, Rng } from '../random/index.js';
import type { SupportCase } from './case.js';
import type { ModelContext } from './context.js';
import { Engineer } from './engineer.js';
import type { Job } from './job-queue.js';
import { Pool, type PoolStaffing } from './pool.js';

/** An SE asking their technical lead about a case; the SE is held until the consult ends. */
export class ConsultRequest implements Job {
  queuedAt = 0;
  inQueue: object | null = null;
  readonly priority: number;
  constructor(
    readonly supportCase: SupportCase,
    readonly se: Engineer<SupportCase>,
    readonly resume: (se: Engineer<SupportCase>) => void,
  ) {
    this.priority = supportCase.priority;
  }
}

/**
 * The technical lead of one team of ~14 SEs, on the shift most of the team works. Consults take
 * both the SE and the TL. A TL away for shrinkage makes the SE wait (but does not leave while SEs
 * wait); an SE whose TL is off duty asks another TL of the specialty who is on duty, and only
 * when none is does their own answer after their shift, in overtime, so that an SE finishing a
 * late session is never held overnight.
 */
export class TeamLead extends Pool<ConsultRequest> {
  private readonly rng: Rng;

  constructor(
    ctx: ModelContext,
    id: string,
    staffing: PoolStaffing,
    private readonly consult: Distribution,
    /** The team's specialty index and team index (the TL's seat). */
    seat: { readonly specialty: number; readonly team: number },
  ) {
    super(ctx, id, staffing, (i, shift) => new Engineer(i, id, shift, seat.specialty, seat.team));
    this.rng = ctx.streams.stream(`service/${id}`);
  }

  /** Whether the TL is on duty now (in their shift, away for shrinkage or not). */
  onDuty(): boolean {
    return this.engineers[0]?.onShift ?? false;
  }

  protected override idleFor(_request: ConsultRequest): Engineer<ConsultRequest> | undefined {
    const tl = this.engineers[0];
    if (tl === undefined || tl.busy) return undefined;
    return tl.available || !tl.onShift ? tl : undefined;
  }

  /** Off shift, a TL who finishes a consult also answers the next one waiting (overtime). */
  override release(engineer: Engineer<ConsultRequest>): void {
    super.release(engineer);
    if (engineer.busy || engineer.onShift) return;
    const now = this.ctx.kernel.now();
    const next = this.takeQueued(this.queue, now);
    if (next !== undefined) this.begin(engineer, next, now);
  }

  /** A TL does not leave for a meeting while an SE is waiting for them; the time is taken later. */
  protected override mayGoAway(): boolean {
    return this.queue.length === 0;
  }

  protected serve(engineer: Engineer<ConsultRequest>, request: ConsultRequest, _now: number): void {
    engineer.hold(request);
    this.ctx.recorder.trace?.note({
      caseId: request.supportCase.id,
      event: 'consult',
      place: this.name,
      engineer: engineer.id,
      se: request.se.id,
    });
    this.ctx.kernel.schedule(this.consult.sample(this.rng), this.done, this, engineer);
  }

  private done(engineer: Engineer<ConsultRequest>): void {
    const request = engineer.drop();
    this.release(engineer);
    request.resume(request.se);
  }
}
