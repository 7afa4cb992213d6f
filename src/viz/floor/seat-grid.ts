import type { Rect } from './geometry.js';
import type { SeatBox } from './layout-boxes.js';

/** A seat before it has a place: who sits there. */
export type SeatRef = Pick<SeatBox, 'id' | 'pool' | 'role'>;

/** A group of seats to lay out in one grid, and where. */
export interface SeatGroup {
  readonly rect: Rect;
  readonly seats: readonly SeatRef[];
}

/** A seat placed in its grid, with the strip below it that holds its tag (null without tags). */
export interface PlacedSeat extends SeatRef {
  readonly rect: Rect;
  readonly tagRect: Rect | null;
}

/** Largest seat pitch (seat + gap), px: seats stay small squares even on a big screen. */
const MAX_PITCH = 26;
/** Seats fill this share of their pitch. */
const SEAT_FILL = 0.78;

/**
 * Seats of every group in a grid inside the group's rect, all at one pitch: the largest that
 * fits the most crowded group. Each cell is a square seat with, when `tagHeight` > 0, a strip of
 * that height (px) below it for the seat's tag, inside the cell. Returns the seats, their side
 * and the pitch, px.
 */
export function placeSeats(
  groups: readonly SeatGroup[],
  tagHeight = 0,
): { seats: PlacedSeat[]; seatSize: number; pitch: number } {
  let seatPitch = MAX_PITCH;
  for (const g of groups)
    if (g.seats.length > 0) seatPitch = Math.min(seatPitch, bestPitch(g.seats.length, g.rect, tagHeight));
  seatPitch = Math.max(1, seatPitch);
  const seatSize = Math.max(1, Math.floor(seatPitch * SEAT_FILL));
  const margin = (seatPitch - seatSize) / 2;
  const seats: PlacedSeat[] = [];
  for (const g of groups) {
    const cols = columnsFor(g.seats.length, g.rect, seatPitch, tagHeight);
    g.seats.forEach((s, i) => {
      const x = g.rect.x + (i % cols) * seatPitch;
      const y = g.rect.y + Math.floor(i / cols) * (seatPitch + tagHeight);
      const rect = { x: x + margin, y: y + margin, w: seatSize, h: seatSize };
      // The tag's strip starts just below the seat, clear of a TL's thicker frame.
      const tagRect =
        tagHeight > 0 ? { x: x + 1, y: rect.y + seatSize + 2, w: seatPitch - 2, h: tagHeight - 1 } : null;
      seats.push({ ...s, rect, tagRect });
    });
  }
  return { seats, seatSize, pitch: seatPitch };
}

/** The largest pitch at which `n` cells (a square and a tag strip below it) fit in `rect` (some column count), px. */
function bestPitch(n: number, rect: Rect, tagHeight: number): number {
  let best = 0;
  for (let cols = 1; cols <= n; cols++) {
    const rows = Math.ceil(n / cols);
    best = Math.max(best, Math.min(rect.w / cols, rect.h / rows - tagHeight));
  }
  return best;
}

/**
 * Columns for `n` cells of `pitch` in `rect`: among the counts that fit, the one that leaves the
 * fewest empty cells in the last row, then the one whose grid is shaped most like the rect.
 */
function columnsFor(n: number, rect: Rect, pitch: number, tagHeight: number): number {
  const maxCols = Math.max(1, Math.floor(rect.w / pitch + 1e-9));
  const maxRows = Math.max(1, Math.floor(rect.h / (pitch + tagHeight) + 1e-9));
  let best = { cols: maxCols, score: Infinity };
  for (
    let cols = Math.min(maxCols, Math.max(1, Math.ceil(n / maxRows)));
    cols <= Math.min(maxCols, n);
    cols++
  ) {
    const rows = Math.ceil(n / cols);
    const shape = Math.abs(
      Math.log((cols * pitch) / (rows * (pitch + tagHeight)) / Math.max(0.05, rect.w / Math.max(1, rect.h))),
    );
    const score = rows * cols - n + shape;
    if (score < best.score) best = { cols, score };
  }
  return best.cols;
}
