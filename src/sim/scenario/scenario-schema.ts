import { z } from 'zod';
import { arrivalsSchema } from './arrivals-schema.js';
import type { SchemaContext } from './context.js';
import { costsSchema } from './costs-schema.js';
import { escalationSchema } from './escalation-schema.js';
import { anyText, count, fields, flag, numberAbove, numberAtLeast, text } from './fields.js';
import { ladderSchema } from './ladder-schema.js';
import { LIMITS } from './limits.js';
import { poolsSchema } from './pools-schema.js';
import { schedulesSchema } from './schedule-schema.js';
import { slaSchema } from './sla-schema.js';
import { specialtiesSchema } from './specialty-schema.js';

/**
 * `horizon`: simulated days per replication (> 0, at most LIMITS.days = 36,525, default 35) and
 * the warm-up excluded from statistics (>= 0, < days, default 7).
 */
function horizonSchema() {
  return fields({
    days: numberAbove(0, LIMITS.days).default(35),
    warmupDays: numberAtLeast(0, LIMITS.days).default(7),
  })
    .superRefine((horizon, ctx) => {
      if (horizon.warmupDays < horizon.days) return;
      ctx.addIssue({
        code: 'custom',
        message: `expected fewer warm-up days than days (${horizon.days}), got ${horizon.warmupDays}`,
        path: ['warmupDays'],
        input: horizon.warmupDays,
      });
    })
    .prefault({});
}

/**
 * The scenario file format (see docs/MODEL.md, "Scenario files"). Times are parsed to minutes,
 * CSV inputs are read, and every default is filled in, so nothing downstream re-checks.
 */
export function scenarioSchema(context: SchemaContext) {
  return fields({
    /** Required. */
    name: text(),
    /** Default "". */
    description: anyText().default(''),
    /** Seed of every random stream; a whole number from 0 to 2^53 − 1 (default 1). */
    seed: count(0, Number.MAX_SAFE_INTEGER).default(1),
    /** Switch every realism feature off (see textbook.ts); fields given explicitly still win (default false). */
    textbook: flag().default(false),
    horizon: horizonSchema(),
    /** Independent runs, 1..LIMITS.replications (10,000; default 10). */
    replications: count(1, LIMITS.replications).default(10),
    specialties: specialtiesSchema(),
    /** Named schedules pools may refer to (default none). */
    schedules: schedulesSchema(),
    arrivals: arrivalsSchema(context),
    pools: poolsSchema(context),
    escalation: escalationSchema(context),
    /** Entry at a later tier and returns down the ladder (default: MODEL.md's flow). */
    ladder: ladderSchema(context),
    sla: slaSchema(),
    costs: costsSchema(context),
  });
}

/** A parsed scenario: every field present, times in minutes, CSV inputs read. */
export type Scenario = z.output<ReturnType<typeof scenarioSchema>>;
