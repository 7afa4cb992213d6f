import type { Scenario } from '../../sim/index.js';

/** One scenario of a batch or sweep: the unit of sharding, with its own output folder. */
export interface Variant {
  /** Folder name and row key: a scenario file's stem for batches, `v001`... for sweeps. */
  readonly id: string;
  /** Human label: the scenario's name, or the swept values. */
  readonly label: string;
  /** Scenario file it comes from. */
  readonly file: string;
  /** Swept values (sweeps only), in `--set` order. */
  readonly values: ReadonlyArray<{ readonly path: string; readonly value: number }>;
  readonly scenario: Scenario;
}

/** What a batch or sweep will run. */
export interface Plan {
  readonly kind: 'run' | 'batch' | 'sweep';
  readonly variants: readonly Variant[];
  /** Swept paths, in order (sweeps only). */
  readonly parameters: readonly string[];
}

/** `manifest.json`: the whole plan (never the shard), so that shards and resumed runs can be checked and merged. */
export interface Manifest {
  readonly tool: 'tiersim';
  readonly kind: Plan['kind'];
  readonly parameters: readonly string[];
  readonly precision: number | null;
  readonly maxReplications: number | null;
  readonly variants: ReadonlyArray<{
    readonly id: string;
    readonly label: string;
    readonly file: string;
    readonly values: ReadonlyArray<{ readonly path: string; readonly value: number }>;
    readonly seed: number;
    readonly replications: number;
    readonly days: number;
  }>;
}

export function manifestOf(plan: Plan, precision: number | null, maxReplications: number | null): Manifest {
  return {
    tool: 'tiersim',
    kind: plan.kind,
    parameters: plan.parameters,
    precision,
    maxReplications,
    variants: plan.variants.map((v) => ({
      id: v.id,
      label: v.label,
      file: v.file,
      values: v.values,
      seed: v.scenario.seed,
      replications: v.scenario.replications,
      days: v.scenario.horizon.days,
    })),
  };
}

/** `--shard K/N`: 1-based slice K of N. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/**
 * The variants of slice K of N: every N-th variant starting at K, so slices are equal in size
 * (within one) and mix cheap and expensive variants.
 */
export function shardOf<T>(items: readonly T[], shard: Shard | undefined): T[] {
  if (!shard) return [...items];
  return items.filter((_, i) => i % shard.count === shard.index - 1);
}
