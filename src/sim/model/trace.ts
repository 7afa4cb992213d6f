/**
 * What happened to a case, one row per state change (the `--trace` output and the animation's input).
 * Per event: place; engineer; detail, the `detail` column of trace.csv that {@link traceDetail}
 * writes from the row's typed facts ('' where none is given).
 * - `arrived`: `arrival`; ''; severity and contract, then `beta` and `sensitive` if so (`B premier`,
 *   `A tier3 sensitive`).
 * - `queued`: the stage the case now waits at (`router`, `se/XADM`, `pods`, `beta`,
 *   `problemControl`, `escalation`); ''; ''.
 * - `queued` for a follow-up session: `se/<specialty>`, `beta`, `problemControl` or `escalation`;
 *   the owner; `for owner` (the session waits for its owner alone, in the owner's own queue, not in
 *   the pool's queue of new cases).
 * - `taken`: the pool; the engineer who starts work; router `triage`; SE `owner` (first session),
 *   `session` (follow-up), `handover` or `misrouted` (wrong specialty); pods '' or `cross-skill`;
 *   beta, Problem Control and escalation engineers `owner`, `session` and `handover` like SEs, or
 *   '' when they work a case in one piece (`sessions` 1, textbook mode).
 * - `consult`: `tl/<specialty>/t<team>`; the TL (same id as the place); `with <SE id>`.
 * - `customerWait`: `se/<specialty>`, `beta`, `problemControl` or `escalation` (a wait between
 *   sessions on the customer or the product group); the owner, who is now free; ''.
 * - `transferred`: the wrong `se/<specialty>`; the SE who passes it on; ''.
 * - `escalated`: the tier it goes to (`problemControl`, `escalation`); the engineer whose work on
 *   the case just ended, or '' when it leaves a queue or a wait (always by age then); `difficulty`
 *   or `age`.
 * - `hotfixWait`: `productGroup`; ''; ''.
 * - `returned`: the stage the case goes back down to, to be closed there (`se/<specialty>`,
 *   `pods`, `beta` from Problem Control; `problemControl` from an escalation engineer; see
 *   `ladder.returns`); the engineer who finished it above; ''. A `queued` row there follows.
 * - `resolved`: the stage it is resolved at (`router`, `se/<specialty>`, `pods`, `beta`,
 *   `problemControl`, `escalation`, `productGroup`); the engineer who finished it ('' at
 *   `productGroup`); ''.
 * - `abandoned`: `router`; ''; '' (the caller hung up; with `pools.router.retrial` a `calledBack`
 *   row of the same case may follow).
 * - `calledBack`: `router`; ''; `call <n>`, the number of this call (2 for the first call back).
 *   A `queued` row at `router` follows at the same minute.
 * - `away` and `back` (case id 0: rows about a person, not a case): the pool; the engineer who
 *   leaves for, or comes back from, time away for shrinkage (training, meetings, mentoring; taken
 *   between cases); `away` gives the planned minutes in `detail`. A shift that ends during the
 *   time away ends it too: `back` then comes at the end of the shift.
 *
 * A move up is `escalated` then `queued` at the next stage, then `taken` at the same minute when
 * someone is free. Rows are in time order, and rows of the same minute in the order they happened.
 *
 * Who is busy, read from the rows (there is no row for the end of a piece of work):
 * - the engineer of a `taken` row works on that case until the case's next row other than
 *   `consult` (an SE waiting for, or talking with, their TL is still busy with the case);
 * - the TL of a `consult` row is busy until the case's next row;
 * - the engineer of `queued … for owner`, `customerWait`, `transferred`, `escalated` and
 *   `resolved` says who owns or finished the case: those rows start no work.
 * A spell may end at the minute the next one of the same engineer starts. Shifts are in
 * `seatPlan`.
 */
import type { Contract, Severity } from '../scenario/index.js';

/** How an engineer came to take a case (`detail` of a `taken` row in trace.csv). */
export type TakenHow =
  /** A router triaging a call (`triage`). */
  | 'triage'
  /** The first of several sessions (SE, beta SE, Problem Control, EE): the engineer now owns the case (`owner`). */
  | 'owner'
  /** The owner's follow-up session (`session`). */
  | 'session'
  /**
   * An on-duty engineer (SE, beta SE, Problem Control, EE) taking over a severity A case whose
   * owner's shift has ended (`handover`): they own it from now on (continuous effort).
   */
  | 'handover'
  /** An SE of the wrong specialty, who will transfer it (`misrouted`). */
  | 'misrouted'
  /**
   * A pod member outside the case's specialty, working at `crossSkillEfficiency` < 1
   * (`cross-skill`). With an efficiency of 1 (textbook mode) every member works alike: `work`.
   */
  | 'crossSkill'
  /**
   * Any other start of work (''): pods in their specialty; beta, Problem Control and escalation
   * engineers working a case in one piece (`sessions` 1).
   */
  | 'work';

/** What every row says: when, about which case (0 for a person's own row), where, and who. */
interface TraceRowBase {
  /** Minutes since the start of the run (day 0 = Monday 00:00). */
  readonly at: number;
  /** The case's id; 0 for rows about a person (`away`, `back`). */
  readonly caseId: number;
  /** Stage or pool name, e.g. `router`, `se/XADM`, `tl/XADM/t1` (see the list above). */
  readonly place: string;
  /** Engineer id as in `seatPlan`, e.g. `se/XADM/t2/5`, or '' when none is involved. */
  readonly engineer: string;
}

/**
 * One state change of one case (or, for `away`/`back`, of one person: case id 0), as a
 * discriminated union on `event`: each kind carries its own typed facts, so readers never parse
 * text. `traceDetail` gives the `detail` column of trace.csv.
 */
export type TraceRow = TraceRowBase &
  (
    | {
        readonly event: 'arrived';
        readonly severity: Severity;
        readonly contract: Contract;
        readonly beta: boolean;
        readonly sensitive: boolean;
      }
    /** `forOwner`: a follow-up session waiting for its owner alone (`engineer` is the owner). */
    | { readonly event: 'queued'; readonly forOwner: boolean }
    | { readonly event: 'taken'; readonly how: TakenHow }
    /** `place` and `engineer` are the TL; `se` is the SE who asked. */
    | { readonly event: 'consult'; readonly se: string }
    | { readonly event: 'escalated'; readonly reason: 'difficulty' | 'age' }
    /** `call`: the number of this call of the case to the router (2 for its first call back). */
    | { readonly event: 'calledBack'; readonly call: number }
    /** `plannedMinutes`: the time away planned (a shift's end may cut it short). */
    | { readonly event: 'away'; readonly plannedMinutes: number }
    /** `endOfShift`: the shift ended during the time away. */
    | { readonly event: 'back'; readonly endOfShift: boolean }
    | {
        readonly event: 'customerWait' | 'transferred' | 'hotfixWait' | 'returned' | 'resolved' | 'abandoned';
      }
  );

/** The kinds of trace rows. */
export type TraceEventKind = TraceRow['event'];

/** The free-text `detail` column of trace.csv for a row (its format is public: keep it). */
export function traceDetail(row: TraceRow): string {
  switch (row.event) {
    case 'arrived':
      return `${row.severity} ${row.contract}${row.beta ? ' beta' : ''}${row.sensitive ? ' sensitive' : ''}`;
    case 'queued':
      return row.forOwner ? 'for owner' : '';
    case 'taken':
      return row.how === 'crossSkill' ? 'cross-skill' : row.how === 'work' ? '' : row.how;
    case 'consult':
      return `with ${row.se}`;
    case 'escalated':
      return row.reason;
    case 'calledBack':
      return `call ${row.call}`;
    case 'away':
      return String(Math.round(row.plannedMinutes));
    case 'back':
      return row.endOfShift ? 'end of shift' : '';
    default:
      return '';
  }
}

/** A row as a stage reports it, without the time: the log adds it. */
export type TraceNote = WithoutTime<TraceRow>;

/** `Omit<R, 'at'>` for each kind of row (a plain Omit would merge the kinds). */
type WithoutTime<R> = R extends TraceRow ? Omit<R, 'at'> : never;

/** Receives a replication's trace rows in chunks, in order, as they happen. */
export type TraceSink = (rows: readonly TraceRow[]) => void;

/** Rows a trace with a sink holds before it hands them on (about 1 MB). */
export const TRACE_CHUNK_ROWS = 8192;

/**
 * The trace of one replication: rows in the order they happened, each stamped with the clock.
 * Without a sink it keeps every row (`rows`: the app replays them); with one it hands them on in
 * chunks of {@link TRACE_CHUNK_ROWS} and keeps only the chunk being filled, so that a trace of
 * years (millions of rows) is written to a file as it goes instead of being held.
 */
export class TraceLog {
  /** The rows held: all of them without a sink, else those not yet handed on. */
  rows: TraceRow[] = [];

  constructor(
    /** The simulation clock, minutes. */
    private readonly clock: () => number,
    private readonly sink: TraceSink | null = null,
  ) {}

  /** Adds a row at the current time. */
  note(row: TraceNote): void {
    this.rows.push({ at: this.clock(), ...row });
    if (this.sink !== null && this.rows.length >= TRACE_CHUNK_ROWS) this.flush();
  }

  /** Hands the rows held to the sink, if there is one (at the end of the run, the last chunk). */
  flush(): void {
    if (this.sink === null || this.rows.length === 0) return;
    const rows = this.rows;
    this.rows = [];
    this.sink(rows);
  }
}
