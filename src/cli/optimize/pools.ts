import { setIn, type Role, type Scenario } from '../../sim/index.js';
import { UserError } from '../user-error.js';

/**
 * A pool whose headcount the staffing search may change: `router`, `se/<specialty>`, `pods`,
 * `beta`, `problemControl`, `escalation`, `escalationManagers`. TLs and team managers follow
 * the SE teams, TAMs the premier accounts, so they are not pools of their own here.
 */
export type PoolKey =
  'router' | `se/${string}` | 'pods' | 'beta' | 'problemControl' | 'escalation' | 'escalationManagers';

/** Pools with a plain `staff` field, in report order. */
const STAFF_POOLS = ['beta', 'problemControl', 'escalation', 'escalationManagers'] as const;
type StaffPool = (typeof STAFF_POOLS)[number];

/** Largest SE team: one TL (and one team manager) per team of at most this many SEs. */
const MAX_TEAM_SIZE = 14;

const ROLE: Readonly<Record<string, Role>> = {
  router: 'router',
  pods: 'pod',
  beta: 'beta',
  problemControl: 'problemControl',
  escalation: 'escalation',
  escalationManagers: 'escalationManager',
};

/** Every staffable pool of a scenario, in report order (router, SE specialties, pods, ...). */
export function staffablePools(scenario: Scenario): PoolKey[] {
  return ['router', ...scenario.specialties.map((s): PoolKey => `se/${s}`), 'pods', ...STAFF_POOLS];
}

/** The role whose cost rate a pool's people are paid (SE specialties also bring TLs and team managers). */
export function roleOf(pool: PoolKey): Role {
  return pool.startsWith('se/') ? 'se' : ROLE[pool];
}

/** What a pool's headcount counts: pods for `pods` (each of the scenario's members), people otherwise. */
export function unitOf(pool: PoolKey): 'pods' | 'people' {
  return pool === 'pods' ? 'pods' : 'people';
}

/** The specialty of an `se/<specialty>` pool, or null. */
function specialtyOf(pool: PoolKey): string | null {
  return pool.startsWith('se/') ? pool.slice(3) : null;
}

/** A pool's headcount in a parsed scenario, in its unit (SEs: teams x SEs per team). */
export function headcountOf(scenario: Scenario, pool: PoolKey): number {
  const specialty = specialtyOf(pool);
  if (specialty !== null) {
    const teams = scenario.pools.se.specialties[specialty];
    return teams.teams * teams.sesPerTeam;
  }
  if (pool === 'router') return scenario.pools.router.staff;
  if (pool === 'pods') return scenario.pools.pods.count;
  return scenario.pools[pool as StaffPool].staff;
}

/** People per unit of headcount: the members of one pod for `pods`, else 1. */
export function peoplePerUnit(scenario: Scenario, pool: PoolKey): number {
  if (pool !== 'pods') return 1;
  return Object.values(scenario.pools.pods.members).reduce((a, b) => a + b, 0);
}

/**
 * Share of a pool's on-shift time not available for cases: its shrinkage, and for escalation
 * engineers also their proactive work, 1 − (1 − shrinkage)(1 − proactiveShare) (docs/design.md).
 */
export function awayShare(scenario: Scenario, pool: PoolKey): number {
  if (specialtyOf(pool) !== null) return scenario.pools.se.shrinkage;
  if (pool === 'router') return scenario.pools.router.shrinkage;
  if (pool === 'pods') return scenario.pools.pods.shrinkage;
  if (pool === 'escalation') {
    const e = scenario.pools.escalation;
    return 1 - (1 - e.shrinkage) * (1 - e.proactiveShare);
  }
  return scenario.pools[pool as StaffPool].shrinkage;
}

/**
 * SE teams for a headcount of N: `teams = ceil(N / 14)` teams of `sesPerTeam = ceil(N / teams)`,
 * so teams are as even as can be and never above 14. The teams hold teams x sesPerTeam >= N SEs.
 */
export function seTeams(headcount: number): { teams: number; sesPerTeam: number } {
  const teams = Math.ceil(headcount / MAX_TEAM_SIZE);
  return teams === 0
    ? { teams: 0, sesPerTeam: MAX_TEAM_SIZE }
    : { teams, sesPerTeam: Math.ceil(headcount / teams) };
}

/** The headcount a pool really gets when asked for `headcount` (SEs come in equal teams). */
function realised(pool: PoolKey, headcount: number): number {
  if (specialtyOf(pool) === null) return headcount;
  const { teams, sesPerTeam } = seTeams(headcount);
  return teams * sesPerTeam;
}

/**
 * The next headcount above `headcount` a pool can have: +1, or for SEs the next size that
 * equal teams of at most 14 can hold (42 = 3 x 14 is followed by 44 = 4 x 11).
 */
export function stepUp(pool: PoolKey, headcount: number): number {
  // realised() never goes below its argument and never decreases, so this is the next size.
  return realised(pool, headcount + 1);
}

/** The largest headcount below `headcount` a pool can have, or null below `minimum`. */
export function stepDown(pool: PoolKey, headcount: number, minimum: number): number | null {
  for (let n = headcount - 1; n >= minimum; n--) {
    // realised(n) >= n >= minimum, and the first size below `headcount` is the largest one.
    const size = realised(pool, n);
    if (size < headcount) return size;
  }
  return null;
}

/** The headcount to start from for a wish of `headcount`: at least `minimum`, and one the pool can have. */
export function feasibleHeadcount(pool: PoolKey, headcount: number, minimum: number): number {
  // A wish computed as 14.000000001 (floating point) means 14.
  return realised(pool, Math.max(minimum, Math.ceil(headcount - 1e-9)));
}

/**
 * Writes a pool's headcount into a raw scenario (a JSON object, changed in place): `staff`,
 * `pods.count`, or an SE specialty's `teams` and `sesPerTeam` (see {@link seTeams}). Objects
 * missing on the way are made, and anything else in the way replaced.
 */
export function writeHeadcount(raw: Record<string, unknown>, pool: PoolKey, headcount: number): void {
  const specialty = specialtyOf(pool);
  const set = (path: string[], value: number) => setIn(raw, path, value, { replace: true });
  if (specialty !== null) {
    const { teams, sesPerTeam } = seTeams(headcount);
    set(['pools', 'se', 'specialties', specialty, 'teams'], teams);
    set(['pools', 'se', 'specialties', specialty, 'sesPerTeam'], sesPerTeam);
  } else if (pool === 'pods') set(['pools', 'pods', 'count'], headcount);
  else set(['pools', pool, 'staff'], headcount);
}

/** Splits a `--pools` value: `se,router` -> ['se', 'router']. */
export function splitPoolList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Pool names as a user gives them (`se` stands for every specialty) checked against the
 * scenario: the pools in report order, each once. Unknown names are a one-line UserError.
 */
export function resolvePools(names: readonly string[], scenario: Scenario, file: string): PoolKey[] {
  const known = staffablePools(scenario);
  const chosen = new Set<PoolKey>();
  for (const name of names) {
    if (name === 'se') {
      for (const p of known) if (p.startsWith('se/')) chosen.add(p);
      continue;
    }
    const pool = known.find((p) => p === name);
    if (pool === undefined) {
      const derived: Readonly<Record<string, string>> = {
        tl: 'the SE teams (one TL per team)',
        tams: 'the premier accounts',
      };
      const why =
        name in derived
          ? `${name} is set by ${derived[name]}, not staffed directly`
          : `unknown pool "${name}"`;
      throw new UserError(`${file}: --pools: ${why} (pools: ${['se', ...known].join(', ')})`);
    }
    chosen.add(pool);
  }
  if (chosen.size === 0)
    throw new UserError(`${file}: --pools: no pool given (pools: ${['se', ...known].join(', ')})`);
  return known.filter((p) => chosen.has(p));
}
