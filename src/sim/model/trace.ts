/**
 * What happened to a case, one row per state change (the `--trace` output and the animation's input).
 * Per event: place; engineer; detail ('' where none is given).
 * - `arrived`: `arrival`; ''; severity and contract, then `beta` and `sensitive` if so (`B premier`,
 *   `A tier3 sensitive`).
 * - `queued`: the stage the case now waits at (`router`, `se/XADM`, `pods`, `beta`,
 *   `problemControl`, `escalation`); ''; ''.
 * - `queued` for a follow-up session: `se/<specialty>`; the owner SE; `for owner` (the session waits
 *   for its owner alone, in the owner's own queue, not in the pool's queue of new cases).
 * - `taken`: the pool; the engineer who starts work; router `triage`; SE `owner` (first session),
 *   `session` (follow-up) or `misrouted` (wrong specialty); pods '' or `cross-skill`; beta, Problem
 *   Control and escalation engineers ''.
 * - `consult`: `tl/<specialty>/t<team>`; the TL (same id as the place); `with <SE id>`.
 * - `customerWait`: `se/<specialty>`; the owner SE, who is now free; ''.
 * - `transferred`: the wrong `se/<specialty>`; the SE who passes it on; ''.
 * - `escalated`: the tier it goes to (`problemControl`, `escalation`); the engineer whose work on
 *   the case just ended, or '' when it leaves a queue or a wait (always by age then); `difficulty`
 *   or `age`.
 * - `hotfixWait`: `productGroup`; ''; ''.
 * - `resolved`: the stage it is resolved at (`router`, `se/<specialty>`, `pods`, `beta`,
 *   `problemControl`, `escalation`, `productGroup`); the engineer who finished it ('' at
 *   `productGroup`); ''.
 * - `abandoned`: `router`; ''; ''.
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
export type TraceEventKind =
  | 'arrived'
  | 'queued'
  | 'taken'
  | 'consult'
  | 'customerWait'
  | 'transferred'
  | 'escalated'
  | 'hotfixWait'
  | 'resolved'
  | 'abandoned'
  | 'away'
  | 'back';

/** One state change of one case (or, for `away`/`back`, of one person: case id 0). */
export interface TraceRow {
  /** Minutes since the start of the run (day 0 = Monday 00:00). */
  readonly at: number;
  readonly caseId: number;
  readonly event: TraceEventKind;
  /** Stage or pool name, e.g. `router`, `se/XADM`, `tl/XADM/t1` (see {@link TraceEventKind}). */
  readonly place: string;
  /** Engineer id as in `seatPlan`, e.g. `se/XADM/t2/5`, or '' when none is involved. */
  readonly engineer: string;
  /** Free text: the reason of an escalation, the severity at arrival... (see {@link TraceEventKind}). */
  readonly detail: string;
}
