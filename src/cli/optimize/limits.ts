import { kpiKey, type KpiRow, type UnstablePool } from '../../sim/index.js';

/**
 * Limits no staffing may break, whatever the goals say: a pool that holds cases must keep up.
 * A search for "Sev B within 2 hours" alone would otherwise leave Sev C cases to a pool busy
 * all the time, and a goal on first responses would cut the pools behind them to the bone.
 */

/** Highest mean utilisation (busy time / available time, a share) a pool that holds cases may end at: 0.95. */
export const MAX_UTILISATION = 0.95;

/**
 * Pools that queue and work cases, by their `kpis.csv` scope: routers, SE specialties, pods,
 * beta, Problem Control and escalation engineers. TLs, escalation managers and TAMs work
 * beside a case and never hold it, so their load is not limited here.
 */
export function holdsCases(scope: string): boolean {
  return /^pool:(router|se\/.+|pods|beta|problemControl|escalation)$/.test(scope);
}

/** A limit a run breaks: for reports, like a failed goal (`utilisation@pool:se/XADM<=0.95`). */
export interface LimitViolation {
  /** The pool at fault, as the staffing search names it: `se/XADM`, `problemControl`. */
  readonly pool: string;
  /** The KPI the limit reads, e.g. `utilisation`. */
  readonly kpi: string;
  readonly op: '<=' | '>=';
  /** The limit, in the KPI's unit (0.95 for utilisation). */
  readonly target: number;
  /** Mean over replications, and its 95% half-width (NaN with fewer than two). */
  readonly value: number;
  readonly halfWidth: number;
  /** For people: `pool:se/XADM utilisation 97.2% above 95%`. */
  readonly text: string;
}

/** One kind of limit: the violations it finds among a run's KPI rows and its unstable pools. */
type LimitCheck = (rows: readonly KpiRow[], unstable: readonly UnstablePool[]) => LimitViolation[];

const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;

/** A pool that holds cases with a mean utilisation above {@link MAX_UTILISATION}: it cannot keep up. */
const overloaded: LimitCheck = (rows) =>
  rows
    .filter((r) => r.kpi === 'utilisation' && holdsCases(r.scope) && r.mean > MAX_UTILISATION)
    .map((r) => ({
      pool: r.scope.slice('pool:'.length),
      kpi: r.kpi,
      op: '<=',
      target: MAX_UTILISATION,
      value: r.mean,
      halfWidth: r.halfWidth,
      text: `${r.scope} utilisation ${percent(r.mean)} above ${percent(MAX_UTILISATION)}`,
    }));

/**
 * A pool whose backlog grows through the run (see `unstablePools`: a growth beyond its interval,
 * at least 10 cases and 25% of where it began) while under the utilisation limit: a desk whose
 * owners wait on customers between sessions can fall behind without being busy all the time.
 */
const growing: LimitCheck = (rows, unstable) => {
  const byKey = new Map(rows.map((r) => [kpiKey(r.kpi, r.scope), r]));
  return unstable
    .filter((u) => !(u.utilisation > MAX_UTILISATION))
    .map((u) => {
      const growth = byKey.get(kpiKey('backlog.growth', `pool:${u.pool}`));
      return {
        pool: u.pool,
        kpi: 'backlog.growth',
        op: '<=',
        target: 0,
        value: growth?.mean ?? NaN,
        halfWidth: growth?.halfWidth ?? NaN,
        text: `pool:${u.pool} backlog grows from ${Math.round(u.backlogAtStart)} to ${Math.round(u.backlogAtEnd)} cases`,
      };
    });
};

/** Every limit, in the order reports list them; add a new kind of limit here. */
const CHECKS: readonly LimitCheck[] = [overloaded, growing];

/**
 * The pool limits a run breaks (none: the staffing is acceptable as far as limits go), read
 * from its KPI rows (mean over replications) and its unstable pools (`RunSummary.unstable`;
 * default none): a pool that holds cases (see {@link holdsCases}) with mean utilisation above
 * {@link MAX_UTILISATION}, or whose backlog grows. The staffing search accepts no staffing that
 * breaks one, and adds people to the pool at fault first.
 */
export function poolLimitViolations(
  rows: readonly KpiRow[],
  unstable: readonly UnstablePool[] = [],
): LimitViolation[] {
  return CHECKS.flatMap((check) => check(rows, unstable));
}

/** What the report says when no limit is broken. */
export const LIMITS_TEXT = `every pool that holds cases at or below ${percent(MAX_UTILISATION)} utilisation, its backlog not growing`;
