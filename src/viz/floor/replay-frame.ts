import type { TraceRow } from '../../sim/index.js';
import type { CaseFacts } from './case-facts.js';
import { PERSON_ROW, type CaseNow } from './floor-state.js';

type MutableCase = { -readonly [K in keyof CaseNow]: CaseNow[K] };

/** Everything that changes as rows are applied; copied whole into snapshots. */
export interface Frame {
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

/** The floor before the first row. */
export function emptyFrame(): Frame {
  return { applied: 0, cases: new Map(), held: new Map(), away: new Set(), resolved: 0, abandoned: 0 };
}

/** A deep copy (cases included), for a snapshot. */
export function cloneFrame(f: Frame): Frame {
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

/**
 * Applies the next row to a frame: a person leaves or comes back, a case enters, moves, is
 * taken, consults, waits or leaves, and the seats it holds follow. `factsOf` gives a case's
 * facts from its arrival row.
 */
export function applyRow(f: Frame, row: TraceRow, factsOf: (caseId: number) => CaseFacts): void {
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
    c = {
      id: row.caseId,
      facts: factsOf(row.caseId),
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
      c.status = row.forOwner ? 'waitingOwner' : 'queued';
      if (row.forOwner && row.engineer !== '') c.owner = row.engineer;
      break;
    case 'taken':
      c.place = row.place;
      c.status = 'withEngineer';
      c.engineer = row.engineer;
      if (row.engineer !== '') f.held.set(row.engineer, c.id);
      if (row.how === 'owner' || row.how === 'handover') c.owner = row.engineer;
      break;
    case 'consult':
      c.status = 'consult';
      c.tl = row.engineer;
      if (row.engineer !== '') f.held.set(row.engineer, c.id);
      // The row names the SE who asked, should the case have lost track of it.
      if (c.engineer === '' && row.se !== '') c.engineer = row.se;
      if (c.engineer !== '') f.held.set(c.engineer, c.id);
      break;
    case 'customerWait':
      if (row.place !== '') c.place = row.place;
      c.status = 'customerWait';
      break;
    case 'hotfixWait':
      c.place = row.place !== '' ? row.place : 'productGroup';
      c.status = 'hotfix';
      break;
    case 'calledBack':
      // The caller who hung up comes back in: from the door to the router, like a new arrival.
      c.place = row.place !== '' ? row.place : 'router';
      c.status = 'moving';
      break;
    default: {
      // `transferred`, `escalated`, `returned` (their `queued` row follows at the same instant)
      // and rows this page does not know: the case is on its way.
      const followedByQueued =
        row.event === 'escalated' || row.event === 'transferred' || row.event === 'returned';
      if (!followedByQueued && row.place !== '') c.place = row.place;
      c.status = 'moving';
    }
  }
}

function release(f: Frame, seat: string, caseId: number): void {
  if (seat !== '' && f.held.get(seat) === caseId) f.held.delete(seat);
}
