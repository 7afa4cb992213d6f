import type { Distribution, Rng } from '../random/index.js';
import { CaseState, type SupportCase } from './case.js';
import type { ModelContext } from './context.js';
import type { Engineer } from './engineer.js';
import type { Ladder } from './ladder.js';
import { Pool, type PoolStaffing } from './pool.js';

/**
 * Technical routers: every standard and premier call is triaged here. A router closes a share
 * itself (released hotfix, redirect, out of scope), sends the rest to its specialty's SE queue
 * (a share to a wrong specialty), and callers hang up if they wait longer than their patience.
 */
export class RouterDesk extends Pool<SupportCase> {
  private readonly rng: Rng;

  constructor(
    ctx: ModelContext,
    staffing: PoolStaffing,
    private readonly triage: Distribution,
    private readonly ladder: Ladder,
    /** Stage index of the router (for flows). */
    private readonly stage: number,
  ) {
    super(ctx, 'router', staffing);
    this.rng = ctx.streams.stream('service/router');
  }

  protected serve(engineer: Engineer<SupportCase>, c: SupportCase, now: number): void {
    c.state = CaseState.InService;
    engineer.hold(c);
    // A call the router closes is answered by the router itself: that is its first response.
    if (c.closedByRouter) this.ctx.recorder.firstResponse(c, now);
    this.ctx.recorder.trace?.note({
      caseId: c.id,
      event: 'taken',
      place: this.name,
      engineer: engineer.id,
      how: 'triage',
    });
    this.ctx.kernel.schedule(this.triage.sample(this.rng), this.triaged, this, engineer);
  }

  protected override queued(c: SupportCase): void {
    c.state = CaseState.Queued;
    if (c.patience !== Infinity) this.ctx.kernel.schedule(c.patience, this.patienceEnds, this, c);
  }

  private triaged(engineer: Engineer<SupportCase>): void {
    const c = engineer.drop();
    if (c.closedByRouter) this.ladder.resolve(c, this.stage, engineer.id);
    else this.ladder.toSpecialty(c, c.misrouteTo >= 0 ? c.misrouteTo : c.specialty, this.stage);
    this.release(engineer);
  }

  private patienceEnds(c: SupportCase): void {
    // Lazy cancellation: the timer outlives the wait when the call was answered in time.
    if (c.inQueue !== this.queue) return;
    this.renege(c);
    this.ladder.abandon(c);
  }
}
