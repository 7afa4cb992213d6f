import { OKABE_ITO } from '../views/palette.js';
import type { FloorLayout } from './layout-boxes.js';

/**
 * The guide's outline around what the trainer points at: a seat (by engineer id) or a place's
 * area (by place id); nothing for an id the layout does not have.
 */
export function drawMark(ctx: CanvasRenderingContext2D, layout: FloorLayout, mark: string | null): void {
  if (mark === null) return;
  const seat = layout.seat(mark);
  const r = seat !== undefined ? seat.rect : layout.place(mark)?.area;
  if (r === undefined) return;
  const pad = seat !== undefined ? 7 : 2;
  ctx.setLineDash([6, 4]);
  ctx.lineWidth = 3;
  ctx.strokeStyle = OKABE_ITO.blue;
  ctx.beginPath();
  ctx.roundRect(r.x - pad, r.y - pad, r.w + 2 * pad, r.h + 2 * pad, 6);
  ctx.stroke();
  ctx.setLineDash([]);
}
