import type { StatusSpell } from './case-history.js';
import type { DraftCase, DraftReader } from './draft-case.js';
import type { HistoryRow } from './history-rows.js';
import { rowExample, type ProblemLog } from './problem-log.js';
import type { RowValues } from './row-values.js';

/**
 * The cases of a `tickets` history (one row per case: `opened`, and `resolved` when it was),
 * in file order. A case's life is one `working` spell from its opening (or from its
 * `firstResponse`, after a `queued` spell, when the mapping names that column) to its
 * resolution, or to the end of the history when `resolved` is empty (censored), at the row's
 * tier (null without a `tier` column). Its first response is unknown (null) without a
 * `firstResponse` column: a ticket export does not say when someone first worked a case.
 * Rows without a case id or a readable opening, and repeats of a case id, are skipped. The
 * rows are handed over one at a time, in file order; each makes its case at once.
 */
export class TicketsReader implements DraftReader {
  private readonly seen = new Set<string>();
  private readonly drafts: DraftCase[] = [];

  constructor(
    private readonly values: RowValues,
    private readonly problems: ProblemLog,
  ) {}

  add(row: HistoryRow): void {
    const { values, problems } = this;
    if (row.case === null) {
      problems.add('missing-case-id', rowExample(row.line), 'row skipped');
      return;
    }
    if (this.seen.has(row.case)) {
      problems.add(
        'duplicate-case',
        rowExample(row.line, row.case),
        "row skipped (the case's first row is kept)",
      );
      return;
    }
    if (row.opened === null) {
      problems.add('missing-time', rowExample(row.line), 'row skipped');
      return;
    }
    const openedAt = values.time(row, row.opened, 'unparseable-time', 'row skipped');
    if (Number.isNaN(openedAt)) return;
    let resolvedAt: number | null = values.time(
      row,
      row.resolved,
      'unparseable-resolved',
      'case taken as still open (censored)',
    );
    if (Number.isNaN(resolvedAt)) resolvedAt = null;
    if (resolvedAt !== null && resolvedAt < openedAt) {
      problems.add('resolved-before-opened', rowExample(row.line, row.resolved ?? ''), 'row skipped');
      return;
    }
    let firstResponseAt: number | null = values.time(
      row,
      row.firstResponse,
      'unparseable-first-response',
      'first response taken as unknown',
    );
    if (Number.isNaN(firstResponseAt)) firstResponseAt = null;
    if (
      firstResponseAt !== null &&
      (firstResponseAt < openedAt || (resolvedAt !== null && firstResponseAt > resolvedAt))
    ) {
      problems.add(
        'first-response-outside-case',
        rowExample(row.line, row.firstResponse ?? ''),
        'first response taken as unknown (it is before the opening or after the resolution)',
      );
      firstResponseAt = null;
    }
    this.seen.add(row.case);
    const tier = values.tier(row);
    const resource = row.resource;
    // NaN: an open case's spell runs to the end of the history, known once every row is read.
    const endAt = resolvedAt ?? NaN;
    const spells: StatusSpell[] =
      firstResponseAt === null
        ? [{ status: 'working', tier, fromAt: openedAt, toAt: endAt, resource }]
        : [
            { status: 'queued', tier, fromAt: openedAt, toAt: firstResponseAt, resource: null },
            { status: 'working', tier, fromAt: firstResponseAt, toAt: endAt, resource },
          ];
    this.drafts.push({
      id: row.case,
      openedAt,
      firstRowAt: openedAt,
      lastRowAt: Math.max(openedAt, resolvedAt ?? -Infinity, firstResponseAt ?? -Infinity),
      resolvedAt,
      outcome: resolvedAt === null ? 'open' : 'resolved',
      firstResponseAt,
      severity: values.severity(row),
      specialty: values.specialty(row),
      contract: values.contract(row),
      tiers: tier === null ? [] : [tier],
      spells,
      line: row.line,
    });
  }

  finish(): DraftCase[] {
    return this.drafts;
  }
}
