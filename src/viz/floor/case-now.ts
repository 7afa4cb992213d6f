import { clockText } from './clock.js';
import type { CaseNow } from './floor-state.js';
import type { FloorDirectory } from './seats.js';
import { roleOf } from './story.js';

/** What the case needs to say where it stands, besides itself. */
export interface CaseNowContext {
  /** Place in its queue (1 = next) and the queue's length, when queued. */
  readonly queuePosition?: { readonly index: number; readonly of: number };
  /** When the case arrives, minutes (for a case not there yet). */
  readonly arrivesAt?: number;
  /** How it left, if it has. */
  readonly fate?: 'resolved' | 'abandoned' | null;
}

/**
 * One line on where a followed case stands at the replayed time, e.g. `Now: 3rd of 12 in the
 * queue for an XADM support engineer.` (places are named through `floor`).
 */
export function caseNowText(c: CaseNow | undefined, floor: FloorDirectory, ctx: CaseNowContext = {}): string {
  if (c === undefined) {
    if (ctx.fate === 'resolved') return 'Now: resolved.';
    if (ctx.fate === 'abandoned') return 'Now: the caller hung up.';
    if (ctx.arrivesAt !== undefined) return `Not here yet: it arrives ${clockText(ctx.arrivesAt)}.`;
    return 'Now: not on the floor.';
  }
  switch (c.status) {
    case 'queued': {
      const q = ctx.queuePosition;
      const where = `in the queue for ${roleOf(c.place, floor)}`;
      return q === undefined
        ? `Now: ${where}.`
        : q.index === 1
          ? `Now: next ${where} (${q.of} waiting).`
          : `Now: ${ordinal(q.index)} of ${q.of} ${where}.`;
    }
    case 'waitingOwner':
      return `Now: waiting for its owner${c.owner ? ` ${floor.name(c.owner)}` : ''} to be free.`;
    case 'withEngineer':
      return `Now: ${floor.name(c.engineer)} is working on it.`;
    case 'consult':
      return `Now: ${floor.name(c.engineer)} is consulting the technical lead (${floor.name(c.tl)}).`;
    case 'customerWait':
      return 'Now: waiting on the customer.';
    case 'hotfix':
      return 'Now: waiting for a hotfix from the product group.';
    case 'arriving':
      return 'Now: just arrived.';
    default:
      return `Now: on its way (${c.place}).`;
  }
}

/** `1st`, `2nd`, `3rd`, `4th`, `11th`, `22nd`... */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}
