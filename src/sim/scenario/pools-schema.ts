import type { SchemaContext } from './context.js';
import { exponentialInput, lognormalInput, type DistributionInput } from './distribution-schema.js';
import { duration } from './duration.js';
import { count, factor, fields, hoursPerWeek, share, shareBelowOne, wholeNumber } from './fields.js';
import { LIMITS } from './limits.js';
import { workField } from './per-severity.js';
import { routerSchema } from './router-schema.js';
import { scheduleField, type BUILT_IN_SCHEDULES } from './schedule-schema.js';
import { seSchema } from './se-schema.js';
import { perSpecialty } from './specialty-schema.js';

interface StaffedPoolDefaults {
  readonly staff: number;
  readonly schedule: (typeof BUILT_IN_SCHEDULES)[number];
  readonly shrinkage: number;
  readonly work: DistributionInput;
}

/**
 * The fields every staffed pool has: `staff` (0..LIMITS.staff, 10,000), `schedule`, `shrinkage`,
 * `work` (one distribution or one per severity).
 */
function staffedPool(context: SchemaContext, defaults: StaffedPoolDefaults) {
  return {
    staff: count(0, LIMITS.staff).default(defaults.staff),
    schedule: scheduleField(context.schedules, defaults.schedule),
    hoursPerWeek: hoursPerWeek(),
    shrinkage: shareBelowOne().default(defaults.shrinkage),
    work: workField(context.distribution, defaults.work),
  };
}

/**
 * How a desk that owns its cases (beta, Problem Control, escalation engineers) does a case's
 * `work`: in `sessions` equal pieces, 1..LIMITS.sessions (100), with a `betweenSessions` wait on
 * the customer or the product group (dump collection, a private build, a repro) after each but
 * the last; null: no wait. Later sessions wait for the engineer who took the case.
 */
function deskSessions(context: SchemaContext, sessions: number, betweenSessions: string) {
  return {
    sessions: count(1, LIMITS.sessions).default(sessions),
    betweenSessions: context.distribution.nullable().prefault(exponentialInput(betweenSessions)),
  };
}

/** `pools.pods`: 3rd-tier pods serving tier3-contract customers, each covering every specialty. */
function podsSchema(context: SchemaContext) {
  return fields({
    /** Number of pods, 0..LIMITS.pods (1,000; default 2). */
    count: count(0, LIMITS.pods).default(2),
    /** Members of each pod per specialty, 0..LIMITS.podMembers (100; default: 2 of the first specialty, 1 of every other). */
    members: perSpecialty(context, count(0, LIMITS.podMembers), (_, index) => (index === 0 ? 2 : 1)),
    /** Default "24x7". */
    schedule: scheduleField(context.schedules, '24x7'),
    /** Hours each member works a week (default 40): a pod's seats are covered by a rota of people. */
    hoursPerWeek: hoursPerWeek(),
    /** Default 0.3. */
    shrinkage: shareBelowOne().default(0.3),
    /** Effort per case (default lognormal A 3h sd 2h, B 3h sd 2h, C 2h sd 1.5h). */
    work: workField(context.distribution, {
      A: lognormalInput('3h', '2h'),
      B: lognormalInput('3h', '2h'),
      C: lognormalInput('2h', '1.5h'),
    }),
    /** Wait after which any pod member may take a case outside their specialty (default 30m). */
    crossSkillAfter: duration().prefault('30m'),
    /** Speed of a member working outside their specialty, in (0, 1] (default 0.7). */
    crossSkillEfficiency: factor().default(0.7),
  }).prefault({});
}

/** `pools.tams`: Technical Account Managers, one per `accountsPerTam` premier accounts. */
function tamsSchema(context: SchemaContext) {
  return fields({
    /** Premier accounts, 0..LIMITS.premierAccounts (100,000; default 120). */
    premierAccounts: count(0, LIMITS.premierAccounts).default(120),
    /** Accounts one TAM serves, 1..10 (default 10). */
    accountsPerTam: wholeNumber(1, 10).default(10),
    /** TAM time per premier case (default exponential 30m). */
    timePerCase: context.distribution.prefault(exponentialInput('30m')),
    /** Default "business". */
    schedule: scheduleField(context.schedules, 'business'),
    hoursPerWeek: hoursPerWeek(),
    /** Default 0.3. */
    shrinkage: shareBelowOne().default(0.3),
  }).prefault({});
}

/** `pools`: every staffed pool of the organisation. */
export function poolsSchema(context: SchemaContext) {
  return fields({
    router: routerSchema(context),
    se: seSchema(context),
    pods: podsSchema(context),
    /**
     * Beta SEs (default 4, business hours, shrinkage 0.35, work lognormal 4h sd 3h in 2 sessions,
     * exponential 2h between them).
     */
    beta: fields({
      ...staffedPool(context, {
        staff: 4,
        schedule: 'business',
        shrinkage: 0.35,
        work: lognormalInput('4h', '3h'),
      }),
      ...deskSessions(context, 2, '2h'),
    }).prefault({}),
    /**
     * Problem Control SEs (default 6, business hours, shrinkage 0.2, work lognormal 10h sd 8h in
     * 3 sessions, exponential 4h between them).
     */
    problemControl: fields({
      ...staffedPool(context, {
        staff: 6,
        schedule: 'business',
        shrinkage: 0.2,
        work: lognormalInput('10h', '8h'),
      }),
      ...deskSessions(context, 3, '4h'),
    }).prefault({}),
    /**
     * Escalation Engineers (default 2, 24x7, shrinkage 0.1, work lognormal 16h sd 12h in 3
     * sessions, exponential 4h between them) and the share of their time spent on mentoring and
     * proactive services (default 0.3).
     */
    escalation: fields({
      ...staffedPool(context, {
        staff: 2,
        schedule: '24x7',
        shrinkage: 0.1,
        work: lognormalInput('16h', '12h'),
      }),
      ...deskSessions(context, 3, '4h'),
      proactiveShare: share().default(0.3),
    }).prefault({}),
    /** Escalation Managers (default 2, business hours, shrinkage 0.2, EM time per sensitive case exponential 2h). */
    escalationManagers: fields(
      staffedPool(context, { staff: 2, schedule: 'business', shrinkage: 0.2, work: exponentialInput('2h') }),
    ).prefault({}),
    tams: tamsSchema(context),
  }).prefault({});
}
