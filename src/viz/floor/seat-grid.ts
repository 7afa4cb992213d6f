import type { Rect } from './geometry.js';
import type { SeatBox } from './layout-boxes.js';

/** A group of seats to lay out in one grid, and where. */
export interface SeatGroup {
  readonly rect: Rect;
  readonly seats: ReadonlyArray<Omit<SeatBox, 'rect'>>;
}

/** Largest seat pitch (seat + gap), px: seats stay small squares even on a big screen. */
const MAX_PITCH = 26;
/** Seats fill this share of their pitch. */
const SEAT_FILL = 0.78;

/**
 * Seats of every group in a grid inside the group's rect, all at one pitch: the largest that
 * fits the most crowded group. Returns the seats and their side, px.
 */
export function placeSeats(groups: readonly SeatGroup[]): { seats: SeatBox[]; seatSize: number } {
  let seatPitch = MAX_PITCH;
  for (const g of groups)
    if (g.seats.length > 0) seatPitch = Math.min(seatPitch, bestPitch(g.seats.length, g.rect));
  const seatSize = Math.max(1, Math.floor(seatPitch * SEAT_FILL));
  const seats: SeatBox[] = [];
  for (const g of groups) {
    const cols = columnsFor(g.seats.length, g.rect, seatPitch);
    g.seats.forEach((s, i) => {
      const cx = g.rect.x + (i % cols) * seatPitch + (seatPitch - seatSize) / 2;
      const cy = g.rect.y + Math.floor(i / cols) * seatPitch + (seatPitch - seatSize) / 2;
      seats.push({ ...s, rect: { x: cx, y: cy, w: seatSize, h: seatSize } });
    });
  }
  return { seats, seatSize };
}

/** The largest pitch at which `n` square cells fit in `rect` (some column count), px. */
function bestPitch(n: number, rect: Rect): number {
  let best = 0;
  for (let cols = 1; cols <= n; cols++) {
    const rows = Math.ceil(n / cols);
    best = Math.max(best, Math.min(rect.w / cols, rect.h / rows));
  }
  return best;
}

/**
 * Columns for `n` cells of `pitch` in `rect`: among the counts that fit, the one that leaves the
 * fewest empty cells in the last row, then the one whose grid is shaped most like the rect.
 */
function columnsFor(n: number, rect: Rect, pitch: number): number {
  const maxCols = Math.max(1, Math.floor(rect.w / pitch + 1e-9));
  const maxRows = Math.max(1, Math.floor(rect.h / pitch + 1e-9));
  let best = { cols: maxCols, score: Infinity };
  for (
    let cols = Math.min(maxCols, Math.max(1, Math.ceil(n / maxRows)));
    cols <= Math.min(maxCols, n);
    cols++
  ) {
    const rows = Math.ceil(n / cols);
    const shape = Math.abs(Math.log(cols / rows / Math.max(0.05, rect.w / Math.max(1, rect.h))));
    const score = rows * cols - n + shape;
    if (score < best.score) best = { cols, score };
  }
  return best.cols;
}
