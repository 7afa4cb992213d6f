import { INK } from '../views/palette.js';
import { FONT } from './floor-background.js';
import type { FloorState } from './floor-state.js';
import type { FloorLayout } from './layout-boxes.js';
import type { Scene } from './scene.js';

/**
 * Queue lengths and waiting counts in the label bands, and the exit tallies. `labelWidths` (px,
 * by place id) keeps a count from running into its area's label.
 */
export function drawCounts(
  ctx: CanvasRenderingContext2D,
  layout: FloorLayout,
  scene: Scene,
  state: FloorState,
  labelWidths: ReadonlyMap<string, number>,
): void {
  ctx.textBaseline = 'alphabetic';
  for (const c of scene.crowds) {
    const place = layout.place(c.place);
    if (place === undefined) continue;
    ctx.font = `600 11px ${FONT}`;
    ctx.fillStyle = INK;
    ctx.textAlign = 'right';
    if (c.kind === 'queue' && place.queue !== null) {
      // In a narrow area the number alone, so it never runs into the area's label.
      const room = place.area.w - 18 - (labelWidths.get(place.id) ?? 0);
      const text = ctx.measureText(`${c.count} queued`).width <= room ? `${c.count} queued` : String(c.count);
      ctx.fillText(text, place.area.x + place.area.w - 6, place.area.y + 13);
    } else if (c.kind === 'waiting' && place.waiting !== null && place.waitingLabel !== '')
      ctx.fillText(String(c.count), place.waiting.x + place.waiting.w - 2, place.waiting.y - 3);
  }
  ctx.font = `600 12px ${FONT}`;
  ctx.textAlign = 'right';
  ctx.fillStyle = INK;
  for (const [id, n] of [
    ['resolved', state.resolved],
    ['abandoned', state.abandoned],
  ] as const) {
    const p = layout.place(id);
    if (p !== undefined) ctx.fillText(String(n), p.area.x + p.area.w - 6, p.area.y + 13);
  }
  ctx.textAlign = 'left';
}

/**
 * `+N` for the cases of a line that did not fit, in the badge the scene kept free at the end of
 * the line (drawn after the dots, so nothing covers it).
 */
export function drawBadges(ctx: CanvasRenderingContext2D, scene: Scene): void {
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'center';
  ctx.font = `700 10px ${FONT}`;
  ctx.lineWidth = 1;
  for (const c of scene.crowds) {
    if (c.badge === null) continue;
    const b = c.badge;
    ctx.beginPath();
    ctx.roundRect(b.x + 1, b.y + 1, b.w - 2, b.h - 2, 4);
    ctx.fillStyle = '#ffffff';
    ctx.fill();
    ctx.strokeStyle = INK;
    ctx.stroke();
    ctx.fillStyle = INK;
    ctx.fillText(`+${c.hidden}`, b.x + b.w / 2, b.y + b.h / 2 + 0.5, Math.max(1, b.w - 4));
  }
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
}
