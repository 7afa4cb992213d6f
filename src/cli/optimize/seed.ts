import { kpiKey, queueing, SERIES_METRICS } from '../../sim/index.js';
import type { Evaluation } from './evaluator.js';
import type { Goal } from './goals.js';
import { MAX_UTILISATION } from './limits.js';
import { awayShare, feasibleHeadcount, peoplePerUnit, type PoolKey } from './pools.js';

/** What a pool's seed aims for: Erlang C's probability of waiting, and a utilisation ceiling. */
export interface SeedTarget {
  /** In (0, 1]. */
  readonly maxWaitProbability: number;
  /** In (0, 1]. */
  readonly maxUtilisation: number;
}

/** Probability of waiting a seed aims for when no goal says more (the Halfin–Whitt regime's middle). */
const DEFAULT_WAIT_PROBABILITY = 0.5;
/** Lowest probability of waiting a seed aims for (a goal of 100% would otherwise ask for infinitely many). */
const MIN_WAIT_PROBABILITY = 0.01;
/** Utilisation above which a pool is taken as overloaded: its busy time then understates the load. */
const SATURATED_UTILISATION = 0.95;

/**
 * Seed targets per pool from the goals. A first-response goal of g asks for P(wait) <= 1 − g:
 * a case that does not wait is answered at once, so in an M/M/c queue this guarantees g. It is
 * conservative when targets are long beside the work (the search then takes people back).
 * `wait.probability@pool:p<=a` and `utilisation@pool:p<=u` tighten pool p's target; the
 * utilisation ceiling is at most the pools' limit (MAX_UTILISATION, see limits.ts).
 */
export function seedTargets(goals: readonly Goal[], pools: readonly PoolKey[]): Map<PoolKey, SeedTarget> {
  const attainment = goals.filter((g) => g.kpi === 'sla.attainment' && g.op === '>=').map((g) => g.target);
  const global = attainment.length > 0 ? 1 - Math.max(...attainment) : DEFAULT_WAIT_PROBABILITY;
  return new Map(
    pools.map((pool) => {
      const mine = (kpi: string): number[] =>
        goals
          .filter((g) => g.kpi === kpi && g.scope === `pool:${pool}` && g.op === '<=')
          .map((g) => g.target);
      const wait = Math.min(global, ...mine('wait.probability'));
      const utilisation = Math.min(MAX_UTILISATION, ...mine('utilisation'));
      return [
        pool,
        {
          maxWaitProbability: Math.min(1, Math.max(MIN_WAIT_PROBABILITY, wait)),
          maxUtilisation: Math.max(MIN_WAIT_PROBABILITY, utilisation),
        },
      ];
    }),
  );
}

/** A pool's load as measured in one run. */
export interface PoolLoad {
  /** Mean busy servers while the pool is on shift, Erlangs (work in overtime left out). */
  readonly offeredLoad: number;
  /** Servers available for cases while on shift, per person employed. */
  readonly serversPerPerson: number;
  readonly utilisation: number;
  /** Utilisation >= {@link SATURATED_UTILISATION}: the offered load is a lower bound. */
  readonly saturated: boolean;
}

/**
 * A pool's offered load during its available time. `utilisation` is busy time within shifts
 * over available time (on shift and not away), so offered load = utilisation x mean available
 * servers; the available servers are the staff on duty, averaged over the hours anyone is on
 * duty (from the hourly series, after the warm-up), less the away share. Counting headcount
 * instead would spread the load over people who are off shift (a 24x7 desk of shifts has a
 * fraction of its people on duty at once). Null when nobody was on duty.
 */
export function measureLoad(evaluation: Evaluation, pool: PoolKey): PoolLoad | null {
  const summary = evaluation.summary;
  if (summary === null)
    throw new Error(`measureLoad: the summary of ${evaluation.staffing.join(',')} was dropped`);
  const people = evaluation.rows.get(kpiKey('headcount', `pool:${pool}`))?.mean ?? 0;
  const utilisation = evaluation.rows.get(kpiKey('utilisation', `pool:${pool}`))?.mean ?? NaN;
  const series = summary.series;
  const index = series.pools.indexOf(pool);
  if (people <= 0 || index < 0 || !Number.isFinite(utilisation)) return null;
  const onDuty = SERIES_METRICS.indexOf('onDuty');
  let sum = 0;
  let hours = 0;
  for (let h = Math.ceil(summary.warmupDays * 24); h < series.hours; h++) {
    const staff = series.get(h, index, onDuty);
    if (staff > 0) {
      sum += staff;
      hours++;
    }
  }
  if (hours === 0) return null;
  const available = (sum / hours) * (1 - awayShare(evaluation.scenario, pool));
  return {
    offeredLoad: utilisation * available,
    serversPerPerson: available / people,
    utilisation,
    saturated: utilisation >= SATURATED_UTILISATION,
  };
}

/**
 * Seed headcount of a pool (in its unit, at least `minimum`): the fewest servers c whose exact
 * Erlang C probability of waiting meets the target and whose utilisation R / c stays under the
 * ceiling, turned into people by dividing by the servers per person (shifts and shrinkage).
 */
export function seedHeadcount(
  evaluation: Evaluation,
  pool: PoolKey,
  load: PoolLoad,
  target: SeedTarget,
  minimum: number,
): number {
  const r = load.offeredLoad;
  if (!(r > 0)) return feasibleHeadcount(pool, 0, minimum);
  const servers = Math.max(
    queueing.minServersForWaitProbability(r, target.maxWaitProbability),
    Math.ceil(r / target.maxUtilisation - 1e-9),
  );
  const people = servers / load.serversPerPerson;
  return feasibleHeadcount(pool, people / peoplePerUnit(evaluation.scenario, pool), minimum);
}
