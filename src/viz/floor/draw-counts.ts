import { INK } from '../views/palette.js';
import { FONT } from './floor-background.js';
import type { FloorState } from './floor-state.js';
import type { FloorLayout } from './layout-boxes.js';
import type { Scene } from './scene.js';

/**
 * Queue lengths and waiting counts in the label bands, `+N` where dots did not fit, and the
 * exit tallies. `labelWidths` (px, by place id) keeps a count from running into its area's label.
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
    if (c.hidden > 0) {
      ctx.textAlign = 'left';
      ctx.font = `600 10px ${FONT}`;
      const text = `+${c.hidden}`;
      const w = ctx.measureText(text).width + 4;
      const x = Math.min(c.x + layout.dotRadius + 2, place.area.x + place.area.w - w - 2);
      ctx.fillStyle = 'rgba(255,255,255,0.85)';
      ctx.fillRect(x, c.y - 6, w, 12);
      ctx.fillStyle = INK;
      ctx.fillText(text, x + 2, c.y + 4);
    }
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
