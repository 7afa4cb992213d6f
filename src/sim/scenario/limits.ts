import { MINUTES_PER_DAY } from './shifts.js';

/**
 * Upper bounds of the scenario format. Each is far above any real support organisation and far
 * below what breaks the engine (typed arrays sized by the horizon, loops over people, numbers
 * that overflow after unit conversion), so a value beyond one is a mistake and is refused with
 * its field path and the bound. Whether a whole run fits in memory and time is judged
 * separately, from all of them together (see `estimateRun` in src/sim/run/estimate.ts).
 * README's "Limits" table lists the same numbers.
 */
export const LIMITS = {
  /** Simulated days (`horizon.days`, surge days, `--days`); also the longest duration: 100 years. */
  days: 36_525,
  /** Independent replications (`replications`, `--reps`). */
  replications: 10_000,
  /** Names in `specialties`. */
  specialties: 100,
  /** Characters of a specialty name (it appears in KPI scopes and folder-like ids). */
  specialtyName: 64,
  /** Headcount of one staffed pool (`pools.router.staff`, `beta`, `problemControl`, `escalation`, `escalationManagers`). */
  staff: 10_000,
  /** Teams of one specialty (`pools.se.specialties.<name>.teams`). */
  teams: 1_000,
  /** SEs per team (`sesPerTeam`). */
  sesPerTeam: 100,
  /** Work sessions a case's effort is split into (`pools.se.sessions`, and `sessions` of beta, problemControl, escalation). */
  sessions: 100,
  /** Pods (`pools.pods.count`). */
  pods: 1_000,
  /** Members of one pod per specialty (`pools.pods.members.<name>`). */
  podMembers: 100,
  /** Premier accounts (`pools.tams.premierAccounts`): at most this many TAMs. */
  premierAccounts: 100_000,
  /** Mean arrivals per hour (`arrivals.casesPerHour`). */
  casesPerHour: 100_000,
  /** Factor of a surge on the arrival rate (`arrivals.surges[i].volumeFactor`). */
  volumeFactor: 100,
  /** Surges (`arrivals.surges`). */
  surges: 100,
  /** Named schedules (`schedules`). */
  schedules: 100,
  /** Shifts of one schedule. */
  shifts: 100,
  /** Loaded cost of an hour of one role (`costs.<role>`, the costs CSV). */
  costPerHour: 1_000_000,
  /** Cost of an overtime hour relative to a normal one (`costs.overtimeFactor`). */
  overtimeFactor: 100,
  /** Largest coefficient of variation (sd / mean) of a lognormal or gamma distribution. */
  coefficientOfVariation: 100,
  /** Smallest coefficient of variation (sd / mean) of a lognormal or gamma (below: use a constant). */
  minCoefficientOfVariation: 1e-6,
  /** Levels of arrays and objects within one another in a JSON input (a scenario needs about 6). */
  nesting: 64,
} as const;

/** The longest duration a scenario may hold, minutes ({@link LIMITS}.days days). */
export const MAX_DURATION_MINUTES = LIMITS.days * MINUTES_PER_DAY;
