import type { CaseHistory, DataProblem, History, MappedFact } from './case-history.js';
import { arrivalsWindow } from './arrivals-window.js';
import type { DraftCase, DraftReader } from './draft-case.js';
import { isoDateTime, mondayOnOrBefore } from './history-clock.js';
import { csvRecordsOfStream, csvRecordsOfText } from './history-csv.js';
import { HistoryError } from './history-error.js';
import { historyCsvOptions, HistoryRowReader } from './history-rows.js';
import type { Mapping } from './mapping.js';
import { ProblemLog } from './problem-log.js';
import { EventsReader } from './read-events.js';
import { TicketsReader } from './read-tickets.js';
import { RowValues } from './row-values.js';

/** Names used in {@link HistoryError} messages. */
export interface ReadHistoryOptions {
  /** The history file as the user named it; default `history.csv`. */
  readonly file?: string;
  /** The mapping file as the user named it; default `mapping.json`. */
  readonly mappingFile?: string;
}

/**
 * A ticket history read through its mapping. `text` is the whole CSV file, decoded (the caller
 * gunzips a `.gz` file); {@link readHistoryStream} reads one that arrives in pieces. Times
 * become minutes from the Monday 00:00 on or before the first time seen (see {@link History}).
 * Every problem of a row or case is counted in `problems` with the decision taken;
 * {@link HistoryError} is thrown only for a file that cannot be read (not CSV, no header, a
 * mapped column missing) or that has no usable row.
 */
export function readHistory(text: string, mapping: Mapping, options: ReadHistoryOptions = {}): History {
  const reading = new HistoryReading(mapping, options);
  csvRecordsOfText(text, historyCsvOptions(mapping), reading.file, reading.record);
  return reading.finish();
}

/**
 * {@link readHistory} of a text that arrives in pieces (a file as it is read and gunzipped, the
 * caller's job, decoded): each row goes to its case as it is parsed, so memory holds the cases
 * read so far, not the text or its rows. The same history, problems and errors as
 * {@link readHistory} of the whole text; an error of `text` itself (the file cannot be read)
 * is thrown as it is.
 */
export async function readHistoryStream(
  text: AsyncIterable<string>,
  mapping: Mapping,
  options: ReadHistoryOptions = {},
): Promise<History> {
  const reading = new HistoryReading(mapping, options);
  await csvRecordsOfStream(text, historyCsvOptions(mapping), reading.file, reading.record);
  return reading.finish();
}

/** A history being read: its records go in one at a time, and {@link finish} makes the history. */
class HistoryReading {
  readonly file: string;
  /** The problems of the file's shape (`ragged-row`), listed before the others. */
  private readonly shapeProblems = new ProblemLog();
  private readonly problems = new ProblemLog();
  private readonly rows: HistoryRowReader;
  private readonly cases: DraftReader;

  constructor(
    private readonly mapping: Mapping,
    options: ReadHistoryOptions,
  ) {
    this.file = options.file ?? 'history.csv';
    const mappingFile = options.mappingFile ?? 'mapping.json';
    this.rows = new HistoryRowReader(mapping, this.shapeProblems, this.file, mappingFile);
    const values = new RowValues(mapping, this.problems);
    this.cases =
      mapping.format === 'events'
        ? new EventsReader(mapping, values, this.problems)
        : new TicketsReader(values, this.problems);
  }

  /** Takes the file's next CSV record (the header first), `line` the line it ends on. */
  readonly record = (record: string[], line: number): void => {
    const row = this.rows.read(record, line);
    if (row !== null) this.cases.add(row);
  };

  /** The history of the records taken. */
  finish(): History {
    const { file, mapping, problems } = this;
    this.rows.finish();
    const drafts = this.cases.finish();
    if (drafts.length === 0) throw noUsableRow(file, this.rows.rows, this.problemList(), mapping);

    let firstAt = Infinity;
    let windowStart = Infinity;
    let windowEnd = -Infinity;
    for (const c of drafts) {
      firstAt = Math.min(firstAt, c.openedAt);
      windowStart = Math.min(windowStart, c.firstRowAt);
      windowEnd = Math.max(windowEnd, latestTime(c));
    }
    const origin = mondayOnOrBefore(firstAt);
    const windowStartAt = windowStart - origin;
    const windowEndAt = windowEnd - origin;
    const cases = drafts.map((draft) =>
      onClock(draft, origin, windowStartAt, windowEndAt, mapping.openedGraceMinutes, problems),
    );

    const arrivals = arrivalsWindow(cases, windowStartAt, windowEndAt, origin);
    if (arrivals.evidence.length > 0) {
      const later = cases.filter((c) => !c.startedBeforeWindow && c.openedAt >= arrivals.endAt).length;
      problems.add(
        'incomplete-arrivals',
        arrivals.evidence[0],
        `arrival estimates use the openings before ${isoDateTime(origin + arrivals.endAt)} (arrivalsEndAt ` +
          `${arrivals.endAt.toLocaleString('en-US')}); the cases opened later are kept for everything else`,
        later,
      );
      // The first report set the decision; the other signs are examples of the same problem.
      for (const why of arrivals.evidence.slice(1)) problems.add('incomplete-arrivals', why, '', 0);
    }

    return {
      origin: isoDateTime(origin),
      windowStartAt,
      windowEndAt,
      cases,
      rows: this.rows.rows,
      problems: this.problemList(),
      arrivalsEndAt: arrivals.endAt,
      format: mapping.format,
      mapped: mappedFacts(mapping),
    };
  }

  /** Every problem met, the file's shape first (as when all rows were read before any case). */
  private problemList(): DataProblem[] {
    return [...this.shapeProblems.list(), ...this.problems.list()];
  }
}

/**
 * The error for a file none of whose rows could be used: the problems counted, and the first
 * example of the commonest (`row 2: "2016-02-29 01:16:00"`), beside the time format when times
 * did not parse, the usual cause.
 */
function noUsableRow(
  file: string,
  rows: number,
  problems: readonly DataProblem[],
  mapping: Mapping,
): HistoryError {
  if (rows === 0) return new HistoryError(file, 'no data rows after the header');
  // Cases left without rows follow from the rows' problems.
  const found = problems.filter((p) => p.kind !== 'case-without-rows');
  const counts = found.map((p) => `${p.kind} ${p.count.toLocaleString('en-US')}`).join(', ');
  const commonest = found.reduce((a, b) => (b.count > a.count ? b : a), found[0]);
  let example = commonest === undefined ? '' : `; first ${commonest.kind}: ${commonest.examples[0]}`;
  if (commonest?.kind === 'unparseable-time')
    example +=
      mapping.timeFormat === undefined ? ', not ISO 8601' : `, not ${JSON.stringify(mapping.timeFormat)}`;
  return new HistoryError(file, `no usable row among ${rows.toLocaleString('en-US')} (${counts}${example})`);
}

/** The latest time a case shows, minutes on the UTC clock: its last row, or its resolution. */
function latestTime(c: DraftCase): number {
  return Math.max(c.lastRowAt, c.resolvedAt ?? -Infinity);
}

/**
 * A draft case on the history's clock (minutes from `origin`), its open spell run to the end,
 * marked when it started before the window, with the problems of its start and end logged.
 */
function onClock(
  draft: DraftCase,
  origin: number,
  windowStartAt: number,
  windowEndAt: number,
  graceMinutes: number,
  problems: ProblemLog,
): CaseHistory {
  const openedAt = draft.openedAt - origin;
  const firstRowAt = draft.firstRowAt - origin;
  const startedBeforeWindow = openedAt < windowStartAt - graceMinutes;
  if (startedBeforeWindow)
    problems.add(
      'started-before-window',
      draft.id,
      'kept and marked startedBeforeWindow: not an arrival of the window, its spells before the window unknown',
    );
  else if (firstRowAt - openedAt > graceMinutes)
    problems.add(
      'late-first-row',
      draft.id,
      `kept: opened at its opened time, more than ${graceMinutes} minutes before its first row; ` +
        'its status until then is unknown (no spell)',
    );
  if (draft.outcome === 'open')
    problems.add(
      'censored',
      draft.id,
      'kept as still open at the end of the history (resolvedAt null, its last spell runs to the end): ' +
        'resolution times count it as censored (Kaplan-Meier)',
    );
  return {
    id: draft.id,
    openedAt,
    resolvedAt: draft.resolvedAt === null ? null : draft.resolvedAt - origin,
    firstResponseAt: draft.firstResponseAt === null ? null : draft.firstResponseAt - origin,
    severity: draft.severity,
    specialty: draft.specialty,
    contract: draft.contract,
    tiers: draft.tiers,
    spells: draft.spells.map((spell) => ({
      ...spell,
      fromAt: spell.fromAt - origin,
      toAt: Number.isNaN(spell.toAt) ? windowEndAt : spell.toAt - origin,
    })),
    startedBeforeWindow,
    outcome: draft.outcome,
  };
}

/** What the mapping lets the history tell. */
function mappedFacts(mapping: Mapping): Record<MappedFact, boolean> {
  const { columns } = mapping;
  return {
    tier: columns.tier !== undefined,
    severity: columns.severity !== undefined,
    specialty: columns.specialty !== undefined,
    contract: columns.contract !== undefined,
    resource: columns.resource !== undefined,
    firstResponse:
      mapping.format === 'events' ? columns.status !== undefined : columns.firstResponse !== undefined,
  };
}
