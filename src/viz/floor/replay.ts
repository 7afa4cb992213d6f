import type { TraceRow } from '../../sim/index.js';
import { caseFacts, type CaseFacts } from './case-facts.js';
import { PERSON_ROW, type CaseNow, type FloorState, type SeatShift, type SeatStatus } from './floor-state.js';
import { applyRow, cloneFrame, emptyFrame, type Frame } from './replay-frame.js';

/** Options of {@link Replay}. */
export interface ReplayOptions {
  /** Rows between snapshots (default 256): scrubbing replays at most this many rows. */
  readonly snapshotEvery?: number;
  /** End of the run, minutes (default: the last row's time). */
  readonly endAt?: number;
}

/**
 * The state of the floor at any time, replayed from a trace. Deterministic: the state at t is
 * the result of applying every row with `at <= t` in time order (rows of one instant in trace
 * order), whether t is reached playing forward or by scrubbing back. A snapshot every N rows
 * bounds the work of a jump to N rows.
 */
export class Replay implements FloorState {
  /**
   * The rows in time order (a stable sort keeps the trace's order within an instant), the rows
   * about people (case id 0: `away`, `back`) included: they change seats, never cases.
   */
  readonly rows: readonly TraceRow[];
  /** End of the run, minutes. */
  readonly endAt: number;
  private readonly every: number;
  private readonly facts = new Map<number, CaseFacts>();
  private readonly byCase = new Map<number, TraceRow[]>();
  /** Index in `rows` of each row of a case, in order (to step one case's rows, and tell them up to a row). */
  private readonly indexByCase = new Map<number, number[]>();
  private readonly shifts = new Map<string, SeatShift>();
  private readonly snapshots: Frame[] = [];
  private readonly factsOf = (caseId: number): CaseFacts => this.facts.get(caseId) ?? caseFacts(undefined);
  private frame: Frame = emptyFrame();
  /** The replayed time, minutes. */
  at = 0;

  constructor(rows: readonly TraceRow[], seats: readonly SeatShift[], options: ReplayOptions = {}) {
    this.rows = [...rows].sort((a, b) => a.at - b.at);
    this.every = Math.max(1, Math.floor(options.snapshotEvery ?? 256));
    this.endAt = options.endAt ?? (this.rows.length > 0 ? this.rows[this.rows.length - 1].at : 0);
    for (const s of seats) this.shifts.set(s.id, s);
    this.rows.forEach((row, index) => {
      if (row.caseId === PERSON_ROW) return;
      let list = this.byCase.get(row.caseId);
      if (list === undefined) {
        this.byCase.set(row.caseId, (list = []));
        this.indexByCase.set(row.caseId, []);
      }
      list.push(row);
      this.indexByCase.get(row.caseId)!.push(index);
      if (row.event === 'arrived') this.facts.set(row.caseId, caseFacts(row));
    });
    // One pass over the whole trace, keeping a copy every `every` rows (snapshot k has applied k * every).
    const f = emptyFrame();
    this.snapshots.push(cloneFrame(f));
    for (let i = 0; i < this.rows.length; i++) {
      applyRow(f, this.rows[i], this.factsOf);
      if (f.applied % this.every === 0) this.snapshots.push(cloneFrame(f));
    }
  }

  get cases(): ReadonlyMap<number, CaseNow> {
    return this.frame.cases;
  }

  get resolved(): number {
    return this.frame.resolved;
  }

  get abandoned(): number {
    return this.frame.abandoned;
  }

  /** Rows applied by the last {@link seek}: a prefix of {@link rows}. */
  get applied(): number {
    return this.frame.applied;
  }

  /**
   * Moves the replay to time `t` (minutes) and returns the floor then (this object, live). With
   * `rowsApplied`, only that many rows are applied, which may stop between rows of the instant
   * `t` (kept within the rows before `t` and the rows up to `t`); without it, every row up to `t`.
   */
  seek(t: number, rowsApplied?: number): FloorState {
    const all = this.countUpTo(t);
    const target =
      rowsApplied === undefined ? all : Math.min(all, Math.max(this.countBefore(t), rowsApplied));
    const k = Math.floor(target / this.every);
    // Back in time, or far enough ahead that a snapshot is nearer than the current frame.
    if (target < this.frame.applied || k * this.every > this.frame.applied)
      this.frame = cloneFrame(this.snapshots[k]);
    while (this.frame.applied < target) applyRow(this.frame, this.rows[this.frame.applied], this.factsOf);
    this.at = t;
    return this;
  }

  seatStatus(seatId: string): SeatStatus {
    const held = this.frame.held.get(seatId);
    if (held !== undefined) return this.frame.cases.get(held)?.status === 'consult' ? 'consult' : 'busy';
    const seat = this.shifts.get(seatId);
    if (seat !== undefined && !seat.onShift(this.at)) return 'off';
    return this.frame.away.has(seatId) ? 'away' : 'free';
  }

  seatCase(seatId: string): number | null {
    return this.frame.held.get(seatId) ?? null;
  }

  /** Time of the first row after `t` (minutes), or null at the end. */
  nextEventAt(t: number): number | null {
    const i = this.countUpTo(t);
    return i < this.rows.length ? this.rows[i].at : null;
  }

  /** Time of the last row before `t` (minutes), or null at the start. */
  previousEventAt(t: number): number | null {
    const i = this.countBefore(t) - 1;
    return i >= 0 ? this.rows[i].at : null;
  }

  /** Time of the first row of case `id` after `t` (minutes), or null. */
  nextEventOfCase(id: number, t: number): number | null {
    return this.rowsOf(id).find((r) => r.at > t)?.at ?? null;
  }

  /** Number of rows at or before `t` (minutes): what {@link seek} applies without a row count. */
  rowsUpTo(t: number): number {
    return this.countUpTo(t);
  }

  /**
   * The position just after the next row once `applied` rows are applied: its time and the rows
   * applied then (`applied + 1`), even when that row happens at the same instant; null at the end.
   */
  nextRow(applied: number): { at: number; applied: number } | null {
    return applied >= 0 && applied < this.rows.length
      ? { at: this.rows[applied].at, applied: applied + 1 }
      : null;
  }

  /** As {@link nextRow}, for the next row of case `id` among the rows not yet applied; null if none. */
  nextRowOfCase(id: number, applied: number): { at: number; applied: number } | null {
    const index = (this.indexByCase.get(id) ?? []).find((i) => i >= applied);
    return index === undefined ? null : { at: this.rows[index].at, applied: index + 1 };
  }

  /** How many of case `id`'s rows are among the first `applied` rows (what its story may tell). */
  caseRowsWithin(id: number, applied: number): number {
    const indices = this.indexByCase.get(id) ?? [];
    let n = 0;
    while (n < indices.length && indices[n] < applied) n++;
    return n;
  }

  /** Every row of one case, in time order (none for id 0: those rows are about people). */
  rowsOf(id: number): readonly TraceRow[] {
    return this.byCase.get(id) ?? [];
  }

  /** How the case left, or null if it never did. */
  fateOf(id: number): 'resolved' | 'abandoned' | null {
    const rows = this.rowsOf(id);
    const last = rows[rows.length - 1]?.event;
    return last === 'resolved' || last === 'abandoned' ? last : null;
  }

  /** Ids of every case in the trace, in order of their first row (never 0). */
  caseIds(): number[] {
    return [...this.byCase.keys()];
  }

  /** Number of rows with `at <= t`. */
  private countUpTo(t: number): number {
    return this.firstIndex((at) => at > t);
  }

  /** Number of rows with `at < t`. */
  private countBefore(t: number): number {
    return this.firstIndex((at) => at >= t);
  }

  /** Index of the first row whose time passes `past` (rows are in time order), by bisection. */
  private firstIndex(past: (at: number) => boolean): number {
    let lo = 0;
    let hi = this.rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (past(this.rows[mid].at)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
