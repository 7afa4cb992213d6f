import type { Rect } from './geometry.js';
import type { SeatTag } from './layout-boxes.js';

/** Largest and smallest font of a seat's tag, px: below the smallest a tag is not legible, so none is drawn. */
const TAG_FONT_MAX = 10.5;
const TAG_FONT_MIN = 8;

/**
 * A tag's width at a font size, px: a generous estimate for a bold sans-serif (the widest usual
 * one, DejaVu Sans Bold, has digits of 0.7 em and capitals up to 0.8 em), so that the tag drawn
 * fits its strip whatever the browser's font, and the layout is the same in every browser and in tests.
 */
export function tagWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += /[0-9]/.test(ch) ? 0.7 : /[A-Z]/.test(ch) ? 0.8 : 0.65;
  return em * size;
}

/** The tag `text` in the largest font that fits `rect` (by {@link tagWidth}), or null when even the smallest does not. */
export function seatTag(text: string, rect: Rect): SeatTag | null {
  const tall = Math.min(TAG_FONT_MAX, rect.h);
  for (let size = tall; size >= TAG_FONT_MIN; size -= 0.5)
    if (tagWidth(text, size) <= rect.w) return { text, rect, size };
  return null;
}
