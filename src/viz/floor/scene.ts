import type { CaseNow, FloorState } from './floor-state.js';
import type { Rect } from './geometry.js';
import { dotPitch, type FloorLayout } from './layout-boxes.js';

/** Where one case is drawn (its target: the canvas animates towards it). */
export interface Dot {
  readonly id: number;
  readonly x: number;
  readonly y: number;
  readonly severity: 'A' | 'B' | 'C' | '?';
  readonly premier: boolean;
  readonly sensitive: boolean;
}

/** A line of dots at a place, and how many did not fit. */
export interface Crowd {
  /** Place id. */
  readonly place: string;
  readonly kind: 'queue' | 'waiting';
  readonly count: number;
  /** Cases beyond the line's room: not drawn, but counted as `+N` in {@link badge}. */
  readonly hidden: number;
  /** Where `+N` goes when cases are hidden: the slots at the end of the line's last row, kept free of dots. */
  readonly badge: Rect | null;
}

/** What to draw at one time: the case dots, queue counts and the consults in progress. */
export interface Scene {
  readonly dots: readonly Dot[];
  readonly crowds: readonly Crowd[];
  /** Consults in progress: the SE's seat centre to the TL's. */
  readonly consults: ReadonlyArray<{
    readonly x1: number;
    readonly y1: number;
    readonly x2: number;
    readonly y2: number;
  }>;
  /** For each queued case: its place in line (1 = next) and the queue's length. */
  readonly queuePosition: ReadonlyMap<number, { readonly index: number; readonly of: number }>;
}

/** Width of a `+N` badge for N up to 99999, px (10 px bold digits). */
export const BADGE_WIDTH = 40;

/**
 * Positions of the cases of a floor state on a layout. Queued cases line up in their place's
 * queue strip in the order the model serves them (priority class, then time queued); cases with
 * an engineer sit on that engineer's seat; customer waits, waits for the owner and hotfix waits
 * gather in the place's waiting area. A line longer than its strip shows the cases that fit and
 * counts the rest as `+N` at its end: no dot is drawn outside its strip (over the seats). The
 * case `keep` (the followed one) is always drawn, in the last slot shown if it would be hidden.
 * Deterministic for a given state and layout.
 */
export function buildScene(layout: FloorLayout, state: FloorState, keep: number | null = null): Scene {
  const lines = new Map<string, { rect: Rect; place: string; kind: 'queue' | 'waiting'; cases: CaseNow[] }>();
  const dots: Dot[] = [];
  const consults: Array<{ x1: number; y1: number; x2: number; y2: number }> = [];
  const arrival = layout.place('arrival');

  const line = (placeId: string, kind: 'queue' | 'waiting', c: CaseNow) => {
    const box = layout.place(placeId) ?? arrival;
    if (box === undefined) return;
    const rect = (kind === 'queue' ? (box.queue ?? box.waiting) : (box.waiting ?? box.queue)) ?? box.area;
    const key = `${box.id}|${kind}`;
    let entry = lines.get(key);
    if (entry === undefined) lines.set(key, (entry = { rect, place: box.id, kind, cases: [] }));
    entry.cases.push(c);
  };

  for (const c of state.cases.values()) {
    const seat = c.engineer !== '' ? layout.seat(c.engineer) : undefined;
    if ((c.status === 'withEngineer' || c.status === 'consult') && seat !== undefined) {
      const x = seat.rect.x + seat.rect.w / 2;
      const y = seat.rect.y + seat.rect.h / 2;
      dots.push(dot(c, x, y));
      const tl = c.tl !== '' ? layout.seat(c.tl) : undefined;
      if (c.status === 'consult' && tl !== undefined)
        consults.push({ x1: x, y1: y, x2: tl.rect.x + tl.rect.w / 2, y2: tl.rect.y + tl.rect.h / 2 });
      continue;
    }
    switch (c.status) {
      case 'customerWait':
      case 'waitingOwner':
        line(c.place, 'waiting', c);
        break;
      case 'hotfix':
        line('productGroup', 'waiting', c);
        break;
      case 'arriving':
        line('arrival', 'waiting', c);
        break;
      default:
        // Queued, on the move, or with an engineer the layout does not know: in the place's line.
        line(c.place, 'queue', c);
    }
  }

  const crowds: Crowd[] = [];
  const queuePosition = new Map<number, { index: number; of: number }>();
  const pitch = dotPitch(layout.dotRadius);
  for (const entry of lines.values()) {
    const cases = entry.cases;
    if (entry.kind === 'queue')
      cases.sort((a, b) => a.facts.priority - b.facts.priority || a.queuedAt - b.queuedAt || a.id - b.id);
    else cases.sort((a, b) => a.since - b.since || a.id - b.id);
    const cols = Math.floor(entry.rect.w / pitch);
    const rows = Math.floor(entry.rect.h / pitch);
    const room = cols * rows;
    // When the line is too long, the end of its last row holds the `+N` badge instead of dots.
    const badgeSlots = Math.min(cols, Math.ceil(BADGE_WIDTH / pitch));
    const shown = cases.length <= room ? cases.length : Math.max(0, room - badgeSlots);
    const drawn = cases.slice(0, shown);
    const kept = cases.findIndex((c) => c.id === keep);
    if (kept >= shown && shown > 0) drawn[shown - 1] = cases[kept];
    drawn.forEach((c, slot) => {
      const x = entry.rect.x + pitch / 2 + (slot % cols) * pitch;
      const y = entry.rect.y + pitch / 2 + Math.floor(slot / cols) * pitch;
      dots.push(dot(c, x, y));
    });
    if (entry.kind === 'queue')
      cases.forEach((c, i) => queuePosition.set(c.id, { index: i + 1, of: cases.length }));
    const hidden = cases.length - shown;
    crowds.push({
      place: entry.place,
      kind: entry.kind,
      count: cases.length,
      hidden,
      badge: hidden === 0 ? null : badgeRect(entry.rect, cols, rows, pitch),
    });
  }
  return { dots, crowds, consults, queuePosition };
}

/** The badge's place: the last `BADGE_WIDTH` px of the line's last row, or its start when no row fits. */
function badgeRect(r: Rect, cols: number, rows: number, pitch: number): Rect {
  const h = Math.min(Math.max(12, pitch), Math.max(12, r.h));
  if (cols === 0 || rows === 0) return { x: r.x, y: r.y, w: Math.min(BADGE_WIDTH, r.w), h };
  const y = r.y + (rows - 1) * pitch + (pitch - h) / 2;
  const end = r.x + cols * pitch;
  return { x: Math.max(r.x, end - BADGE_WIDTH), y, w: Math.min(BADGE_WIDTH, cols * pitch), h };
}

function dot(c: CaseNow, x: number, y: number): Dot {
  return {
    id: c.id,
    x,
    y,
    severity: c.facts.severity,
    premier: c.facts.contract === 'premier',
    sensitive: c.facts.sensitive,
  };
}
