import { OKABE_ITO } from '../views/palette.js';
import { SEAT_COLOURS } from './floor-colours.js';
import type { FloorState, SeatStatus } from './floor-state.js';
import type { FloorLayout } from './layout-boxes.js';
import type { Scene } from './scene.js';

/** Seat states in drawing order. */
const SEAT_STATES: readonly SeatStatus[] = ['free', 'busy', 'consult', 'off', 'away'];

/**
 * Every seat in its state's colour (one path per state), off-shift seats hatched and dashed,
 * away seats with a white bar; returns how many seats of each state were drawn.
 */
export function drawSeats(
  ctx: CanvasRenderingContext2D,
  layout: FloorLayout,
  state: FloorState,
  hatch: CanvasPattern | null,
): Record<SeatStatus, number> {
  const paths: Record<SeatStatus, Path2D> = {
    free: new Path2D(),
    busy: new Path2D(),
    consult: new Path2D(),
    off: new Path2D(),
    away: new Path2D(),
  };
  const counts: Record<SeatStatus, number> = { free: 0, busy: 0, consult: 0, off: 0, away: 0 };
  // The bar across an away seat: its second cue besides the colour.
  const bars = new Path2D();
  for (const s of layout.seats) {
    const status = state.seatStatus(s.id);
    const { x, y, w, h } = s.rect;
    paths[status].rect(x, y, w, h);
    counts[status]++;
    if (status === 'away') {
      const t = Math.max(1.5, h * 0.22);
      bars.rect(x + w * 0.18, y + (h - t) / 2, w * 0.64, t);
    }
  }
  for (const status of SEAT_STATES) {
    ctx.fillStyle = SEAT_COLOURS[status];
    ctx.fill(paths[status]);
  }
  if (hatch !== null) {
    ctx.fillStyle = hatch;
    ctx.fill(paths.off);
  }
  ctx.fillStyle = '#ffffff';
  ctx.fill(bars);
  ctx.lineWidth = 1;
  ctx.strokeStyle = '#4d4d4d';
  for (const status of ['free', 'busy', 'consult', 'away'] as const) ctx.stroke(paths[status]);
  ctx.setLineDash([2, 2]);
  ctx.strokeStyle = '#8a8a8a';
  ctx.stroke(paths.off);
  ctx.setLineDash([]);
  return counts;
}

/** Consults in progress: a dashed line from the SE's seat to the TL's. */
export function drawConsults(ctx: CanvasRenderingContext2D, scene: Scene): void {
  if (scene.consults.length === 0) return;
  ctx.beginPath();
  for (const c of scene.consults) {
    ctx.moveTo(c.x1, c.y1);
    ctx.lineTo(c.x2, c.y2);
  }
  ctx.setLineDash([4, 3]);
  ctx.lineWidth = 2;
  ctx.strokeStyle = OKABE_ITO.reddishPurple;
  ctx.stroke();
  ctx.setLineDash([]);
}

/** The diagonal stripes of off-shift seats, for a context drawn at `dpr` device pixels per CSS px. */
export function offShiftHatch(ctx: CanvasRenderingContext2D, dpr: number): CanvasPattern | null {
  const tile = document.createElement('canvas');
  const n = Math.round(6 * dpr);
  tile.width = n;
  tile.height = n;
  const t = tile.getContext('2d')!;
  t.strokeStyle = '#8a8a8a';
  t.lineWidth = Math.max(1, dpr);
  t.beginPath();
  t.moveTo(0, n);
  t.lineTo(n, 0);
  t.stroke();
  const pattern = ctx.createPattern(tile, 'repeat');
  // The pattern is in device pixels; undo the context's scale so stripes keep their width.
  pattern?.setTransform(new DOMMatrix([1 / dpr, 0, 0, 1 / dpr, 0, 0]));
  return pattern;
}
