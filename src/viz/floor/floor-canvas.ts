import { drawBackground } from './floor-background.js';
import type { FloorState, SeatStatus } from './floor-state.js';
import { DotMotions } from './dot-motion.js';
import { drawBadges, drawCounts } from './draw-counts.js';
import { drawDots, drawFollowed } from './draw-dots.js';
import { drawMark } from './draw-mark.js';
import { drawFollowedPeople, followedPeople } from './draw-owner.js';
import { drawConsults, drawSeats, offShiftHatch } from './draw-seats.js';
import { contains } from './geometry.js';
import type { FloorLayout } from './layout-boxes.js';
import type { RoleKey } from './narration.js';
import type { Scene } from './scene.js';

/** What a click on the canvas hit. */
export type Hit =
  | { readonly kind: 'case'; readonly id: number }
  | {
      readonly kind: 'role';
      readonly role: RoleKey;
      /** What is under the pointer: a person's name and seat id, or an area's label. */ readonly label: string;
    }
  | null;

/** What one frame shows. */
export interface FrameInput {
  readonly scene: Scene;
  readonly state: FloorState;
  readonly followed: number | null;
  /** `performance.now()`, ms. */
  readonly now: number;
  /** Jump without gliding (after scrubbing or a new run). */
  readonly snap: boolean;
  /** What the guide points at: a place or seat id to outline, or null. */
  readonly mark: string | null;
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
  private readonly dots = new DotMotions();
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
    this.hatch = offShiftHatch(this.ctx, this.dpr);
  }

  /** Forgets every dot's motion (a new run). */
  reset(): void {
    this.dots.reset();
  }

  /** Draws one frame; returns true while something is still moving. */
  draw(input: FrameInput): boolean {
    const layout = this.layout;
    if (layout === null || this.background === null) return false;
    const ctx = this.ctx;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(this.background, 0, 0);
    ctx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
    this.seatsDrawn = drawSeats(ctx, layout, input.state, this.hatch);
    drawConsults(ctx, input.scene);
    const moving = this.dots.update(input.scene, layout, input.now, input.snap, input.fateOf);
    drawCounts(ctx, layout, input.scene, input.state, this.labelWidths);
    const live = this.dots.live();
    drawDots(ctx, live, layout.dotRadius, 1);
    const fading = this.dots.fading(input.now);
    for (const g of fading) drawDots(ctx, [g.dot], layout.dotRadius, g.alpha);
    drawBadges(ctx, input.scene);
    const followed = input.followed === null ? null : this.dots.position(input.followed);
    if (followed !== null) drawFollowed(ctx, followed, layout.dotRadius);
    drawFollowedPeople(ctx, layout, followedPeople(input.state, input.followed));
    drawMark(ctx, layout, input.mark);
    this.dotsDrawn = live.length + fading.length;
    return moving;
  }

  /** What is under a point (CSS px of the canvas): a case dot first, then a seat, a team's manager, a place. */
  hitTest(x: number, y: number): Hit {
    const layout = this.layout;
    if (layout === null) return null;
    const id = this.dots.nearest(x, y, layout.dotRadius + 5);
    if (id !== null) return { kind: 'case', id };
    for (const s of layout.seats)
      if (contains(s.rect, x, y)) return { kind: 'role', role: s.role, label: `${s.name} (${s.id})` };
    for (const t of layout.teams)
      if (contains(t.manager, x, y))
        return { kind: 'role', role: 'teamManager', label: `manager of ${t.specialty}/t${t.team}` };
    for (const p of layout.places)
      if (p.role !== null && contains(p.area, x, y)) return { kind: 'role', role: p.role, label: p.label };
    return null;
  }

  /** Where a case's dot is drawn now (CSS px), or null. */
  dotPosition(id: number): { x: number; y: number } | null {
    const p = this.dots.position(id);
    return p === null ? null : { x: p.x, y: p.y };
  }
}
