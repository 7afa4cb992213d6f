import type { Severity } from '../scenario/index.js';
import type { Distribution, Rng } from '../random/index.js';
import type { SupportCase } from './case.js';
import type { ModelContext } from './context.js';
import type { Engineer } from './engineer.js';
import type { Job } from './job-queue.js';
import { Pool, type PoolStaffing } from './pool.js';

/** Work someone does for a case alongside its main flow (an escalation manager's or a TAM's time). */
export class SideTask implements Job {
  queuedAt = 0;
  inQueue: object | null = null;
  readonly priority: number;
  constructor(readonly supportCase: SupportCase) {
    this.priority = supportCase.priority;
  }
}

/**
 * A pool that spends time on cases without holding them up: escalation managers drawn into
 * sensitive cases, and technical account managers following their premier customers' cases.
 */
export class SideTaskPool extends Pool<SideTask> {
  private readonly rng: Rng;

  constructor(
    ctx: ModelContext,
    name: string,
    staffing: PoolStaffing,
    private readonly work: Record<Severity, Distribution>,
  ) {
    super(ctx, name, staffing);
    this.rng = ctx.streams.stream(`service/${name}`);
  }

  /** The case needs some of this pool's time. */
  accept(c: SupportCase): void {
    this.join(new SideTask(c));
  }

  protected serve(engineer: Engineer<SideTask>, task: SideTask, _now: number): void {
    this.ctx.kernel.schedule(
      this.work[task.supportCase.severity].sample(this.rng),
      this.done,
      this,
      engineer,
    );
  }

  private done(engineer: Engineer<SideTask>): void {
    this.release(engineer);
  }
}
