import type { BusinessHours } from '../scenario/index.js';
import { MINUTES_PER_DAY, MINUTES_PER_WEEK } from '../units.js';

/** Arrival periods, in index order: within the scenario's business hours, or not. */
export const PERIODS = ['business', 'after-hours'] as const;
export type Period = (typeof PERIODS)[number];

/**
 * Which minutes of the week are business hours (`sla.businessHours`), so that an arrival's
 * period is one array lookup. Simulation minute 0 is Monday 00:00; the week repeats.
 */
export class BusinessWeek {
  /** 1 for a business minute, indexed by minute of the week (Monday 00:00 = 0). */
  private readonly business = new Uint8Array(MINUTES_PER_WEEK);

  constructor(hours: BusinessHours) {
    for (const day of hours.days) {
      // A span past midnight on Sunday wraps to Monday morning.
      for (let m = hours.startMinute; m < hours.endMinute; m++)
        this.business[(day * MINUTES_PER_DAY + m) % MINUTES_PER_WEEK] = 1;
    }
  }

  /**
   * The index in {@link PERIODS} of an instant (minutes since the start of the run, >= 0): 0
   * business, 1 after-hours. Boundaries are whole minutes: 07:00 is business, 06:59.9 is not.
   */
  periodIndexAt(at: number): number {
    return this.business[Math.floor(at) % MINUTES_PER_WEEK] === 1 ? 0 : 1;
  }
}
