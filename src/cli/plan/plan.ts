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
