import { pairedDifference, withinNoise } from '../stats/index.js';
import { kpiUnit } from './kpi-catalogue.js';
import { splitKpiKey } from './kpi-key.js';
import { isModelCheck } from './model-checks.js';
import type { ReplicationResult } from './simulate.js';

/**
 * One KPI of one scenario compared with the first (the base), over paired replications run on
 * the same seed and replication indices (common random numbers).
 */
export interface ComparisonRow {
  /** KPI name, e.g. `wait.mean`. */
  readonly kpi: string;
  /** Scope, e.g. `pool:se/XADM`, `severity:B`, `all`. */
  readonly scope: string;
  /** Unit of the KPI (`minutes`, `share`, `cases`, `currency`, ...; '' when unknown). */
  readonly unit: string;
  /** Name of the base scenario (the first). */
  readonly base: string;
  /** Name of the scenario compared with it. */
  readonly other: string;
  /** Mean of the base over the paired replications (NaN when there are none). */
  readonly baseMean: number;
  /** Mean of the other scenario over the same replications. */
  readonly otherMean: number;
  /** Mean of the paired differences other − base (= otherMean − baseMean). */
  readonly difference: number;
  /** Half-width of the 95% Student t interval of the paired difference; NaN with fewer than 2 pairs. */
  readonly halfWidth: number;
  /** Number of pairs: replications in which both scenarios have a (non-NaN) value. */
  readonly replications: number;
  /**
   * True when the 95% interval of the difference excludes 0 and the difference is above
   * floating-point noise (see stats/noise-floor.ts).
   */
  readonly significant: boolean;
}

/** The `kpi|scope` keys of all `results` in the order they first appear, model checks left out. */
function keysInOrder(results: ReadonlyArray<readonly ReplicationResult[]>): string[] {
  const seen = new Set<string>();
  for (const replications of results) {
    for (const r of replications) for (const key of r.kpis.keys()) seen.add(key);
  }
  return [...seen].filter((key) => !isModelCheck(splitKpiKey(key).kpi));
}

function mean(values: readonly number[]): number {
  let sum = 0;
  for (const x of values) sum += x;
  return values.length > 0 ? sum / values.length : NaN;
}

/**
 * Compares every scenario with the first, KPI by KPI: `results[i]` are the replications of the
 * scenario named `names[i]`, in replication order, run on the same seed as the others so that
 * replication r of every scenario sees the same cases. For each other scenario and each `kpi|scope`
 * key (in the order the keys first appear), the paired 95% interval of other − base. KPIs that
 * check the model (`little.relativeGap`, see model-checks.ts) are not compared.
 *
 * A key missing or NaN in a replication of either scenario leaves that pair out (e.g. a
 * replication in which no case reached a tier); the means are over the remaining pairs, so
 * `difference` is `otherMean − baseMean`. With fewer than 2 pairs the half-width is NaN and the
 * row is not significant; nor is a difference within floating-point noise of the means
 * (see `withinNoise`), however narrow its interval. Rows come grouped by the scenario compared (B − A, then C − A, ...).
 *
 * Throws a RangeError unless there are as many names as result sets, at least two of them, and
 * every scenario has the same replication indices in the same order (pairing replication 3 of
 * one with replication 5 of another would silently lose the common random numbers).
 */
export function compareReplications(
  names: readonly string[],
  results: ReadonlyArray<readonly ReplicationResult[]>,
): ComparisonRow[] {
  if (names.length !== results.length) {
    throw new RangeError(`compareReplications: ${names.length} names for ${results.length} result sets`);
  }
  if (results.length < 2)
    throw new RangeError(`compareReplications: needs at least two scenarios, got ${results.length}`);
  const base = results[0];
  for (let i = 1; i < results.length; i++) {
    if (results[i].length !== base.length) {
      throw new RangeError(
        `compareReplications: ${names[i]} has ${results[i].length} replication(s) and ${names[0]} ${base.length}; ` +
          'paired comparison needs the same replications of every scenario',
      );
    }
    results[i].forEach((r, k) => {
      if (r.replication !== base[k].replication) {
        throw new RangeError(
          `compareReplications: replication ${k} of ${names[i]} is index ${r.replication}, of ${names[0]} index ${base[k].replication}`,
        );
      }
    });
  }

  const keys = keysInOrder(results);
  const valuesOf = (replications: readonly ReplicationResult[], key: string): number[] =>
    replications.map((r) => r.kpis.get(key) ?? NaN);
  const rows: ComparisonRow[] = [];
  for (let i = 1; i < results.length; i++) {
    for (const key of keys) {
      const a = valuesOf(base, key);
      const b = valuesOf(results[i], key);
      const ci = pairedDifference(a, b);
      // The means are over the same pairs as the difference, so that A → B and B − A agree.
      const paired = a.map((_, r) => r).filter((r) => !Number.isNaN(a[r]) && !Number.isNaN(b[r]));
      const { kpi, scope } = splitKpiKey(key);
      const baseMean = mean(paired.map((r) => a[r]));
      const otherMean = mean(paired.map((r) => b[r]));
      rows.push({
        kpi,
        scope,
        unit: kpiUnit(kpi),
        base: names[0],
        other: names[i],
        baseMean,
        otherMean,
        difference: ci.n > 0 ? ci.mean : NaN,
        halfWidth: ci.halfWidth,
        replications: ci.n,
        significant: excludesZero(ci.mean, ci.halfWidth) && !withinNoise(ci.mean, baseMean, otherMean),
      });
    }
  }
  return rows;
}

/**
 * True when the interval difference ± halfWidth lies wholly on one side of 0. A difference that
 * is the same in every pair (half-width 0, e.g. a headcount) is significant unless it is 0.
 */
export function excludesZero(difference: number, halfWidth: number): boolean {
  return Number.isFinite(difference) && Number.isFinite(halfWidth) && Math.abs(difference) > halfWidth;
}
