import {
  kpiKey,
  summarise,
  type KpiRow,
  type ReplicationResult,
  type RunSummary,
  type Scenario,
  type UnstablePool,
} from '../../sim/index.js';
import type { RunMany } from '../plan/run-many.js';
import type { PoolKey } from './pools.js';
import type { StaffingLayout } from './staffing-layout.js';

/** The KPI key of the cost the search minimises: mean labour cost per week, overtime included. */
export const COST_KEY = kpiKey('cost.perWeek', 'all');

/** One simulated staffing: its KPIs, and the full summary while the search may still need it. */
export interface Evaluation {
  /**
   * Headcount per pool, in the order of {@link Evaluator.pools}, then people per shift of the
   * pools whose people move between shifts (see StaffingLayout).
   */
  readonly staffing: readonly number[];
  readonly raw: Record<string, unknown>;
  readonly scenario: Scenario;
  /** KPI rows by `kpi|scope`. */
  readonly rows: ReadonlyMap<string, KpiRow>;
  /** Values per replication (in replication order) of the tracked KPI keys (see {@link Evaluator.track}). */
  perReplication: ReadonlyMap<string, readonly number[]>;
  /** Mean `cost.perWeek|all`. */
  readonly costPerWeek: number;
  /** Pools that cannot keep up (kept when the summary is dropped). */
  readonly unstable: readonly UnstablePool[];
  /** Dropped (null) once the search has moved on, to bound memory; see {@link Evaluator.keepSummaries}. */
  summary: RunSummary | null;
  /** The replications summarised, in replication order (for a paired comparison); dropped with `summary`. */
  replications: readonly ReplicationResult[] | null;
}

/**
 * Simulates staffings of one scenario with common random numbers (every candidate keeps the
 * scenario's seed and replications, so candidates differ only by their staffing), caching
 * each staffing vector's result and counting the work done.
 */
export class Evaluator {
  private readonly cache = new Map<string, Evaluation>();
  /** Staffings simulated (one whose dropped summary had to be made again counts again). */
  evaluations = 0;
  /** Replications simulated, over all evaluations. */
  replicationsRun = 0;
  /** KPI keys whose values per replication are kept; null: all of them (until {@link track} is called). */
  private tracked: ReadonlySet<string> | null = null;

  constructor(
    private readonly baseRaw: Record<string, unknown>,
    /** What a staffing vector holds. */
    readonly layout: StaffingLayout,
    /** The raw scenario's own headcounts (one per pool): `baseRaw` is `rawFor(layout.vector(before))`. */
    private readonly before: readonly number[],
    private readonly parse: (raw: unknown) => Scenario,
    private readonly runMany: RunMany,
  ) {}

  /** Every pool a staffing vector covers. */
  get pools(): readonly PoolKey[] {
    return this.layout.pools;
  }

  /**
   * The raw scenario with a staffing written in (a copy; the input is never changed). Only
   * changed pools are written, so the others keep the file's own form (e.g. its SE teams).
   */
  rawFor(staffing: readonly number[]): Record<string, unknown> {
    const raw = structuredClone(this.baseRaw);
    this.layout.write(raw, staffing, this.before);
    return raw;
  }

  /**
   * Evaluates staffings in one `runMany` call (so a parallel runner can spread them), in the
   * order given; cached ones are not run again. A cached evaluation whose summary was dropped
   * is run again when `needSummary` is set (runs are deterministic, so it is the same run).
   */
  async evaluate(staffings: ReadonlyArray<readonly number[]>, needSummary = false): Promise<Evaluation[]> {
    const todo: Array<{
      key: string;
      staffing: readonly number[];
      raw: Record<string, unknown>;
      scenario: Scenario;
    }> = [];
    for (const staffing of staffings) {
      const k = key(staffing);
      const hit = this.cache.get(k);
      if ((hit !== undefined && (hit.summary !== null || !needSummary)) || todo.some((t) => t.key === k))
        continue;
      const raw = this.rawFor(staffing);
      todo.push({ key: k, staffing: [...staffing], raw, scenario: this.parse(raw) });
    }
    if (todo.length > 0) {
      const results = await this.runMany(todo.map((t) => t.scenario));
      todo.forEach((t, i) => {
        const summary = summarise(t.scenario, results[i]);
        this.evaluations++;
        this.replicationsRun += results[i].length;
        const known = this.cache.get(t.key);
        if (known !== undefined) {
          // The same run again (deterministic): only its summary was missing. Keep the object,
          // which the search may hold in its sets.
          known.summary = summary;
          known.replications = results[i];
          return;
        }
        const rows = new Map(summary.kpis.map((row) => [kpiKey(row.kpi, row.scope), row]));
        const costPerWeek = rows.get(COST_KEY)?.mean ?? NaN;
        const keys = this.tracked ?? rows.keys();
        const perReplication = new Map(
          [...keys].map((k) => [k, results[i].map((r) => r.kpis.get(k) ?? NaN)]),
        );
        this.cache.set(t.key, {
          staffing: t.staffing,
          raw: t.raw,
          scenario: t.scenario,
          rows,
          perReplication,
          costPerWeek,
          unstable: summary.unstable,
          summary,
          replications: results[i],
        });
      });
    }
    return staffings.map((s) => this.cache.get(key(s))!);
  }

  /**
   * Keeps values per replication (for paired comparisons) of these KPI keys only, from now on
   * and in the evaluations made so far: one number per replication and key.
   */
  track(keys: readonly string[]): void {
    this.tracked = new Set(keys);
    for (const e of this.cache.values())
      e.perReplication = new Map(keys.map((k) => [k, e.perReplication.get(k) ?? []]));
  }

  /** Every evaluation so far, in the order they were first run. */
  all(): Evaluation[] {
    return [...this.cache.values()];
  }

  /** Drops the summaries (hourly series and all) and replications of every evaluation but `keep`. */
  keepSummaries(keep: readonly Evaluation[]): void {
    for (const e of this.cache.values()) {
      if (keep.includes(e)) continue;
      e.summary = null;
      e.replications = null;
    }
  }
}

function key(staffing: readonly number[]): string {
  return staffing.join(',');
}
