/**
 * One person in a pool: a router, an SE, a pod member, an escalation engineer... `J` is the
 * kind of job they work on (a case, a TL's consult request).
 */
export class Engineer<J = unknown> {
  /** Working a job now (including overtime after the shift ended). */
  busy = false;
  /** Inside one of their shifts. */
  onShift = true;
  /** On shift and not away for shrinkage (training, meetings): may start new work. */
  available = true;
  /** Position in the pool's idle stack, or -1 when not idle. */
  idleSlot = -1;
  /** The job in hand, or null (read back by the completion callback, which gets the engineer). */
  private current: J | null = null;

  constructor(
    /** Index within the pool. */
    readonly index: number,
    /** Stable id used in traces, e.g. `se/XADM/t2/5`. */
    readonly id: string,
    /** Index of the shift this engineer works (see Roster). */
    readonly shift: number,
    /** Specialty index for skill-based pools (pods, SE teams), else -1. */
    readonly specialty = -1,
    /** Team index for SE teams and their technical leads, else -1. */
    readonly team = -1,
    /** Pod index for 3rd-tier pod members, else -1. */
    readonly pod = -1,
  ) {}

  /** Puts `job` in hand (at the start of a piece of work). */
  hold(job: J): void {
    this.current = job;
  }

  /** The job in hand; throws when there is none (a completion without a start is a bug). */
  get job(): J {
    if (this.current === null) throw new Error(`${this.id} has no job in hand`);
    return this.current;
  }

  /** Hands back the job in hand and empties the hand (at the end of a piece of work). */
  drop(): J {
    const job = this.job;
    this.current = null;
    return job;
  }
}
