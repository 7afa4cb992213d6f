import type { CaseFacts } from './case-facts.js';

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
