import type { Contract, Severity, TraceRow } from '../../src/sim/index.js';

/** A trace row of one kind. */
type Row<E extends TraceRow['event']> = Extract<TraceRow, { event: E }>;

/**
 * Typed trace rows for traces written by hand in the floor's tests, one builder per event:
 * times in minutes, then the case id (0 for the rows about a person), then the row's place,
 * engineer and facts as src/sim/model/trace.ts describes them.
 */
export const rows = {
  arrived: (
    at: number,
    caseId: number,
    severity: Severity,
    contract: Contract,
    flags: { beta?: boolean; sensitive?: boolean } = {},
  ): Row<'arrived'> => ({
    at,
    caseId,
    event: 'arrived',
    place: 'arrival',
    engineer: '',
    severity,
    contract,
    beta: flags.beta ?? false,
    sensitive: flags.sensitive ?? false,
  }),
  /** A case joins the queue of a stage. */
  queued: (at: number, caseId: number, place: string): Row<'queued'> => ({
    at,
    caseId,
    event: 'queued',
    place,
    engineer: '',
    forOwner: false,
  }),
  /** A follow-up session waits for its owner SE. */
  queuedForOwner: (at: number, caseId: number, place: string, owner: string): Row<'queued'> => ({
    at,
    caseId,
    event: 'queued',
    place,
    engineer: owner,
    forOwner: true,
  }),
  taken: (
    at: number,
    caseId: number,
    place: string,
    engineer: string,
    how: Row<'taken'>['how'] = 'work',
  ): Row<'taken'> => ({ at, caseId, event: 'taken', place, engineer, how }),
  /** The SE `se` consults the technical lead `tl` (the row's place and engineer). */
  consult: (at: number, caseId: number, tl: string, se: string): Row<'consult'> => ({
    at,
    caseId,
    event: 'consult',
    place: tl,
    engineer: tl,
    se,
  }),
  escalated: (
    at: number,
    caseId: number,
    place: string,
    engineer: string,
    reason: Row<'escalated'>['reason'],
  ): Row<'escalated'> => ({ at, caseId, event: 'escalated', place, engineer, reason }),
  /** A row with no facts of its own: a customer wait, a transfer, a hotfix wait, a resolution, a hang-up. */
  plain: (
    at: number,
    caseId: number,
    event: 'customerWait' | 'transferred' | 'hotfixWait' | 'resolved' | 'abandoned',
    place: string,
    engineer = '',
  ): TraceRow => ({ at, caseId, event, place, engineer }),
  /** A caller who hung up calls the router again (`call`: 2 for the first call back). */
  calledBack: (at: number, caseId: number, call: number): Row<'calledBack'> => ({
    at,
    caseId,
    event: 'calledBack',
    place: 'router',
    engineer: '',
    call,
  }),
  /** A person leaves for time away (case id 0). */
  away: (at: number, place: string, engineer: string, plannedMinutes: number): Row<'away'> => ({
    at,
    caseId: 0,
    event: 'away',
    place,
    engineer,
    plannedMinutes,
  }),
  /** A person comes back (case id 0), at the end of the time away or of the shift. */
  back: (at: number, place: string, engineer: string, endOfShift = false): Row<'back'> => ({
    at,
    caseId: 0,
    event: 'back',
    place,
    engineer,
    endOfShift,
  }),
};
