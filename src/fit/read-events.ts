import type { Contract, Severity } from '../sim/index.js';
import type { HistoryStatus, HistoryTier, StatusSpell } from './case-history.js';
import { ENDING_STATUSES, lastKnown, tiersVisited, type DraftCase, type DraftReader } from './draft-case.js';
import type { HistoryRow } from './history-rows.js';
import type { Mapping } from './mapping.js';
import { rowExample, type ProblemLog } from './problem-log.js';
import type { RowValues } from './row-values.js';

/** One usable row of a case: its time (minutes on the UTC clock) and what it says. */
interface EventRow {
  readonly line: number;
  readonly at: number;
  readonly status: HistoryStatus;
  readonly tier: HistoryTier | null;
  readonly resource: string | null;
  readonly severity: Severity | null;
  readonly specialty: string | null;
  readonly contract: Contract | null;
}

/** A case's rows as they are gathered, with its first `opened` and `resolved` texts. */
interface CaseRows {
  readonly rows: EventRow[];
  opened: { row: HistoryRow; text: string } | null;
  resolved: { row: HistoryRow; text: string } | null;
  readonly line: number;
}

/**
 * The cases of an `events` history (one row per status change of a case), grouped by the
 * `case` column, in the order each case first appears; the rows are handed over one at a time
 * in file order, and the cases are made at the end (a case's rows may be anywhere in the file).
 * Rows without a case id, a readable time or a known status are skipped; within a case, rows
 * out of time order are sorted (stably: rows at the same time keep the file's order) and
 * consecutive rows that repeat the status, tier and resource are merged into one spell; each is
 * a logged data problem.
 *
 * Without a `status` column every row is `working`, and the case ends at its `resolved` column
 * when the mapping names one (missing: still open), else at its last row (as in a process-mining
 * event log, whose trace ends with the case): a zero-length `resolved` spell marks the end.
 */
export class EventsReader implements DraftReader {
  private readonly hasStatus: boolean;
  private readonly hasResolved: boolean;
  private readonly cases = new Map<string, CaseRows>();

  constructor(
    mapping: Mapping,
    private readonly values: RowValues,
    private readonly problems: ProblemLog,
  ) {
    this.hasStatus = mapping.columns.status !== undefined;
    this.hasResolved = mapping.columns.resolved !== undefined;
  }

  add(row: HistoryRow): void {
    const { values, problems } = this;
    if (row.case === null) {
      problems.add('missing-case-id', rowExample(row.line), 'row skipped');
      return;
    }
    let entry = this.cases.get(row.case);
    if (entry === undefined) {
      entry = { rows: [], opened: null, resolved: null, line: row.line };
      this.cases.set(row.case, entry);
    }
    // Any row of the case may carry its opening, even one skipped below.
    if (entry.opened === null && row.opened !== null) entry.opened = { row, text: row.opened };
    if (entry.resolved === null && row.resolved !== null) entry.resolved = { row, text: row.resolved };
    if (row.time === null) {
      problems.add('missing-time', rowExample(row.line), 'row skipped');
      return;
    }
    const at = values.time(row, row.time, 'unparseable-time', 'row skipped');
    if (Number.isNaN(at)) return;
    const status = this.hasStatus ? values.status(row) : 'working';
    if (status === null) return;
    entry.rows.push({
      line: row.line,
      at,
      status,
      tier: values.tier(row),
      resource: row.resource,
      severity: values.severity(row),
      specialty: values.specialty(row),
      contract: values.contract(row),
    });
  }

  finish(): DraftCase[] {
    const drafts: DraftCase[] = [];
    for (const [id, entry] of this.cases) {
      if (entry.rows.length === 0) {
        this.problems.add('case-without-rows', id, 'case left out: none of its rows could be read');
        continue;
      }
      drafts.push(draftCase(id, entry, this.hasStatus, this.hasResolved, this.values, this.problems));
    }
    return drafts;
  }
}

/** One case from its usable rows (at least one). */
function draftCase(
  id: string,
  entry: CaseRows,
  hasStatus: boolean,
  hasResolved: boolean,
  values: RowValues,
  problems: ProblemLog,
): DraftCase {
  const rows = inTimeOrder(id, entry.rows, problems);
  const kept = withoutRepeats(id, rows, problems);
  const spells: StatusSpell[] = kept.map((row, i) => ({
    status: row.status,
    tier: row.tier,
    fromAt: row.at,
    // The last spell of a case that ended lasts no time; of an open one, until the history ends.
    toAt: i + 1 < kept.length ? kept[i + 1].at : ENDING_STATUSES.has(row.status) ? row.at : NaN,
    resource: row.resource,
  }));
  const firstRowAt = rows[0].at;
  const lastRowAt = rows[rows.length - 1].at;
  const last = spells[spells.length - 1];
  let resolvedAt: number | null = null;
  if (hasStatus) {
    if (ENDING_STATUSES.has(last.status))
      resolvedAt = spells.find((s) => ENDING_STATUSES.has(s.status))!.fromAt;
  } else {
    // The last row, even when it repeats the one before and was merged into its spell.
    resolvedAt = lastRowAt;
    if (hasResolved) {
      // The resolved column decides: empty means still open.
      const at =
        entry.resolved === null
          ? NaN
          : values.time(
              entry.resolved.row,
              entry.resolved.text,
              'unparseable-resolved',
              'case taken as still open (censored)',
            );
      resolvedAt = Number.isNaN(at) ? null : at;
    }
    if (resolvedAt !== null) {
      const endAt = Math.max(resolvedAt, last.fromAt);
      spells[spells.length - 1] = { ...last, toAt: endAt };
      spells.push({
        status: 'resolved',
        tier: last.tier,
        fromAt: endAt,
        toAt: endAt,
        resource: last.resource,
      });
    }
  }
  return {
    id,
    openedAt: openedAt(id, entry, firstRowAt, values, problems),
    firstRowAt,
    lastRowAt,
    resolvedAt,
    outcome: resolvedAt === null ? 'open' : last.status === 'cancelled' ? 'cancelled' : 'resolved',
    // Any status but queued means someone has answered: asking the customer, waiting on a vendor
    // and resolving come after a first contact too (many exports have no "working" row then).
    firstResponseAt: spells.find((s) => s.status !== 'queued' && s.status !== 'cancelled')?.fromAt ?? null,
    severity: lastKnown(rows, (row) => row.severity),
    specialty: lastKnown(rows, (row) => row.specialty),
    contract: lastKnown(rows, (row) => row.contract),
    tiers: tiersVisited(spells),
    spells,
    line: entry.line,
  };
}

/** The case's opening: its `opened` column when readable and not after its first row, else its first row. */
function openedAt(
  id: string,
  entry: CaseRows,
  firstRowAt: number,
  values: RowValues,
  problems: ProblemLog,
): number {
  if (entry.opened === null) return firstRowAt;
  const { row, text } = entry.opened;
  const at = values.time(row, text, 'unparseable-opened', "the case's opening taken from its first row");
  if (Number.isNaN(at)) return firstRowAt;
  if (at > firstRowAt) {
    problems.add('opened-after-first-row', id, "the case's opening taken as its first row's time");
    return firstRowAt;
  }
  return at;
}

/** The rows sorted by time (stable), counting the rows found earlier than one before them. */
function inTimeOrder(id: string, rows: EventRow[], problems: ProblemLog): EventRow[] {
  let latest = -Infinity;
  let early = 0;
  let first: EventRow | null = null;
  for (const row of rows) {
    if (row.at < latest) {
      early++;
      first ??= row;
    } else latest = row.at;
  }
  if (first === null) return rows;
  problems.add(
    'out-of-order',
    `${rowExample(first.line)} (case ${id})`,
    "rows sorted by time within their case (rows at the same time keep the file's order)",
    early,
  );
  return [...rows].sort((a, b) => a.at - b.at);
}

/** The rows without those that repeat the row before them (same status, tier and resource). */
function withoutRepeats(id: string, rows: readonly EventRow[], problems: ProblemLog): EventRow[] {
  const kept: EventRow[] = [rows[0]];
  for (let i = 1; i < rows.length; i++) {
    const before = kept[kept.length - 1];
    const row = rows[i];
    if (row.status === before.status && row.tier === before.tier && row.resource === before.resource) {
      problems.add(
        'duplicate-row',
        `${rowExample(row.line)} (case ${id})`,
        'merged into the spell it repeats (which keeps its start)',
      );
    } else kept.push(row);
  }
  return kept;
}
