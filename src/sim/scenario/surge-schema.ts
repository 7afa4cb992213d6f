import type { z } from 'zod';
import { fields, listOf, numberAtLeast, share } from './fields.js';
import { LIMITS } from './limits.js';

/**
 * `arrivals.surges`: periods when demand departs from the usual week, e.g. a launch week. Each
 * surge multiplies the arrival rate by `volumeFactor` (default 1) from day `fromDay` (inclusive)
 * to day `toDay` (exclusive), days counted from the start of the run, and may set its own
 * `betaShare` (default: the scenario's). Surges may not overlap. Days are at most LIMITS.days,
 * the factor at most LIMITS.volumeFactor (100), and there are at most LIMITS.surges (100).
 * Default: none.
 */
export function surgesSchema() {
  const surge = fields({
    fromDay: numberAtLeast(0, LIMITS.days),
    toDay: numberAtLeast(0, LIMITS.days),
    volumeFactor: numberAtLeast(0, LIMITS.volumeFactor).default(1),
    betaShare: share().nullable().default(null),
  }).superRefine((s, ctx) => {
    if (s.toDay <= s.fromDay) {
      ctx.addIssue({
        code: 'custom',
        path: ['toDay'],
        message: `expected a day after fromDay (${s.fromDay}), got ${s.toDay}`,
        input: s.toDay,
      });
    }
  });
  return listOf(surge, 'surges', LIMITS.surges)
    .superRefine((list, ctx) => {
      const sorted = list.map((s, i) => ({ ...s, i })).sort((a, b) => a.fromDay - b.fromDay);
      for (let k = 1; k < sorted.length; k++) {
        if (sorted[k].fromDay < sorted[k - 1].toDay) {
          ctx.addIssue({
            code: 'custom',
            path: [sorted[k].i, 'fromDay'],
            message: `surges may not overlap: day ${sorted[k].fromDay} is inside the surge from day ${sorted[k - 1].fromDay}`,
            input: sorted[k].fromDay,
          });
        }
      }
    })
    .default([]);
}

export type Surge = z.output<ReturnType<typeof surgesSchema>>[number];
