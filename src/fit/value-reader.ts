import type { ValueMap } from './mapping.js';

/** What {@link ValueReader.read} returns for a value the mapping does not name and has no `"*"` for. */
export const UNKNOWN: unique symbol = Symbol('unknown value');

/** The key of a value map that maps every value not named. */
export const ANY_VALUE = '*';

/**
 * Reads one column's values through a mapping's value map (`tiers`, `statuses`, ...): a value
 * named in the map gives its name, null in the map meaning missing; else the `"*"` entry; else,
 * without a map, the value itself when it is one of `names` (any value when `names` is null:
 * specialties are their own names); else {@link UNKNOWN}. Map keys are compared trimmed, as the
 * fields are read trimmed.
 */
export class ValueReader<T extends string> {
  private readonly map: ReadonlyMap<string, T | null> | null;
  private readonly fallback: T | null | typeof UNKNOWN;

  constructor(
    map: ValueMap<T> | undefined,
    private readonly names: readonly T[] | null,
  ) {
    if (map === undefined) {
      this.map = null;
      this.fallback = UNKNOWN;
      return;
    }
    this.map = new Map(Object.entries(map).map(([key, value]) => [key.trim(), value]));
    // A literal "*" in the data is "every other value" too: the map cannot name it apart.
    this.fallback = this.map.has(ANY_VALUE) ? this.map.get(ANY_VALUE)! : UNKNOWN;
  }

  /** The mapped name of `value` (trimmed, not missing), null for missing, or {@link UNKNOWN}. */
  read(value: string): T | null | typeof UNKNOWN {
    if (this.map === null) {
      if (this.names === null) return value as T;
      return (this.names as readonly string[]).includes(value) ? (value as T) : UNKNOWN;
    }
    const mapped = this.map.get(value);
    return mapped === undefined ? this.fallback : mapped;
  }
}
