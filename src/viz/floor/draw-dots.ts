import { INK } from '../views/palette.js';
import { DOT_COLOURS, FOLLOW_COLOUR } from './floor-colours.js';
import type { Dot } from './scene.js';

/** A case's dot where it is drawn now (CSS px), which may be on its way to the scene's target. */
export interface DrawnDot {
  readonly x: number;
  readonly y: number;
  readonly dot: Dot;
}

/**
 * Dots of radius `r` px at opacity `alpha`: one fill per severity, one outline pass, rings for
 * premier and flags for sensitive cases.
 */
export function drawDots(
  ctx: CanvasRenderingContext2D,
  dots: readonly DrawnDot[],
  r: number,
  alpha: number,
): void {
  if (dots.length === 0) return;
  ctx.globalAlpha = alpha;
  const fills: Record<Dot['severity'], Path2D> = {
    A: new Path2D(),
    B: new Path2D(),
    C: new Path2D(),
    '?': new Path2D(),
  };
  const all = new Path2D();
  const rings = new Path2D();
  const flags = new Path2D();
  for (const { x, y, dot } of dots) {
    const p = fills[dot.severity];
    p.moveTo(x + r, y);
    p.arc(x, y, r, 0, 2 * Math.PI);
    all.moveTo(x + r, y);
    all.arc(x, y, r, 0, 2 * Math.PI);
    if (dot.premier) {
      rings.moveTo(x + r + 2, y);
      rings.arc(x, y, r + 2, 0, 2 * Math.PI);
    }
    if (dot.sensitive) flags.rect(x + r * 0.3, y - r - 3, r + 1, r + 1);
  }
  for (const s of ['A', 'B', 'C', '?'] as const) {
    ctx.fillStyle = DOT_COLOURS[s];
    ctx.fill(fills[s]);
  }
  ctx.lineWidth = 1;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke(all);
  ctx.lineWidth = 1.4;
  ctx.strokeStyle = INK;
  ctx.stroke(rings);
  ctx.fillStyle = INK;
  ctx.fill(flags);
  ctx.globalAlpha = 1;
}

/** The followed case's dot, on top, inside a highlight ring. */
export function drawFollowed(ctx: CanvasRenderingContext2D, d: DrawnDot, r: number): void {
  ctx.beginPath();
  ctx.arc(d.x, d.y, r + 5, 0, 2 * Math.PI);
  ctx.lineWidth = 4;
  ctx.strokeStyle = FOLLOW_COLOUR;
  ctx.stroke();
  ctx.beginPath();
  ctx.arc(d.x, d.y, r + 7.5, 0, 2 * Math.PI);
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = INK;
  ctx.stroke();
  drawDots(ctx, [d], r, 1);
}
