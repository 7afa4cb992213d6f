import type { Goal } from './goals.js';
import { holdsCases } from './limits.js';
import type { PoolKey } from './pools.js';

/** The pools a staffing search may change, each with its lowest headcount. */
export interface SearchedPools {
  readonly pools: readonly PoolKey[];
  /** Lowest headcount of each pool, in its unit (pods for `pods`), in the order of `pools`. */
  readonly minimum: readonly number[];
  /**
   * Per pool: kept at the scenario's headcount or above, never seeded, never moved between
   * shifts (an escalation service no goal looks at; see {@link searchedPools}).
   */
  readonly guarded: readonly boolean[];
}

/** Escalation services: the work first-response goals never see. */
const BEHIND_THE_FRONT: ReadonlySet<PoolKey> = new Set<PoolKey>(['problemControl', 'escalation']);

/** Whether a goal reads a pool's own KPIs: scope `pool:<p>` or `tier:<p>`. */
function names(goal: Goal, pool: PoolKey): boolean {
  return goal.scope === `pool:${pool}` || goal.scope === `tier:${pool}`;
}

/**
 * The pools to search. Given (`--pools`, resolved): those, each at least 1 if it had visits in
 * the pilot run (at 0 its cases would wait for ever), else 0. By default: every pool that holds
 * cases (routers, SE specialties, pods, beta, Problem Control, escalation engineers) and had
 * visits; Problem Control and the escalation engineers, unless a goal names them
 * (`wait.mean@pool:problemControl<=480`), are *guarded*: no goal measures their work, so the
 * search keeps at least the scenario's headcount there and adds people only when a pool limit
 * binds (see limits.ts), which it may take back. So the default search never trades the
 * escalation services' waits, which first-response goals do not see, for cost.
 */
export function searchedPools(
  all: readonly PoolKey[],
  chosen: readonly PoolKey[] | null,
  goals: readonly Goal[],
  visited: (pool: PoolKey) => boolean,
  headcount: (pool: PoolKey) => number,
): SearchedPools {
  const pools = chosen ?? all.filter((p) => holdsCases(`pool:${p}`) && visited(p));
  const guarded = pools.map(
    (p) => chosen === null && BEHIND_THE_FRONT.has(p) && !goals.some((g) => names(g, p)),
  );
  const minimum = pools.map((p, k) => (guarded[k] ? Math.max(headcount(p), 1) : visited(p) ? 1 : 0));
  return { pools, minimum, guarded };
}
