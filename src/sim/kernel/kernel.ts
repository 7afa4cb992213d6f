import { simjs } from './simjs.generated.js';
import type { SimjsEntity, SimjsRequest, SimjsSim } from './simjs-api.js';

/** A scheduled callback that can still be cancelled. */
export interface Timer {
  cancel(): void;
}

/**
 * The one adapter between the model and the simjs event kernel: schedule a callback after a
 * delay, read the clock, run until a time. Time is in simulated minutes from the start of the run.
 *
 * Simultaneous events fire in the order they were scheduled (simjs's heap breaks ties on an
 * insertion counter). The model relies on that, e.g. a server freed at t serves the next case
 * before a new arrival at t is queued when the completion was scheduled first.
 */
export class Kernel {
  private readonly sim: SimjsSim;
  private readonly clock: SimjsEntity;
  /** Number of events delivered so far (cancelled ones excluded). */
  events = 0;

  constructor() {
    this.sim = new simjs.Sim();
    const Base = simjs.Entity;
    // simjs insists that every entity class has a start() method.
    class Clock extends Base {
      start(): void {}
    }
    this.clock = this.sim.addEntity(Clock, 'clock');
  }

  /** Current simulated time, minutes. */
  now(): number {
    return this.sim.simTime;
  }

  /**
   * Calls `fn.call(context, arg)` after `delayMinutes` (>= 0). `arg` must not be an array
   * (simjs would spread it) nor falsy (simjs would drop it).
   */
  schedule<C extends object, A>(
    delayMinutes: number,
    fn: (this: C, arg: A) => void,
    context: C,
    arg?: A,
  ): Timer {
    const request: SimjsRequest = this.clock.setTimer(delayMinutes);
    request.done(fn as (this: unknown, arg?: unknown) => void, context, arg);
    return request;
  }

  /**
   * Delivers every event due at or before `untilAt` and leaves the clock at `untilAt`.
   * Unlike simjs's own simulate(), the first event past the limit stays pending, so a run can
   * be continued in slices (hourly statistics, progress, animation).
   */
  runUntil(untilAt: number): void {
    const sim = this.sim;
    const queue = sim.queue;
    const heap = queue.data;
    let events = this.events;
    while (heap.length > 0 && heap[0].deliverAt <= untilAt) {
      // step() would skip a cancelled top and deliver the next one, possibly past the limit.
      if (heap[0].cancelled) {
        queue.remove();
        continue;
      }
      sim.step();
      events++;
    }
    this.events = events;
    if (sim.simTime < untilAt) sim.simTime = untilAt;
  }
}
