import type { TraceRow } from '../../sim/index.js';
import { caseFacts, type CaseFacts } from './case-facts.js';

/**
 * Where a case stands: queued at a place, waiting for its owner's next session, with an
 * engineer, in a consult (its SE with the team's technical lead), waiting on the customer,
 * waiting for a hotfix, or `moving` (between two rows of one instant, or after a row this
 * page does not know).
 */
export type CaseStatus =
  'arriving' | 'queued' | 'waitingOwner' | 'withEngineer' | 'consult' | 'customerWait' | 'hotfix' | 'moving';

/**
 * A seat is busy (working a case), in a consult, off shift (and idle), away (time away for
 * shrinkage: training, meetings, mentoring; between cases) or free. Off shift wins over away.
 */
export type SeatStatus = 'free' | 'busy' | 'consult' | 'off' | 'away';

/** The part of a seat-plan seat the replay needs. */
export interface SeatShift {
  readonly id: string;
  /** Whether the seat is on shift at a minute of the run. */
  onShift(atMinutes: number): boolean;
}

/** One case present on the floor at the replayed time. */
export interface CaseNow {
  readonly id: number;
  readonly facts: CaseFacts;
  /** Trace place: `router`, `se/XADM`, `pods`, `problemControl`, `productGroup`... */
  readonly place: string;
  readonly status: CaseStatus;
  /** Engineer id working it (or its SE during a consult), '' when none. */
  readonly engineer: string;
  /** Technical lead in a consult on it, '' when none. */
  readonly tl: string;
  /** SE who owns it (took it first at its specialty), '' when none yet. */
  readonly owner: string;
  /** When it joined its current queue, minutes (the tie-break of queue order). */
  readonly queuedAt: number;
  /** When its last row happened, minutes. */
  readonly since: number;
}

/** Case id of the trace rows about a person rather than a case (`away`, `back`). */
export const PERSON_ROW = 0;

/** The floor at one time: cases present, seats, and how many have left so far. */
export interface FloorState {
  /** Minutes since the start of the run. */
  readonly at: number;
  /** Cases present (arrived and not resolved or abandoned), in arrival order. */
  readonly cases: ReadonlyMap<number, CaseNow>;
  readonly resolved: number;
  readonly abandoned: number;
  seatStatus(seatId: string): SeatStatus;
  /** The case a seat is working (or consulting on), or null. */
  seatCase(seatId: string): number | null;
}

type MutableCase = { -readonly [K in keyof CaseNow]: CaseNow[K] };

/** Everything that changes as rows are applied; copied whole into snapshots. */
interface Frame {
  /** Rows applied so far (a prefix of the sorted rows). */
  applied: number;
  cases: Map<number, MutableCase>;
  /** Seat id -> the case it holds. */
  held: Map<string, number>;
  /** Seats whose person is away (an `away` row not yet followed by their `back` row). */
  away: Set<string>;
  resolved: number;
  abandoned: number;
}

function emptyFrame(): Frame {
  return { applied: 0, cases: new Map(), held: new Map(), away: new Set(), resolved: 0, abandoned: 0 };
}

function cloneFrame(f: Frame): Frame {
  const cases = new Map<number, MutableCase>();
  for (const [id, c] of f.cases) cases.set(id, { ...c });
  return {
    applied: f.applied,
    cases,
    held: new Map(f.held),
    away: new Set(f.away),
    resolved: f.resolved,
    abandoned: f.abandoned,
  };
}

/** Options of {@link Replay}. */
export interface ReplayOptions {
  /** Rows between snapshots (default 256): scrubbing replays at most this many rows. */
  readonly snapshotEvery?: number;
  /** Specialty names, to read a specialty from arrival details that name one. */
  readonly specialties?: readonly string[];
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
  readonly endAt: number;
  private readonly every: number;
  private readonly facts = new Map<number, CaseFacts>();
  private readonly byCase = new Map<number, TraceRow[]>();
  private readonly shifts = new Map<string, SeatShift>();
  private readonly snapshots: Frame[] = [];
  private frame: Frame = emptyFrame();
  at = 0;

  constructor(rows: readonly TraceRow[], seats: readonly SeatShift[], options: ReplayOptions = {}) {
    this.rows = [...rows].sort((a, b) => a.at - b.at);
    this.every = Math.max(1, Math.floor(options.snapshotEvery ?? 256));
    this.endAt = options.endAt ?? (this.rows.length > 0 ? this.rows[this.rows.length - 1].at : 0);
    for (const s of seats) this.shifts.set(s.id, s);
    for (const row of this.rows) {
      if (row.caseId === PERSON_ROW) continue;
      let list = this.byCase.get(row.caseId);
      if (list === undefined) this.byCase.set(row.caseId, (list = []));
      list.push(row);
      if (row.event === 'arrived') this.facts.set(row.caseId, caseFacts(row, options.specialties));
    }
    // One pass over the whole trace, keeping a copy every `every` rows (snapshot k has applied k * every).
    const f = emptyFrame();
    this.snapshots.push(cloneFrame(f));
    for (let i = 0; i < this.rows.length; i++) {
      this.apply(f, this.rows[i]);
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

  /** Moves the replay to time `t` (minutes) and returns the floor then (this object, live). */
  seek(t: number): FloorState {
    const target = this.countUpTo(t);
    const k = Math.floor(target / this.every);
    // Back in time, or far enough ahead that a snapshot is nearer than the current frame.
    if (target < this.frame.applied || k * this.every > this.frame.applied)
      this.frame = cloneFrame(this.snapshots[k]);
    while (this.frame.applied < target) this.apply(this.frame, this.rows[this.frame.applied]);
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

  /** Time of the first row after `t`, or null at the end. */
  nextEventAt(t: number): number | null {
    const i = this.countUpTo(t);
    return i < this.rows.length ? this.rows[i].at : null;
  }

  /** Time of the last row before `t`, or null at the start. */
  previousEventAt(t: number): number | null {
    const i = this.countBefore(t) - 1;
    return i >= 0 ? this.rows[i].at : null;
  }

  /** Time of the first row of case `id` after `t`, or null. */
  nextEventOfCase(id: number, t: number): number | null {
    return this.rowsOf(id).find((r) => r.at > t)?.at ?? null;
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
    let lo = 0;
    let hi = this.rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.rows[mid].at <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Number of rows with `at < t`. */
  private countBefore(t: number): number {
    let lo = 0;
    let hi = this.rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.rows[mid].at < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private apply(f: Frame, row: TraceRow): void {
    f.applied++;
    if (row.caseId === PERSON_ROW) {
      // A person leaves for time away, or comes back (at the end of it or of their shift).
      if (row.engineer === '') return;
      if (row.event === 'away') f.away.add(row.engineer);
      else if (row.event === 'back') f.away.delete(row.engineer);
      return;
    }
    let c = f.cases.get(row.caseId);
    if (row.event === 'resolved' || row.event === 'abandoned') {
      if (row.event === 'resolved') f.resolved++;
      else f.abandoned++;
      if (c !== undefined) {
        release(f, c.engineer, c.id);
        release(f, c.tl, c.id);
        f.cases.delete(c.id);
      }
      return;
    }
    if (c === undefined) {
      // An arrival, or a case whose arrival is not in the trace: it enters where this row puts it.
      const facts = this.facts.get(row.caseId) ?? caseFacts(undefined);
      c = {
        id: row.caseId,
        facts,
        place: 'arrival',
        status: 'arriving',
        engineer: '',
        tl: '',
        owner: '',
        queuedAt: row.at,
        since: row.at,
      };
      f.cases.set(c.id, c);
      if (row.event === 'arrived') return;
    }
    c.since = row.at;
    // Any new row of the case ends a consult; the SE stays only to go on consulting or for another session.
    release(f, c.tl, c.id);
    c.tl = '';
    const keepsEngineer = row.event === 'consult' || (row.event === 'taken' && row.engineer === c.engineer);
    if (!keepsEngineer) {
      release(f, c.engineer, c.id);
      c.engineer = '';
    }
    switch (row.event) {
      case 'queued':
        c.place = row.place;
        c.queuedAt = row.at;
        c.status = row.detail === 'for owner' ? 'waitingOwner' : 'queued';
        if (c.status === 'waitingOwner' && row.engineer !== '') c.owner = row.engineer;
        break;
      case 'taken':
        c.place = row.place;
        c.status = 'withEngineer';
        c.engineer = row.engineer;
        if (row.engineer !== '') f.held.set(row.engineer, c.id);
        if (row.detail === 'owner') c.owner = row.engineer;
        break;
      case 'consult': {
        c.status = 'consult';
        c.tl = row.engineer;
        if (row.engineer !== '') f.held.set(row.engineer, c.id);
        // The detail names the SE (`with se/XADM/t1/4`) should the case have lost track of it.
        const se = /^with (\S+)/.exec(row.detail)?.[1];
        if (c.engineer === '' && se !== undefined) c.engineer = se;
        if (c.engineer !== '') f.held.set(c.engineer, c.id);
        break;
      }
      case 'customerWait':
        if (row.place !== '') c.place = row.place;
        c.status = 'customerWait';
        break;
      case 'hotfixWait':
        c.place = row.place !== '' ? row.place : 'productGroup';
        c.status = 'hotfix';
        break;
      default:
        // `transferred`, `escalated` (their `queued` row follows at the same instant) and rows
        // this page does not know: the case is on its way.
        if (row.event !== 'escalated' && row.event !== 'transferred' && row.place !== '') c.place = row.place;
        c.status = 'moving';
    }
  }
}

function release(f: Frame, seat: string, caseId: number): void {
  if (seat !== '' && f.held.get(seat) === caseId) f.held.delete(seat);
}
