import { INK } from '../views/palette.js';
import { FONT } from './floor-background.js';
import { FOLLOW_COLOUR } from './floor-colours.js';
import type { FloorState } from './floor-state.js';
import type { FloorLayout } from './layout-boxes.js';

/** A person the followed case depends on now, and why they are highlighted. */
export interface FollowedPerson {
  /** Engineer id (the seat's). */
  readonly id: string;
  /** `owner`: owns the case (SE, beta SE, PC SE or EE); `working`: works on it without owning it (a router, a pod member). */
  readonly role: 'owner' | 'working';
  /** The case's dot sits on this seat now (its own ring marks the seat; no frame is drawn). */
  readonly atSeat: boolean;
}

/**
 * The people of the followed case at the replayed time: its owner (even while the case waits on
 * the customer or for them), and whoever works on it now if that is someone else. None when it
 * is not on the floor or waits for a hotfix.
 */
export function followedPeople(state: FloorState, followed: number | null): FollowedPerson[] {
  const c = followed === null ? undefined : state.cases.get(followed);
  // Waiting for a hotfix, a case is the product group's: nobody in support works on it again.
  if (c === undefined || c.status === 'hotfix') return [];
  const out: FollowedPerson[] = [];
  const worked = c.status === 'withEngineer' || c.status === 'consult';
  if (c.owner !== '') out.push({ id: c.owner, role: 'owner', atSeat: worked && c.engineer === c.owner });
  if (c.engineer !== '' && c.engineer !== c.owner)
    out.push({ id: c.engineer, role: 'working', atSeat: worked });
  return out;
}

/** Height of a callout, px. */
const CALLOUT_HEIGHT = 17;

/**
 * A callout above each person's seat (below it at the top of the floor) naming them: `Owner:
 * XADM 1·7`, `On it: Router 6`; the seat framed in the follow colour when the case's dot is
 * elsewhere (waiting on the customer, queued for its owner). Drawn over the dots.
 */
export function drawFollowedPeople(
  ctx: CanvasRenderingContext2D,
  layout: FloorLayout,
  people: readonly FollowedPerson[],
): void {
  for (const p of people) {
    const seat = layout.seat(p.id);
    if (seat === undefined) continue;
    const r = seat.rect;
    if (!p.atSeat) {
      ctx.lineWidth = 3;
      ctx.strokeStyle = FOLLOW_COLOUR;
      ctx.strokeRect(r.x - 2.5, r.y - 2.5, r.w + 5, r.h + 5);
      ctx.lineWidth = 1;
      ctx.strokeStyle = INK;
      ctx.strokeRect(r.x - 4.5, r.y - 4.5, r.w + 9, r.h + 9);
      // The frame runs over the top of the seat's tag: write the tag again, on white, over it.
      if (seat.tag !== null) {
        const t = seat.tag;
        ctx.font = `600 ${t.size}px ${FONT}`;
        const w = Math.min(t.rect.w, ctx.measureText(t.text).width + 4);
        const cx = t.rect.x + t.rect.w / 2;
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(cx - w / 2, t.rect.y + 1, w, t.rect.h - 1);
        ctx.fillStyle = INK;
        ctx.textAlign = 'center';
        ctx.textBaseline = 'middle';
        ctx.fillText(t.text, cx, t.rect.y + t.rect.h / 2 + 0.5, t.rect.w);
        ctx.textAlign = 'left';
        ctx.textBaseline = 'alphabetic';
      }
    }
    const text = `${p.role === 'owner' ? 'Owner' : 'On it'}: ${seat.name}`;
    ctx.font = `700 11px ${FONT}`;
    const w = ctx.measureText(text).width + 10;
    const x = Math.min(Math.max(2, r.x + r.w / 2 - w / 2), layout.width - w - 2);
    const above = r.y - 6 - CALLOUT_HEIGHT;
    const y = above >= 2 ? above : r.y + r.h + 6;
    ctx.beginPath();
    ctx.roundRect(x, y, w, CALLOUT_HEIGHT, 4);
    ctx.fillStyle = FOLLOW_COLOUR;
    ctx.fill();
    ctx.lineWidth = 1;
    ctx.strokeStyle = INK;
    ctx.stroke();
    ctx.fillStyle = INK;
    ctx.textBaseline = 'middle';
    ctx.textAlign = 'left';
    ctx.fillText(text, x + 5, y + CALLOUT_HEIGHT / 2 + 0.5);
    ctx.textBaseline = 'alphabetic';
  }
}
