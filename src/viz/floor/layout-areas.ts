import { columns, shrink, type Rect } from './geometry.js';
import { CAPTION_HEIGHT, LABEL_HEIGHT, type GroupBox, type PlaceBox } from './layout-boxes.js';
import type { RoleKey } from './narration.js';
import type { SeatGroup, SeatRef } from './seat-grid.js';
import type { PlanPool } from './seats.js';

/** Whose paragraph each pool's seats and area show. */
const POOL_ROLE: Readonly<Record<string, RoleKey>> = {
  router: 'router',
  pods: 'pods',
  beta: 'beta',
  problemControl: 'problemControl',
  escalation: 'escalation',
  tl: 'tl',
  escalationManagers: 'escalationManager',
  tams: 'tam',
  productGroup: 'productGroup',
};

/** Labels of the areas that are not a specialty's. */
const LABELS: Readonly<Record<string, string>> = {
  arrival: 'Arrivals',
  router: 'Technical routers',
  pods: '3rd-tier pods',
  beta: 'Beta SEs',
  problemControl: 'Problem Control',
  escalation: 'Escalation engineers',
  productGroup: 'Product group',
  escalationManagers: 'Escalation managers',
  tams: 'TAMs',
  resolved: 'Resolved',
  abandoned: 'Hung up',
};

/** How an area is cut up: its label, a queue strip of some rows of dots, a waiting area. */
export interface AreaOptions {
  /** Default: the area's usual label, else its id. */
  readonly label?: string;
  /** Whose paragraph a click shows (default: the pool's role, or none). */
  readonly role?: RoleKey | null;
  /** Rows of dots in the queue strip (no strip when undefined). */
  readonly queueRows?: number;
  /** Share of the body's width that is a waiting area (1: all of it; default none). */
  readonly waiting?: number;
  readonly waitingLabel?: string;
}

/**
 * The waiting area of a desk whose engineers own their cases (beta, Problem Control, escalation
 * engineers): cases between sessions, waiting on the customer or the product group, or for their owner.
 */
export const DESK_WAITING: AreaOptions = { waiting: 0.3, waitingLabel: 'between sessions' };

export type { SeatRef };

/**
 * What the layout has placed so far: the areas, the groups of seats to grid, the team boxes
 * and the pods, with the seat plan and the pitch of a line of dots (px) at hand.
 */
export class FloorAreas {
  readonly places: PlaceBox[] = [];
  readonly groups: SeatGroup[] = [];
  readonly teams: Array<{ id: string; specialty: string; team: number; label: string; area: Rect }> = [];
  readonly pods: GroupBox[] = [];
  private readonly byPool: ReadonlyMap<string, PlanPool>;

  constructor(
    plan: readonly PlanPool[],
    /** Distance between neighbouring dots of a queue, px. */
    private readonly pitch: number,
  ) {
    this.byPool = new Map(plan.map((p) => [p.pool, p]));
  }

  /** Whether the plan has a pool of that name. */
  has(pool: string): boolean {
    return this.byPool.has(pool);
  }

  /** The plan's pool of that name, if any. */
  pool(pool: string): PlanPool | undefined {
    return this.byPool.get(pool);
  }

  /** A pool's seats, each shown as `role` (default: the pool's role, else an SE). */
  seatsOf(pool: string, role: RoleKey = POOL_ROLE[pool] ?? 'se'): SeatRef[] {
    return (this.byPool.get(pool)?.seats ?? []).map((s) => ({ id: s.id, pool, role }));
  }

  /** Seats to grid inside `rect`. */
  group(rect: Rect, seats: readonly SeatRef[]): void {
    this.groups.push({ rect, seats });
  }

  /** A box with a label band, an optional queue strip, and a body split into seats and a waiting area; returns the seats' part. */
  place(id: string, area: Rect, o: AreaOptions = {}): Rect {
    let body = shrink(area, LABEL_HEIGHT, 4);
    let queue: Rect | null = null;
    if (o.queueRows !== undefined) {
      queue = { x: body.x, y: body.y, w: body.w, h: Math.min(o.queueRows * this.pitch + 2, body.h / 2) };
      body = { ...body, y: body.y + queue.h + 3, h: body.h - queue.h - 3 };
    }
    let waiting: Rect | null = null;
    const share = o.waiting ?? 0;
    if (share >= 1) {
      waiting = captioned(body, o.waitingLabel ?? '');
      body = { ...body, w: 0 };
    } else if (share > 0) {
      const [seats, wait] = columns(body, [1 - share, share], 6);
      waiting = captioned(wait, o.waitingLabel ?? '');
      body = seats;
    }
    this.places.push({
      id,
      label: o.label ?? LABELS[id] ?? id,
      role: o.role !== undefined ? o.role : (POOL_ROLE[id] ?? null),
      area,
      queue,
      waiting,
      waitingLabel: waiting ? (o.waitingLabel ?? '') : '',
    });
    return body;
  }
}

/** A waiting area below its caption (no caption: the whole rect). */
function captioned(r: Rect, caption: string): Rect {
  const top = caption === '' ? 0 : CAPTION_HEIGHT;
  return { x: r.x, y: r.y + top, w: r.w, h: Math.max(0, r.h - top) };
}
