import { INK, MUTED } from '../views/palette.js';
import type { Rect } from './geometry.js';
import { CAPTION_HEIGHT, type FloorLayout } from './layout-boxes.js';

/** The floor's font (the app's system font stack). */
export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

/**
 * Draws what does not change during a run onto an offscreen canvas of the floor's size in device
 * pixels: areas and their labels, queue strips, waiting areas, pods, teams with their manager's
 * marker, and the technical leads' frames. Returns it with the width of each area's label, px.
 */
export function drawBackground(
  layout: FloorLayout,
  dpr: number,
): { canvas: HTMLCanvasElement; labelWidths: Map<string, number> } {
  const labelWidths = new Map<string, number>();
  const bg = document.createElement('canvas');
  bg.width = Math.round(layout.width * dpr);
  bg.height = Math.round(layout.height * dpr);
  const ctx = bg.getContext('2d')!;
  ctx.scale(dpr, dpr);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  for (const p of layout.places) {
    roundRect(ctx, p.area, 6);
    ctx.fillStyle = p.id === 'resolved' || p.id === 'abandoned' ? '#eef4f0' : '#f4f4f2';
    ctx.fill();
    ctx.strokeStyle = '#bdbdbd';
    ctx.lineWidth = 1;
    ctx.stroke();
    ctx.fillStyle = INK;
    ctx.textBaseline = 'alphabetic';
    labelWidths.set(p.id, fitText(ctx, p.label, p.area.x + 6, p.area.y + 13, p.area.w - 30, '600', 12));
    if (p.queue !== null) {
      roundRect(ctx, p.queue, 3);
      ctx.fillStyle = '#e3ebf2';
      ctx.fill();
      ctx.font = `italic 10px ${FONT}`;
      ctx.fillStyle = '#7c8a96';
      ctx.textAlign = 'right';
      ctx.fillText('queue', p.queue.x + p.queue.w - 4, p.queue.y + p.queue.h - 4);
      ctx.textAlign = 'left';
    }
    if (p.waiting !== null && p.waitingLabel !== '') {
      ctx.setLineDash([3, 3]);
      ctx.strokeStyle = '#a8a8a8';
      ctx.strokeRect(p.waiting.x, p.waiting.y - CAPTION_HEIGHT, p.waiting.w, p.waiting.h + CAPTION_HEIGHT);
      ctx.setLineDash([]);
      ctx.fillStyle = MUTED;
      fitText(ctx, p.waitingLabel, p.waiting.x + 3, p.waiting.y - 3, p.waiting.w - 24, 'italic', 10.5);
    }
  }
  for (const g of layout.pods) {
    ctx.strokeStyle = '#d0d0d0';
    ctx.strokeRect(g.area.x, g.area.y, g.area.w, g.area.h);
    ctx.font = `10.5px ${FONT}`;
    ctx.fillStyle = MUTED;
    ctx.fillText(g.label, g.area.x + 3, g.area.y + CAPTION_HEIGHT - 3, g.area.w - 6);
  }
  for (const t of layout.teams) {
    ctx.strokeStyle = '#d0d0d0';
    ctx.strokeRect(t.area.x, t.area.y, t.area.w, t.area.h);
    ctx.font = `10.5px ${FONT}`;
    ctx.fillStyle = MUTED;
    ctx.fillText(t.label, t.area.x + 3, t.area.y + CAPTION_HEIGHT - 3, t.area.w - t.manager.w - 6);
    roundRect(ctx, t.manager, 3);
    ctx.fillStyle = '#ffffff';
    ctx.fill();
    ctx.strokeStyle = MUTED;
    ctx.stroke();
    ctx.font = `600 8.5px ${FONT}`;
    ctx.fillStyle = INK;
    ctx.textAlign = 'center';
    ctx.fillText('TM', t.manager.x + t.manager.w / 2, t.manager.y + t.manager.h - 2.5);
    ctx.textAlign = 'left';
  }
  // Technical leads: a thicker frame around their seat, so the first seat of each team reads as the TL's.
  ctx.lineWidth = 2.5;
  ctx.strokeStyle = INK;
  for (const s of layout.seats)
    if (s.role === 'tl') ctx.strokeRect(s.rect.x - 1.5, s.rect.y - 1.5, s.rect.w + 3, s.rect.h + 3);
  drawTags(ctx, layout);
  return { canvas: bg, labelWidths };
}

/** Each seat's tag, centred in the strip below the seat (never wider than it). */
function drawTags(ctx: CanvasRenderingContext2D, layout: FloorLayout): void {
  ctx.fillStyle = INK;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const s of layout.seats) {
    if (s.tag === null) continue;
    const r = s.tag.rect;
    ctx.font = `600 ${s.tag.size}px ${FONT}`;
    ctx.fillText(s.tag.text, r.x + r.w / 2, r.y + r.h / 2 + 0.5, r.w);
  }
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
}

/**
 * Writes text in the largest size from `size` down to 8.5 px that fits `maxWidth` (squeezed
 * only below that); returns the width used, px.
 */
function fitText(
  ctx: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  maxWidth: number,
  style: string,
  size: number,
): number {
  let px = size;
  ctx.font = `${style} ${px}px ${FONT}`;
  while (px > 8.5 && ctx.measureText(text).width > maxWidth) {
    px -= 0.5;
    ctx.font = `${style} ${px}px ${FONT}`;
  }
  ctx.fillText(text, x, y, Math.max(1, maxWidth));
  return Math.min(ctx.measureText(text).width, maxWidth);
}

function roundRect(ctx: CanvasRenderingContext2D, r: Rect, radius: number): void {
  ctx.beginPath();
  ctx.roundRect(r.x, r.y, r.w, r.h, radius);
}
