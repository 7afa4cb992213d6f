import type { CaseHistory, HistoryStatus, HistoryTier, StatusSpell } from './case-history.js';
import type { HistoryRow } from './history-rows.js';

/** How a case's history ends: resolved or closed, cancelled, or still open at the end (censored). */
export type CaseOutcome = 'resolved' | 'cancelled' | 'open';

/** Statuses that end a case. */
export const ENDING_STATUSES: ReadonlySet<HistoryStatus> = new Set(['resolved', 'closed', 'cancelled']);

/**
 * A case as a format's reader leaves it, before the history's window and origin are known:
 * times are minutes on the UTC clock (see `TimeReader`), and the last spell of an open case
 * has `toAt` NaN (it runs to the end of the history).
 */
export interface DraftCase extends Pick<
  CaseHistory,
  'id' | 'resolvedAt' | 'firstResponseAt' | 'severity' | 'specialty' | 'contract' | 'tiers' | 'spells'
> {
  /** The earlier of its `opened` time and its first row. */
  readonly openedAt: number;
  /** Its first and last rows' times (tickets: its opening, and its resolution or opening). */
  readonly firstRowAt: number;
  readonly lastRowAt: number;
  readonly outcome: CaseOutcome;
  /** Where the case's first row is in the file, for examples. */
  readonly line: number;
}

/**
 * A format's reader of cases: takes a history's rows one at a time, in file order, and gives
 * its draft cases, in the order each case first appears, once every row is in.
 */
export interface DraftReader {
  /** Takes the next row; its problems are logged, never thrown. */
  add(row: HistoryRow): void;
  /** The cases of the rows taken; called once, after the last row. */
  finish(): DraftCase[];
}

/** The tiers of `spells` in order, consecutive repeats collapsed, unknown tiers left out. */
export function tiersVisited(spells: readonly StatusSpell[]): HistoryTier[] {
  const tiers: HistoryTier[] = [];
  for (const { tier } of spells) if (tier !== null && tier !== tiers[tiers.length - 1]) tiers.push(tier);
  return tiers;
}

/**
 * The last value `read` gives that is not null, over `items`: a severity or specialty corrected
 * after triage is the case's (the simulator gives a case one for its whole life).
 */
export function lastKnown<I, T>(items: readonly I[], read: (item: I) => T | null): T | null {
  for (let i = items.length - 1; i >= 0; i--) {
    const value = read(items[i]);
    if (value !== null) return value;
  }
  return null;
}
