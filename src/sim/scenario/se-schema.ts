import type { SchemaContext } from './context.js';
import { exponentialInput, lognormalInput } from './distribution-schema.js';
import { count, fields, hoursPerWeek, share, shareBelowOne } from './fields.js';
import { LIMITS } from './limits.js';
import { nullablePerSeverity, workField } from './per-severity.js';
import { scheduleField } from './schedule-schema.js';
import { perSpecialty } from './specialty-schema.js';

/** `pools.se`: the Support Engineers, in teams per specialty, each team with a TL and a manager. */
export function seSchema(context: SchemaContext) {
  const d = context.distribution;
  return fields({
    /** When SEs (and their TLs) work (default "business"). */
    schedule: scheduleField(context.schedules, 'business'),
    /** Hours each SE (and TL, team manager) works a week within the schedule, 1..168 (default 40). */
    hoursPerWeek: hoursPerWeek(),
    /** Share of paid time not available for cases, in [0, 1) (default 0.35). */
    shrinkage: shareBelowOne().default(0.35),
    /**
     * Per specialty: `teams` (0..LIMITS.teams = 1,000; default 1) of `sesPerTeam` SEs
     * (0..LIMITS.sesPerTeam = 100; default 14); every specialty gets an entry.
     */
    specialties: perSpecialty(
      context,
      fields({
        teams: count(0, LIMITS.teams).default(1),
        sesPerTeam: count(0, LIMITS.sesPerTeam).default(14),
      }),
      () => ({}),
    ),
    /**
     * Total SE effort per case, one distribution or one per severity
     * (default lognormal A 4h sd 3h, B 3h sd 2h, C 2h sd 1.5h).
     */
    work: workField(d, {
      A: lognormalInput('4h', '3h'),
      B: lognormalInput('3h', '2h'),
      C: lognormalInput('2h', '1.5h'),
    }),
    /** Work sessions a case's effort is split into, 1..LIMITS.sessions (100; default 3). */
    sessions: count(1, LIMITS.sessions).default(3),
    /**
     * Wait on the customer between sessions, per severity; null (for all or one severity): no wait
     * (default exponential A 1h, B 8h, C 1d). Parsed, always a per-severity map.
     */
    customerWait: nullablePerSeverity(d, {
      A: exponentialInput('1h'),
      B: exponentialInput('8h'),
      C: exponentialInput('1d'),
    }),
    /** Share of a case's effort spent in its first session, on the phone (default 0.3). */
    phoneShare: share().default(0.3),
    /** Share of cases on which the SE consults their TL (default 0.15). */
    consultShare: share().default(0.15),
    /** TL consult duration; SE and TL are both busy (default lognormal 20m sd 10m). */
    consult: d.prefault(lognormalInput('20m', '10m')),
    /** Time an SE spends on a misrouted case before transferring it (default exponential 10m). */
    transfer: d.prefault(exponentialInput('10m')),
  }).prefault({});
}
