/** Rectangles on the floor's canvas and the ways the layout cuts them up. */

/** A rectangle on the canvas, CSS pixels. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** Gap between neighbouring areas, px. */
const GAP = 8;

/** Splits a rect into columns by weight, with a gap (px) between them. */
export function columns(r: Rect, weights: readonly number[], gap = GAP): Rect[] {
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const free = Math.max(0, r.w - gap * (weights.length - 1));
  let x = r.x;
  return weights.map((w) => {
    const width = (free * w) / total;
    const out = { x, y: r.y, w: width, h: r.h };
    x += width + gap;
    return out;
  });
}

/** Splits a rect into rows by weight, with a gap (px) between them. */
export function stack(r: Rect, weights: readonly number[], gap = GAP): Rect[] {
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const free = Math.max(0, r.h - gap * (weights.length - 1));
  let y = r.y;
  return weights.map((w) => {
    const height = (free * w) / total;
    const out = { x: r.x, y, w: r.w, h: height };
    y += height + gap;
    return out;
  });
}

/** The rect below a band of `top` px, inset by `pad` px on the other sides. */
export function shrink(r: Rect, top: number, pad: number): Rect {
  return { x: r.x + pad, y: r.y + top, w: Math.max(0, r.w - 2 * pad), h: Math.max(0, r.h - top - pad) };
}

/** True when point (x, y) is inside rect r. */
export function contains(r: Rect, x: number, y: number): boolean {
  return x >= r.x && x <= r.x + r.w && y >= r.y && y <= r.y + r.h;
}

/** `x` kept within [lo, hi]. */
export function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
