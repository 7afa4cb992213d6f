import { TimeWeighted } from '../stats/index.js';
import { HOURS_PER_WEEK } from '../units.js';

/**
 * Measurements of one pool after the warm-up. Waits are per visit: a job that joined the
 * pool's queue (or started at once) after the warm-up, counted when its service starts.
 */
export class PoolStats {
  /** Visits that joined the pool after the warm-up. */
  joins = 0;
  /** Of those, by the hour of the week they joined in (see `hourOfWeek`). */
  readonly joinsByHourOfWeek = new Float64Array(HOURS_PER_WEEK);
  /** Visits that started service after joining post warm-up. */
  started = 0;
  /** Of those, visits that waited at all. */
  waited = 0;
  /** Sum of their waits, minutes. */
  waitSum = 0;
  /** Visits that left the queue without service (abandoned, escalated by age). */
  reneged = 0;
  /** Their time in the queue, minutes. */
  renegedWaitSum = 0;
  /**
   * Time spent in the queue within the measured window by every stay, whenever it began or
   * ends (stays cut by the warm-up or the end of the run counted in part): by Little's law it
   * equals the area under the queue length, exactly.
   */
  windowQueueTime = 0;
  readonly queue = new TimeWeighted();
  readonly busy = new TimeWeighted();
  readonly available = new TimeWeighted();
  readonly onShift = new TimeWeighted();
  /** Busy engineers outside their shift (overtime). */
  readonly overtime = new TimeWeighted();

  /** Starts measuring at `at` (end of the warm-up), keeping the current levels. */
  reset(at: number): void {
    this.joins = 0;
    this.joinsByHourOfWeek.fill(0);
    this.started = 0;
    this.waited = 0;
    this.waitSum = 0;
    this.reneged = 0;
    this.renegedWaitSum = 0;
    this.windowQueueTime = 0;
    this.queue.reset(at);
    this.busy.reset(at);
    this.available.reset(at);
    this.onShift.reset(at);
    this.overtime.reset(at);
  }
}
