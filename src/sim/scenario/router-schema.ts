import { makeDistribution } from '../random/index.js';
import type { SchemaContext } from './context.js';
import { exponentialInput, lognormalInput } from './distribution-schema.js';
import { count, fields, hoursPerWeek, share, shareBelowOne } from './fields.js';
import { LIMITS } from './limits.js';
import { scheduleField } from './schedule-schema.js';

/** `pools.router`: the Technical Routers who triage every arriving case. */
export function routerSchema(context: SchemaContext) {
  const d = context.distribution;
  return fields({
    /** Headcount, 0..LIMITS.staff (10,000; default 6). */
    staff: count(0, LIMITS.staff).default(6),
    /** When routers work (default "24x7"). */
    schedule: scheduleField(context.schedules, '24x7'),
    /** Hours each router works a week within the schedule, 1..168 (default 40). */
    hoursPerWeek: hoursPerWeek(),
    /** Share of paid time not available for cases, in [0, 1) (default 0.3). */
    shrinkage: shareBelowOne().default(0.3),
    /** Triage time per case (default lognormal mean 6m, sd 3m). */
    triage: d.prefault(lognormalInput('6m', '3m')),
    /** Share of cases the router closes itself: released hotfix, redirect, out of scope (default 0.1). */
    closeShare: share().default(0.1),
    /** Share of routed cases sent to the wrong specialty (default 0.05). */
    misrouteShare: share().default(0.05),
    /** How long a caller waits in the queue before hanging up; null: nobody abandons (default exponential mean 15m). */
    patience: d.nullable().prefault(exponentialInput('15m')),
    /** Callers who hang up and call again (see {@link retrialSchema}); null: nobody calls back (default null). */
    retrial: retrialSchema(context).nullable().default(null),
  }).prefault({});
}

/**
 * `pools.router.retrial`: a caller who hangs up while queued calls back with probability
 * `share`, after a `delay`, as the same case (its first-response clock keeps running from its
 * first call); the new call may be abandoned, and called back, again.
 */
function retrialSchema(context: SchemaContext) {
  return fields({
    /** Share of abandoned calls whose caller calls back, in [0, 1] (default 0.7). */
    share: share().default(0.7),
    /** Time from hanging up to calling back; its mean must be > 0 (default exponential mean 30m). */
    delay: context.distribution.prefault(exponentialInput('30m')),
  }).superRefine((retrial, ctx) => {
    // A delay of zero with callers who hang up at once would loop at one instant.
    if (makeDistribution(retrial.delay).mean > 0) return;
    ctx.addIssue({
      code: 'custom',
      message: 'expected a delay with a mean > 0 (callers call back some time after hanging up)',
      path: ['delay'],
      input: retrial.delay,
    });
  });
}
