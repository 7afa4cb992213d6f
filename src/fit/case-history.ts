import type { Contract, Severity } from '../sim/index.js';

/** tiersim's tiers, as a history's mapping names them (`tiers` values). */
export const HISTORY_TIERS = ['router', 'se', 'pods', 'beta', 'problemControl', 'escalation'] as const;
export type HistoryTier = (typeof HISTORY_TIERS)[number];

/** tiersim's statuses, as a history's mapping names them (`statuses` values). */
export const HISTORY_STATUSES = [
  'queued',
  'working',
  'customerWait',
  'vendorWait',
  'resolved',
  'closed',
  'cancelled',
] as const;
export type HistoryStatus = (typeof HISTORY_STATUSES)[number];

/**
 * One stretch of a case's life in one status at one tier: from `fromAt` until `toAt` (the next
 * change, or the end of the history for the last spell of an open case), minutes on the
 * history's clock (see {@link History.origin}).
 */
export interface StatusSpell {
  readonly status: HistoryStatus;
  /** The tier holding the case; null when the history does not say (no `tier` column). */
  readonly tier: HistoryTier | null;
  readonly fromAt: number;
  readonly toAt: number;
  /** Who holds it (the `resource` column), or null. */
  readonly resource: string | null;
}

/** One case of a history, its attributes and its life as status spells in time order. */
export interface CaseHistory {
  /** The `case` column's value. */
  readonly id: string;
  /** When it was opened (first row, or the `opened` column), minutes on the history's clock. */
  readonly openedAt: number;
  /** When it was first resolved (first `resolved` or `closed` status); null: still open at the end (censored). */
  readonly resolvedAt: number | null;
  /**
   * When someone first answered it, or null: its first spell in any status but `queued` and
   * `cancelled` (working, waiting on the customer or a vendor after a first contact, or resolved
   * at once); a `tickets` history knows it only from a `firstResponse` column.
   */
  readonly firstResponseAt: number | null;
  /** Mapped severity, specialty and contract; null when the history has no such column or the value is missing. */
  readonly severity: Severity | null;
  readonly specialty: string | null;
  readonly contract: Contract | null;
  /** Tiers visited in order, consecutive repeats collapsed (`['se', 'problemControl', 'se']`: back down). */
  readonly tiers: readonly HistoryTier[];
  readonly spells: readonly StatusSpell[];
  /** Its first row is at the start of the extract while its `opened` time is earlier: its history is cut. */
  readonly startedBeforeWindow: boolean;
  /**
   * How its history ends: `resolved` (resolved or closed), `cancelled` (`resolvedAt` is then the
   * cancellation), or `open` (censored, `resolvedAt` null). Always set by `readHistory`.
   */
  readonly outcome?: 'resolved' | 'cancelled' | 'open';
}

/** One kind of data problem found, how many rows or cases it touched, and what was done about it. */
export interface DataProblem {
  /** A short stable code, e.g. `unparseable-time`, `out-of-order`, `duplicate-row`, `censored`, `unknown-status`. */
  readonly kind: string;
  readonly count: number;
  /** The first few rows (1-based, the header is row 1) or case ids it touched, for the reader to look at. */
  readonly examples: readonly string[];
  /** The decision taken, in words: "row skipped", "case kept as still open (censored)". */
  readonly decision: string;
}

/**
 * A ticket history read through a mapping: its cases and the window they cover. Times are
 * minutes from `origin`, the Monday 00:00 (local time of the history) on or before its first
 * row, so the hour of the week is `floor(at / 60) % 168` (0 = Monday 00:00-01:00), as in
 * tiersim's scenarios.
 */
export interface History {
  /** ISO date-time (no zone) of minute 0, a Monday 00:00. */
  readonly origin: string;
  /** First and last time seen in the history, minutes. */
  readonly windowStartAt: number;
  readonly windowEndAt: number;
  readonly cases: readonly CaseHistory[];
  /** Rows read (header excluded). */
  readonly rows: number;
  readonly problems: readonly DataProblem[];
  /**
   * The end of the window whose openings are complete, minutes: cases opened from
   * `windowStartAt` until here are every case that arrived then, so arrival estimates use this
   * window. Before `windowEndAt` when openings stop long before the history ends, when hardly a
   * case is open at the end (an extract of closed cases misses those opened near its end), or
   * when the last weeks have far fewer openings than the median week; then cut at the end of the
   * last complete week (an `incomplete-arrivals` problem says why). Always set by `readHistory`.
   */
  readonly arrivalsEndAt?: number;
  /** The mapping's format. Always set by `readHistory`. */
  readonly format?: 'events' | 'tickets';
  /**
   * What the history tells (the mapping names the column): a case's `tier`, `severity`,
   * `specialty`, `contract`, spell `resource`, and `firstResponse` (events with a status column;
   * tickets with a `firstResponse` column). Where it does not, the cases' values are null and
   * figures drawn from them mean nothing. Always set by `readHistory`.
   */
  readonly mapped?: Readonly<Record<MappedFact, boolean>>;
}

/** What a history may or may not tell, by its mapping (see {@link History.mapped}). */
export type MappedFact = 'tier' | 'severity' | 'specialty' | 'contract' | 'resource' | 'firstResponse';
