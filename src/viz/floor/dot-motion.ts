import type { Rect } from './geometry.js';
import { dotPitch, type FloorLayout } from './layout-boxes.js';
import type { Dot, Scene } from './scene.js';

/** How long a dot takes to glide to its new place, and to fade out at the exit, ms of real time. */
const MOVE_MS = 400;
const EXIT_MS = 700;

/** A dot on its way: from where it was to where it goes, since `t0` (ms). */
interface Motion {
  fx: number;
  fy: number;
  tx: number;
  ty: number;
  t0: number;
  /** Position drawn by the last frame, CSS px. */
  x: number;
  y: number;
  /** Frame number that last saw the case. */
  seen: number;
  dot: Dot;
}

/**
 * Where each case's dot is drawn as the scene changes: a dot glides from where it was to its
 * new target, a new case comes in from the arrivals, and a case that left glides to its exit
 * (resolved, hung up) and fades there as a ghost. A jump (`snap`) lands every dot at once.
 */
export class DotMotions {
  private readonly motions = new Map<number, Motion>();
  private ghosts: Motion[] = [];
  private frameNo = 0;

  /** Forgets every dot (a new run). */
  reset(): void {
    this.motions.clear();
    this.ghosts = [];
  }

  /**
   * Moves every dot towards its place in `scene` at `now` (ms); cases that vanished become
   * ghosts going to the exit `fateOf` names. True while a dot is still on its way.
   */
  update(
    scene: Scene,
    layout: FloorLayout,
    now: number,
    snap: boolean,
    fateOf: (id: number) => 'resolved' | 'abandoned' | null,
  ): boolean {
    this.frameNo++;
    let moving = false;
    const arrival = layout.place('arrival')?.area;
    for (const d of scene.dots) {
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
      const fate = snap ? null : fateOf(id);
      const exit = fate === null ? undefined : layout.place(fate)?.waiting;
      if (exit === undefined || exit === null) continue;
      const slot = exitSlot(exit, id, layout.dotRadius);
      this.ghosts.push({ ...m, fx: m.x, fy: m.y, tx: slot.x, ty: slot.y, t0: now });
    }
    if (snap) this.ghosts = [];
    this.ghosts = this.ghosts.filter((g) => now - g.t0 < EXIT_MS);
    for (const g of this.ghosts) advance(g, now, MOVE_MS);
    return moving || this.ghosts.length > 0;
  }

  /** The dots of the cases on the floor, where the last update put them. */
  live(): Motion[] {
    return [...this.motions.values()];
  }

  /** The dots of cases that just left, each with its opacity at `now` (ms). */
  fading(now: number): Array<{ readonly dot: Motion; readonly alpha: number }> {
    return this.ghosts.map((g) => ({ dot: g, alpha: 1 - Math.min(1, (now - g.t0) / EXIT_MS) }));
  }

  /** Where a case's dot is drawn now (CSS px), or null. */
  position(id: number): { x: number; y: number; dot: Dot } | null {
    const m = this.motions.get(id);
    return m === undefined ? null : { x: m.x, y: m.y, dot: m.dot };
  }

  /** The case whose dot is nearest to (x, y) within `reach` px, or null. */
  nearest(x: number, y: number, reach: number): number | null {
    let best: { id: number; d: number } | null = null;
    for (const [id, m] of this.motions) {
      const d = (m.x - x) ** 2 + (m.y - y) ** 2;
      if (d <= reach ** 2 && (best === null || d < best.d)) best = { id, d };
    }
    return best?.id ?? null;
  }
}

/** Moves a motion to its position at `now` (ms) on a glide of `ms`; true while it is still on its way. */
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
