import type { TraceRow } from '../../sim/index.js';
import { MINUTES_PER_DAY } from '../../sim/index.js';

/** What a guide step reads to find its moment and what to point at: the followed case's rows. */
export interface GuideContext {
  /** The followed case's rows in time order (none when no case is followed). */
  readonly caseRows: readonly TraceRow[];
}

/**
 * One step of a lesson's guided script: what to point at on the floor, the question to ask the
 * class, when in the run (found in the followed case's rows, so the same script works on the
 * what-if run), and the place or seat to outline.
 */
export interface GuideStep {
  /** What the trainer points at, e.g. `The support engineer who takes it: its owner from now on`. */
  readonly point: string;
  /** The question for the class. */
  readonly ask: string;
  /** When, minutes; null when the followed case has no such moment (the step then keeps the clock). */
  readonly at: (c: GuideContext) => number | null;
  /** The place id (`router`, `se/XADM`, `problemControl`...) or seat id to outline, or null. */
  readonly mark: (c: GuideContext) => string | null;
}

/** A fixed time of the run: `day` (0 = Monday) at `hh:mm`. */
export function at(day: number, hhmm: string): (c: GuideContext) => number {
  const [h, m] = hhmm.split(':').map(Number);
  return () => day * MINUTES_PER_DAY + h * 60 + m;
}

/** The followed case's first row that `matches`, or undefined. */
export function rowOf(c: GuideContext, matches: (r: TraceRow) => boolean): TraceRow | undefined {
  return c.caseRows.find(matches);
}

/** The time of the followed case's first row that `matches`, plus `after` minutes; null if there is none. */
export function when(matches: (r: TraceRow) => boolean, after = 0): (c: GuideContext) => number | null {
  return (c) => {
    const row = rowOf(c, matches);
    return row === undefined ? null : row.at + after;
  };
}

/** The engineer of the followed case's first row that `matches` (to outline their seat), or null. */
export function who(matches: (r: TraceRow) => boolean): (c: GuideContext) => string | null {
  return (c) => rowOf(c, matches)?.engineer || null;
}

/** The place of the followed case's first row that `matches`, or `fallback`. */
export function where(
  matches: (r: TraceRow) => boolean,
  fallback: string,
): (c: GuideContext) => string | null {
  return (c) => rowOf(c, matches)?.place || fallback;
}

/** A fixed place to outline. */
export function place(id: string): () => string {
  return () => id;
}

/** Row tests the scripts share. */
export const is = {
  arrived: (r: TraceRow) => r.event === 'arrived',
  triaged: (r: TraceRow) => r.event === 'taken' && r.place === 'router',
  ownedBySe: (r: TraceRow) => r.event === 'taken' && r.how === 'owner' && r.place.startsWith('se/'),
  queuedForSe: (r: TraceRow) => r.event === 'queued' && !r.forOwner && r.place.startsWith('se/'),
  takenAt: (place: string) => (r: TraceRow) => r.event === 'taken' && r.place === place,
  escalatedTo: (place: string) => (r: TraceRow) => r.event === 'escalated' && r.place === place,
  event: (event: TraceRow['event']) => (r: TraceRow) => r.event === event,
} as const;
