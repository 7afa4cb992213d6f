import type { Scenario } from '../scenario/index.js';
import { MINUTES_PER_DAY } from '../units.js';
import { expectedArrivals } from './expected-arrivals.js';
import { kpiKey } from './kpi-key.js';
import { offeredLoad } from './offered-load.js';
import type { KpiRow } from './replicate.js';

/** Utilisation from which a pool is saturated: its queue hardly ever empties while people are on duty. */
export const BUSY_UTILISATION = 0.98;
/** Measured windows shorter than this are judged on saturation alone, days. */
export const MIN_WINDOW_DAYS = 14;
/** A backlog grows when it gains at least this many cases over the measured window... */
const GROWTH_MIN_CASES = 10;
/** ...and at least this share of what it held when the window began. */
const GROWTH_MIN_SHARE = 0.25;

/** A pool that cannot keep up with its cases, and the figures that say so. */
export interface UnstablePool {
  /** Reporting pool name, e.g. `se/XADM` (scope `pool:se/XADM`). */
  readonly pool: string;
  /** Mean work offered, hours per week, from the scenario's means (NaN: not estimated; see offered-load.ts). */
  readonly offeredHoursPerWeek: number;
  /** People's time for cases and the time spent on them in the simulation, hours per week (overtime included in busy). */
  readonly availableHoursPerWeek: number;
  readonly busyHoursPerWeek: number;
  /** Mean utilisation over replications (share). */
  readonly utilisation: number;
  /** Mean open cases it held when the measured window began and at the end of the run. */
  readonly backlogAtStart: number;
  readonly backlogAtEnd: number;
  /** The warning text naming the pool and the figures. */
  readonly warning: string;
}

/**
 * The pools that cannot keep up, judged on the simulation: those saturated (mean utilisation ≥
 * 0.98), and those whose backlog grows through the measured window (`backlog.growth`, which
 * compares whole weeks when the window holds two, so that a backlog still filling after a short
 * warm-up and then steady is not called unstable): above its 95% half-width, at least 10 cases
 * and 25% of the backlog when the window began; a window under two weeks is judged on saturation
 * alone, since there a backlog still filling cannot be told from one that grows. The warning quotes the simulated hours (busy and
 * available), the backlog at both ends, and the work the scenario's means offer (arrivals x
 * shares x work) when that alone exceeds the time available. Such a pool's KPIs depend on the
 * run length, not on the organisation.
 */
export function unstablePools(scenario: Scenario, kpis: readonly KpiRow[]): UnstablePool[] {
  const rows = new Map(kpis.map((row) => [kpiKey(row.kpi, row.scope), row]));
  const mean = (kpi: string, pool: string): number => rows.get(kpiKey(kpi, `pool:${pool}`))?.mean ?? NaN;
  const endAt = scenario.horizon.days * MINUTES_PER_DAY;
  const loads = new Map(
    offeredLoad(scenario, endAt > 0 ? expectedArrivals(scenario, endAt) / endAt : 0).pools.map((l) => [
      l.name,
      l,
    ]),
  );
  // Under two weeks a backlog still filling after the warm-up cannot be told from one that grows.
  const longEnough = scenario.horizon.days - scenario.horizon.warmupDays >= MIN_WINDOW_DAYS;
  const pools = kpis.filter((row) => row.kpi === 'backlog.growth' && row.scope.startsWith('pool:'));
  const out: UnstablePool[] = [];
  for (const growth of pools) {
    const pool = growth.scope.slice('pool:'.length);
    const load = loads.get(pool);
    const start = mean('backlog.start', pool);
    const utilisation = mean('utilisation', pool);
    const significant = Number.isNaN(growth.halfWidth) || growth.mean - growth.halfWidth > 0;
    const grows = longEnough && significant && growth.mean >= threshold(start);
    if (!(utilisation >= BUSY_UTILISATION) && !grows) continue;
    const offered = load?.offeredHoursPerWeek ?? NaN;
    const available = mean('available.hoursPerWeek', pool);
    const busy = mean('busy.hoursPerWeek', pool);
    const end = mean('backlog.end', pool);
    // The scenario's means leave out what only the simulation sees (cases escalated by age, work
    // redone), so they are quoted only when they too say the pool is short.
    const means = offered > available ? `; the scenario's means alone offer ${round(offered)} h/week` : '';
    out.push({
      pool,
      offeredHoursPerWeek: offered,
      availableHoursPerWeek: available,
      busyHoursPerWeek: busy,
      utilisation,
      backlogAtStart: start,
      backlogAtEnd: end,
      warning:
        `pool:${pool} cannot keep up: busy ${round(busy)} h/week with ${round(available)} h/week available ` +
        `(utilisation ${(utilisation * 100).toFixed(1)}%)${means}; backlog ${round(start)} cases when the ` +
        `measured window began, ${round(end)} at its end: its backlog and resolution times grow with the run length`,
    });
  }
  return out;
}

/** Growth that counts: at least 10 cases and 25% of the backlog it grows from. */
function threshold(from: number): number {
  return Math.max(GROWTH_MIN_CASES, GROWTH_MIN_SHARE * (Number.isFinite(from) ? from : 0));
}

function round(x: number): string {
  return Number.isFinite(x) ? String(Math.round(x)) : 'n/a';
}
