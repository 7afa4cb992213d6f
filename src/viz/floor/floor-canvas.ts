import { INK, OKABE_ITO, SEVERITY_COLOURS } from '../views/palette.js';
import { drawBackground, FONT } from './floor-background.js';
import { contains, dotPitch, type FloorLayout, type Rect } from './layout.js';
import type { RoleKey } from './narration.js';
import type { FloorState, SeatStatus } from './replay.js';
import type { Dot, Scene } from './scene.js';

/**
 * Seat fills (Okabe–Ito). Colour is never the only cue: off-shift seats are also hatched and
 * dashed, seats of people away carry a white bar across their middle (and never a case dot).
 */
export const SEAT_COLOURS: Readonly<Record<SeatStatus, string>> = {
  free: '#ffffff',
  busy: OKABE_ITO.orange,
  consult: OKABE_ITO.reddishPurple,
  off: '#dcdcdc',
  away: OKABE_ITO.skyBlue,
};

/** Seat states in drawing order. */
const SEAT_STATES: readonly SeatStatus[] = ['free', 'busy', 'consult', 'off', 'away'];

/** Dot fill per severity (`?` when the trace does not say). */
export const DOT_COLOURS: Readonly<Record<Dot['severity'], string>> = {
  ...SEVERITY_COLOURS,
  '?': OKABE_ITO.grey,
};

/** Highlight of the followed case. */
export const FOLLOW_COLOUR = OKABE_ITO.yellow;

/** How long a dot takes to glide to its new place, and to fade out at the exit, ms of real time. */
const MOVE_MS = 400;
const EXIT_MS = 700;

/** What a click on the canvas hit. */
export type Hit =
  | { readonly kind: 'case'; readonly id: number }
  | {
      readonly kind: 'role';
      readonly role: RoleKey;
      /** What is under the pointer: a seat id or an area's label. */ readonly label: string;
    }
  | null;

/** A dot on its way: from where it was to where it goes, since `t0` (ms). */
interface Motion {
  fx: number;
  fy: number;
  tx: number;
  ty: number;
  t0: number;
  /** Position drawn by the last frame. */
  x: number;
  y: number;
  /** Frame number that last saw the case. */
  seen: number;
  dot: Dot;
}

/** A case that just left: it glides to the exit and fades. */
interface Ghost {
  readonly m: Motion;
}

/** What one frame shows. */
export interface FrameInput {
  readonly scene: Scene;
  readonly state: FloorState;
  readonly followed: number | null;
  /** `performance.now()`, ms. */
  readonly now: number;
  /** Jump without gliding (after scrubbing or a new run). */
  readonly snap: boolean;
  /** How a case that disappeared left. */
  fateOf(id: number): 'resolved' | 'abandoned' | null;
}

/**
 * The floor plan on a 2D canvas: areas and labels (drawn once per layout onto an offscreen
 * canvas), seats coloured by status, consults as dashed lines, and case dots that glide between
 * places. Device-pixel-ratio aware; draws hundreds of dots in a few batched paths.
 */
export class FloorCanvas {
  private readonly ctx: CanvasRenderingContext2D;
  private layout: FloorLayout | null = null;
  private background: HTMLCanvasElement | null = null;
  private hatch: CanvasPattern | null = null;
  private readonly motions = new Map<number, Motion>();
  private ghosts: Ghost[] = [];
  private frameNo = 0;
  private dpr = 1;
  /** Width of each area's label, px (queue counts are written beside it). */
  private labelWidths: ReadonlyMap<string, number> = new Map();
  /** Dots drawn by the last frame (ghosts included). */
  dotsDrawn = 0;
  /** Seats of each state drawn by the last frame. */
  seatsDrawn: Record<SeatStatus, number> = { free: 0, busy: 0, consult: 0, off: 0, away: 0 };

  constructor(readonly canvas: HTMLCanvasElement) {
    const ctx = canvas.getContext('2d', { alpha: false });
    if (ctx === null) throw new Error('this browser cannot draw on a canvas');
    this.ctx = ctx;
  }

  /** A new layout (a new run or a new size): resizes the backing store and redraws the static parts. */
  setLayout(layout: FloorLayout, devicePixelRatio: number): void {
    this.layout = layout;
    this.dpr = Math.max(1, devicePixelRatio);
    this.canvas.width = Math.round(layout.width * this.dpr);
    this.canvas.height = Math.round(layout.height * this.dpr);
    this.canvas.style.width = `${layout.width}px`;
    this.canvas.style.height = `${layout.height}px`;
    const background = drawBackground(layout, this.dpr);
    this.background = background.canvas;
    this.labelWidths = background.labelWidths;
    this.hatch = this.makeHatch();
  }

  /** Forgets every dot's motion (a new run). */
  reset(): void {
    this.motions.clear();
    this.ghosts = [];
  }

  /** Draws one frame; returns true while something is still moving. */
  draw(input: FrameInput): boolean {
    const layout = this.layout;
    if (layout === null || this.background === null) return false;
    const ctx = this.ctx;
    const { now, snap } = input;
    this.frameNo++;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(this.background, 0, 0);
    ctx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
    this.drawSeats(layout, input.state);
    this.drawConsults(input.scene);

    // Move every dot towards its target; cases that vanished become ghosts going to the exit.
    let moving = false;
    const arrival = layout.place('arrival')?.area;
    for (const d of input.scene.dots) {
      let m = this.motions.get(d.id);
      if (m === undefined) {
        const from =
          snap || arrival === undefined
            ? { x: d.x, y: d.y }
            : { x: arrival.x + arrival.w / 2, y: arrival.y + arrival.h / 2 };
        m = {
          fx: from.x,
          fy: from.y,
          tx: d.x,
          ty: d.y,
          t0: snap ? -Infinity : now,
          x: from.x,
          y: from.y,
          seen: 0,
          dot: d,
        };
        this.motions.set(d.id, m);
      } else if (m.tx !== d.x || m.ty !== d.y) {
        m.fx = m.x;
        m.fy = m.y;
        m.tx = d.x;
        m.ty = d.y;
        m.t0 = snap ? -Infinity : now;
      }
      // A jump lands every dot at once, those still gliding from before included.
      if (snap) m.t0 = -Infinity;
      m.dot = d;
      m.seen = this.frameNo;
      moving = advance(m, now, MOVE_MS) || moving;
    }
    for (const [id, m] of this.motions) {
      if (m.seen === this.frameNo) continue;
      this.motions.delete(id);
      const fate = snap ? null : input.fateOf(id);
      const exit = fate === null ? undefined : layout.place(fate)?.waiting;
      if (exit === undefined || exit === null) continue;
      const slot = exitSlot(exit, id, layout.dotRadius);
      this.ghosts.push({ m: { ...m, fx: m.x, fy: m.y, tx: slot.x, ty: slot.y, t0: now } });
    }
    if (snap) this.ghosts = [];
    this.ghosts = this.ghosts.filter((g) => now - g.m.t0 < EXIT_MS);
    for (const g of this.ghosts) advance(g.m, now, MOVE_MS);

    this.drawCounts(layout, input.scene, input.state);
    const live = [...this.motions.values()];
    this.drawDots(live, layout.dotRadius, 1);
    for (const g of this.ghosts) {
      const alpha = 1 - Math.min(1, (now - g.m.t0) / EXIT_MS);
      this.drawDots([g.m], layout.dotRadius, alpha);
    }
    if (input.followed !== null) {
      const m = this.motions.get(input.followed);
      if (m !== undefined) this.drawFollowed(m, layout.dotRadius);
    }
    this.dotsDrawn = live.length + this.ghosts.length;
    return moving || this.ghosts.length > 0;
  }

  /** What is under a point (CSS px of the canvas): a case dot first, then a seat, a team's manager, a place. */
  hitTest(x: number, y: number): Hit {
    const layout = this.layout;
    if (layout === null) return null;
    let best: { id: number; d: number } | null = null;
    const reach = (layout.dotRadius + 5) ** 2;
    for (const [id, m] of this.motions) {
      const d = (m.x - x) ** 2 + (m.y - y) ** 2;
      if (d <= reach && (best === null || d < best.d)) best = { id, d };
    }
    if (best !== null) return { kind: 'case', id: best.id };
    for (const s of layout.seats)
      if (contains(s.rect, x, y)) return { kind: 'role', role: s.role, label: s.id };
    for (const t of layout.teams)
      if (contains(t.manager, x, y))
        return { kind: 'role', role: 'teamManager', label: `manager of ${t.id.slice(3)}` };
    for (const p of layout.places)
      if (p.role !== null && contains(p.area, x, y)) return { kind: 'role', role: p.role, label: p.label };
    return null;
  }

  /** Where a case's dot is drawn now (CSS px), or null. */
  dotPosition(id: number): { x: number; y: number } | null {
    const m = this.motions.get(id);
    return m === undefined ? null : { x: m.x, y: m.y };
  }

  private drawSeats(layout: FloorLayout, state: FloorState): void {
    const ctx = this.ctx;
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
    this.seatsDrawn = counts;
    for (const status of SEAT_STATES) {
      ctx.fillStyle = SEAT_COLOURS[status];
      ctx.fill(paths[status]);
    }
    if (this.hatch !== null) {
      ctx.fillStyle = this.hatch;
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
  }

  private drawConsults(scene: Scene): void {
    if (scene.consults.length === 0) return;
    const ctx = this.ctx;
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

  /** Queue lengths and waiting counts in the label bands, `+N` where dots did not fit, and the exit tallies. */
  private drawCounts(layout: FloorLayout, scene: Scene, state: FloorState): void {
    const ctx = this.ctx;
    ctx.textBaseline = 'alphabetic';
    for (const c of scene.crowds) {
      const place = layout.place(c.place);
      if (place === undefined) continue;
      ctx.font = `600 11px ${FONT}`;
      ctx.fillStyle = INK;
      ctx.textAlign = 'right';
      if (c.kind === 'queue' && place.queue !== null) {
        // In a narrow area the number alone, so it never runs into the area's label.
        const room = place.area.w - 18 - (this.labelWidths.get(place.id) ?? 0);
        const text =
          ctx.measureText(`${c.count} queued`).width <= room ? `${c.count} queued` : String(c.count);
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

  /** Dots in one fill per severity, one outline pass, rings for premier and flags for sensitive cases. */
  private drawDots(motions: readonly Motion[], r: number, alpha: number): void {
    if (motions.length === 0) return;
    const ctx = this.ctx;
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
    for (const m of motions) {
      const { x, y } = m;
      const p = fills[m.dot.severity];
      p.moveTo(x + r, y);
      p.arc(x, y, r, 0, 2 * Math.PI);
      all.moveTo(x + r, y);
      all.arc(x, y, r, 0, 2 * Math.PI);
      if (m.dot.premier) {
        rings.moveTo(x + r + 2, y);
        rings.arc(x, y, r + 2, 0, 2 * Math.PI);
      }
      if (m.dot.sensitive) flags.rect(x + r * 0.3, y - r - 3, r + 1, r + 1);
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

  private drawFollowed(m: Motion, r: number): void {
    const ctx = this.ctx;
    ctx.beginPath();
    ctx.arc(m.x, m.y, r + 5, 0, 2 * Math.PI);
    ctx.lineWidth = 4;
    ctx.strokeStyle = FOLLOW_COLOUR;
    ctx.stroke();
    ctx.beginPath();
    ctx.arc(m.x, m.y, r + 7.5, 0, 2 * Math.PI);
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = INK;
    ctx.stroke();
    this.drawDots([m], r, 1);
  }

  private makeHatch(): CanvasPattern | null {
    const tile = document.createElement('canvas');
    const n = Math.round(6 * this.dpr);
    tile.width = n;
    tile.height = n;
    const t = tile.getContext('2d')!;
    t.strokeStyle = '#8a8a8a';
    t.lineWidth = Math.max(1, this.dpr);
    t.beginPath();
    t.moveTo(0, n);
    t.lineTo(n, 0);
    t.stroke();
    const pattern = this.ctx.createPattern(tile, 'repeat');
    // The pattern is in device pixels; undo the context's scale so stripes keep their width.
    pattern?.setTransform(new DOMMatrix([1 / this.dpr, 0, 0, 1 / this.dpr, 0, 0]));
    return pattern;
  }
}

/** Moves a motion to its position at `now`; true while it is still on its way. */
function advance(m: Motion, now: number, ms: number): boolean {
  const f = m.t0 === -Infinity ? 1 : Math.min(1, Math.max(0, (now - m.t0) / ms));
  const e = f < 0.5 ? 2 * f * f : 1 - (-2 * f + 2) ** 2 / 2;
  m.x = m.fx + (m.tx - m.fx) * e;
  m.y = m.fy + (m.ty - m.fy) * e;
  return f < 1;
}

/** A spot in the exit area for a leaving case, spread by its id. */
function exitSlot(r: Rect, id: number, radius: number): { x: number; y: number } {
  const pitch = dotPitch(radius);
  const cols = Math.max(1, Math.floor(r.w / pitch));
  const rows = Math.max(1, Math.floor(r.h / pitch));
  const k = (id * 2654435761) % (cols * rows);
  return { x: r.x + pitch / 2 + (k % cols) * pitch, y: r.y + pitch / 2 + Math.floor(k / cols) * pitch };
}
