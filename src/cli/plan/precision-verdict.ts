import { imprecise, relativeHalfWidth } from './precision.js';
import type { ReportSummary } from './report.js';

/** A headline KPI whose relative half-width was still at or above the `--precision` target. */
export interface PrecisionMiss {
  readonly kpi: string;
  readonly scope: string;
  /** |halfWidth / mean| reached (a ratio, e.g. 0.037); Infinity when it cannot be estimated. */
  readonly relativeHalfWidth: number;
}

/**
 * Whether a `--precision` run reached its target: `reached` is false when the cap on
 * replications came first, and `missed` then lists the headline KPIs still too wide (in the
 * order of kpis.csv). Written to summary.json as `precision`.
 */
export interface PrecisionVerdict {
  /** The target relative half-width (`--precision`, a ratio). */
  readonly target: number;
  /** The cap on replications (`--max-reps`, default 100). */
  readonly maxReplications: number;
  /** Replications the results are made of. */
  readonly replications: number;
  /** True when every headline KPI (see isHeadline) has a relative half-width below `target`. */
  readonly reached: boolean;
  readonly missed: readonly PrecisionMiss[];
}

/**
 * The verdict on a run's results for the target `target` and the cap `maxReplications`: the
 * same test as the rounds that add replications ({@link imprecise}), so a run stops adding
 * them exactly when the verdict says `reached`, or at the cap.
 */
export function precisionVerdict(
  summary: Pick<ReportSummary, 'kpis' | 'replications'>,
  target: number,
  maxReplications: number,
): PrecisionVerdict {
  const missed = imprecise(summary, target).map((k) => ({
    kpi: k.kpi,
    scope: k.scope,
    relativeHalfWidth: relativeHalfWidth(k),
  }));
  return {
    target,
    maxReplications,
    replications: summary.replications,
    reached: missed.length === 0,
    missed,
  };
}

/** A ratio as a percentage with up to 3 significant digits: 0.0371 -> `3.71%`, 0.01 -> `1%`. */
function percent(ratio: number): string {
  return Number.isFinite(ratio) ? `${Number((ratio * 100).toPrecision(3))}%` : 'not estimable';
}

/**
 * What stderr says about a verdict, one line each: that the target was reached, or that the
 * cap came first, then every missed KPI with the relative half-width reached and the target.
 */
export function precisionLines(id: string, verdict: PrecisionVerdict): string[] {
  const target = percent(verdict.target);
  if (verdict.reached)
    return [
      `${id}: ${verdict.replications} replications for a relative half-width below ${verdict.target} (${target}) on every headline KPI`,
    ];
  const width = Math.max(...verdict.missed.map((m) => `${m.kpi} ${m.scope}`.length));
  // The scenario's own count may already exceed the cap: then no replication was added.
  const cap =
    verdict.replications > verdict.maxReplications
      ? `the scenario's own count, above --max-reps ${verdict.maxReplications}`
      : `--max-reps ${verdict.maxReplications}`;
  return [
    `${id}: --precision ${verdict.target} not reached: stopped at ${verdict.replications} replications (${cap}) with ${verdict.missed.length} headline KPI(s) still wider:`,
    ...verdict.missed.map(
      (m) =>
        `  ${`${m.kpi} ${m.scope}`.padEnd(width)}  relative half-width ${percent(m.relativeHalfWidth)} (target below ${target})`,
    ),
  ];
}

/**
 * The fields a verdict adds to summary.json: `{ precision: ... }` (none for null), a relative
 * half-width not estimable written as null.
 */
export function precisionFields(verdict: PrecisionVerdict | null): Record<string, unknown> {
  if (verdict === null) return {};
  const missed = verdict.missed.map((m) => ({
    ...m,
    // 10 significant digits, as summary.json writes every number.
    relativeHalfWidth: Number.isFinite(m.relativeHalfWidth)
      ? Number(m.relativeHalfWidth.toPrecision(10))
      : null,
  }));
  return { precision: { ...verdict, missed } };
}
