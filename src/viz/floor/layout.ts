import type { RoleKey } from './narration.js';

/** A rectangle on the canvas, CSS pixels. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** A labelled area of the floor: a stage cases go through, or a group of people beside the ladder. */
export interface PlaceBox {
  /** The trace's place name (`router`, `se/XADM`, `pods`...), or `arrival`, `resolved`, `abandoned`, `tams`... */
  readonly id: string;
  readonly label: string;
  /** Whose paragraph a click on the area shows, or null. */
  readonly role: RoleKey | null;
  readonly area: Rect;
  /** Where queued dots line up, or null. */
  readonly queue: Rect | null;
  /** Where waiting dots gather (customer waits, hotfix waits, arrivals, leavers), or null. */
  readonly waiting: Rect | null;
  /** Caption of the waiting area, '' when none. */
  readonly waitingLabel: string;
}

/** One person's seat. */
export interface SeatBox {
  readonly id: string;
  /** Seat-plan pool: `router`, `se/XADM`, `tl`, `pods`... */
  readonly pool: string;
  readonly role: RoleKey;
  readonly rect: Rect;
}

/** A team of SEs with its technical lead (first seat) and a marker for its team manager. */
export interface TeamBox {
  /** `se/XADM/t1`. */
  readonly id: string;
  readonly label: string;
  readonly area: Rect;
  /** The team manager's marker (managers take no cases: no seat). */
  readonly manager: Rect;
}

/** A captioned group of seats that is not a team: one 3rd-tier pod. */
export interface GroupBox {
  /** `pods/p1`. */
  readonly id: string;
  readonly label: string;
  readonly area: Rect;
}

/** Positions of everything on a canvas of a given size. */
export interface FloorLayout {
  readonly width: number;
  readonly height: number;
  readonly places: readonly PlaceBox[];
  readonly seats: readonly SeatBox[];
  readonly teams: readonly TeamBox[];
  readonly pods: readonly GroupBox[];
  /** Side of a seat square, px. */
  readonly seatSize: number;
  /** Radius of a case dot, px. */
  readonly dotRadius: number;
  place(id: string): PlaceBox | undefined;
  seat(id: string): SeatBox | undefined;
}

/** The part of a seat plan the layout needs (what `seatPlan(scenario)` returns). */
export interface PlanPool {
  readonly pool: string;
  readonly seats: ReadonlyArray<{ readonly id: string; readonly team: number | null }>;
}

const MARGIN = 6;
const GAP = 8;
/** Height of an area's label band, px. */
export const LABEL_HEIGHT = 18;
/** Height of a team's or a waiting area's caption, px. */
export const CAPTION_HEIGHT = 13;
/** Largest seat pitch (seat + gap), px: seats stay small squares even on a big screen. */
const MAX_PITCH = 26;
/** Seats fill this share of their pitch. */
const SEAT_FILL = 0.78;

const POOL_ROLE: Record<string, RoleKey> = {
  router: 'router',
  pods: 'pods',
  beta: 'beta',
  problemControl: 'problemControl',
  escalation: 'escalation',
  tl: 'tl',
  escalationManagers: 'escalationManager',
  tams: 'tam',
};

const LABELS: Record<string, string> = {
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

/** A group of seats to lay out in one grid, and where. */
interface SeatGroup {
  readonly rect: Rect;
  readonly seats: ReadonlyArray<{ id: string; pool: string; role: RoleKey }>;
}

/**
 * Lays out the floor on a `width` x `height` canvas, flowing left to right like the ladder:
 * arrivals and the router desk (with the TAMs and escalation managers who work beside the
 * ladder); one band per SE specialty (its queue, its teams of SE seats with their TL, and its
 * customer waits) above the 3rd-tier pods and the beta desk; Problem Control, the escalation
 * engineers and the product group; and the way out (resolved, hung up). Seats never overlap
 * and stay inside their areas; every seat of the plan gets a place.
 */
export function floorLayout(plan: readonly PlanPool[], width: number, height: number): FloorLayout {
  const W = Math.max(width, 200);
  const H = Math.max(height, 150);
  const dotRadius = clamp(Math.min(W, H) / 170, 2.5, 5.5);
  const pitch = dotPitch(dotRadius);
  const inner: Rect = { x: MARGIN, y: MARGIN, w: W - 2 * MARGIN, h: H - 2 * MARGIN };
  const [col0, col1, col2, col3] = columns(inner, [0.15, 0.49, 0.25, 0.11]);

  const byPool = new Map(plan.map((p) => [p.pool, p]));
  const specialties = plan.filter((p) => p.pool.startsWith('se/')).map((p) => p.pool);
  const known = new Set([
    'router',
    'pods',
    'beta',
    'problemControl',
    'escalation',
    'tl',
    'escalationManagers',
    'tams',
    ...specialties,
  ]);
  const others = plan.filter((p) => !known.has(p.pool));

  const places: PlaceBox[] = [];
  const groups: SeatGroup[] = [];
  const teams: Array<{ id: string; label: string; area: Rect }> = [];
  const podBoxes: GroupBox[] = [];
  const seatsOf = (pool: string, role: RoleKey = POOL_ROLE[pool] ?? 'se') =>
    (byPool.get(pool)?.seats ?? []).map((s) => ({ id: s.id, pool, role }));

  /** A box with a label band, an optional queue strip, and a body split into seats and a waiting area. */
  const place = (
    id: string,
    area: Rect,
    o: { label?: string; queueRows?: number; waiting?: number; waitingLabel?: string } = {},
  ): Rect => {
    let body = shrink(area, LABEL_HEIGHT, 4);
    let queue: Rect | null = null;
    if (o.queueRows !== undefined) {
      queue = { x: body.x, y: body.y, w: body.w, h: Math.min(o.queueRows * pitch + 2, body.h / 2) };
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
    places.push({
      id,
      label: o.label ?? LABELS[id] ?? id,
      role: POOL_ROLE[id] ?? (id.startsWith('se/') ? 'se' : id === 'productGroup' ? 'productGroup' : null),
      area,
      queue,
      waiting,
      waitingLabel: waiting ? (o.waitingLabel ?? '') : '',
    });
    return body;
  };

  // TLs are drawn in their team (first seat); any the plan does not tie to a team get a box of their own.
  const tlSeats = byPool.get('tl')?.seats ?? [];
  const teamsOf = new Map<string, Set<number>>();
  for (const pool of specialties) {
    const numbers = new Set((byPool.get(pool)?.seats ?? []).map((x) => x.team ?? 1));
    for (const tl of tlSeats) {
      const m = /^tl\/(.+)\/t(\d+)$/.exec(tl.id);
      if (m !== null && m[1] === pool.slice(3)) numbers.add(Number(m[2]));
    }
    teamsOf.set(pool, numbers);
  }
  const teamTl = new Set(
    specialties.flatMap((pool) => [...teamsOf.get(pool)!].map((t) => `tl/${pool.slice(3)}/t${t}`)),
  );
  const strayTl = tlSeats.filter((x) => !teamTl.has(x.id));

  // Column 0: arrivals, the router desk, and the people beside the ladder.
  const side = [
    ...(byPool.has('tams') ? ['tams'] : []),
    ...(byPool.has('escalationManagers') ? ['escalationManagers'] : []),
    ...(strayTl.length > 0 ? ['tl'] : []),
    ...others.map((p) => p.pool),
  ];
  const [arrivalArea, routerArea, ...sideAreas] = stack(col0, [
    0.1,
    0.5,
    ...side.map(() => 0.4 / Math.max(1, side.length)),
  ]);
  place('arrival', arrivalArea, { waiting: 1 });
  groups.push({ rect: place('router', routerArea, { queueRows: 3 }), seats: seatsOf('router') });
  side.forEach((pool, i) => {
    const body = place(pool, sideAreas[i], pool === 'tl' ? { label: 'Technical leads' } : {});
    groups.push({
      rect: body,
      seats:
        pool === 'tl' ? strayTl.map((x) => ({ id: x.id, pool: 'tl', role: 'tl' as const })) : seatsOf(pool),
    });
  });

  // Column 1: one band per specialty, then the pods and the beta desk side by side.
  const hasPodsOrBeta = byPool.has('pods') || byPool.has('beta');
  const bands = stack(col1, [...specialties.map(() => 1), ...(hasPodsOrBeta ? [0.8] : [])]);
  specialties.forEach((pool, s) => {
    const name = pool.slice(3);
    const body = place(pool, bands[s], {
      label: `${name} support engineers`,
      queueRows: 2,
      waiting: 0.3,
      waitingLabel: 'waiting on the customer',
    });
    const ses = byPool.get(pool)?.seats ?? [];
    const teamNumbers = [...teamsOf.get(pool)!].sort((a, b) => a - b);
    const teamRects = columns(
      body,
      teamNumbers.map(() => 1),
      6,
    );
    teamNumbers.forEach((t, i) => {
      const tl = tlSeats
        .filter((x) => x.id === `tl/${name}/t${t}`)
        .map((x) => ({ id: x.id, pool: 'tl', role: 'tl' as const }));
      const members = ses
        .filter((x) => (x.team ?? 1) === t)
        .map((x) => ({ id: x.id, pool, role: 'se' as const }));
      teams.push({ id: `${pool}/t${t}`, label: `team ${t}`, area: teamRects[i] });
      groups.push({ rect: shrink(teamRects[i], CAPTION_HEIGHT, 2), seats: [...tl, ...members] });
    });
  });
  if (hasPodsOrBeta) {
    const row = bands[bands.length - 1];
    const [podsArea, betaArea] =
      byPool.has('pods') && byPool.has('beta') ? columns(row, [0.6, 0.4]) : [row, row];
    if (byPool.has('pods')) {
      const body = place('pods', podsArea, { queueRows: 2 });
      const pods = new Map<string, Array<{ id: string; pool: string; role: RoleKey }>>();
      for (const seat of seatsOf('pods')) {
        const pod = seat.id.split('/')[1] ?? 'p1';
        if (!pods.has(pod)) pods.set(pod, []);
        pods.get(pod)!.push(seat);
      }
      const podRects = columns(
        body,
        [...pods.keys()].map(() => 1),
        6,
      );
      [...pods.entries()].forEach(([pod, seats], i) => {
        podBoxes.push({ id: `pods/${pod}`, label: `pod ${pod.replace(/^p/, '')}`, area: podRects[i] });
        groups.push({ rect: shrink(podRects[i], CAPTION_HEIGHT, 2), seats });
      });
    }
    if (byPool.has('beta'))
      groups.push({ rect: place('beta', betaArea, { queueRows: 2 }), seats: seatsOf('beta') });
  }

  // Column 2: escalation services and the product group.
  const [pcArea, eeArea, pgArea] = stack(col2, [0.4, 0.27, 0.33]);
  groups.push({ rect: place('problemControl', pcArea, { queueRows: 5 }), seats: seatsOf('problemControl') });
  groups.push({ rect: place('escalation', eeArea, { queueRows: 3 }), seats: seatsOf('escalation') });
  place('productGroup', pgArea, { label: 'Product group', waiting: 1, waitingLabel: 'waiting for a hotfix' });

  // Column 3: the way out.
  const [resolvedArea, abandonedArea] = stack(col3, [0.62, 0.38]);
  place('resolved', resolvedArea, { waiting: 1 });
  place('abandoned', abandonedArea, { waiting: 1 });

  // One pitch for every seat on the floor, the largest that fits the most crowded group.
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
  const teamBoxes: TeamBox[] = teams.map((t) => ({
    ...t,
    manager: {
      x: t.area.x + t.area.w - Math.min(26, t.area.w / 3),
      y: t.area.y,
      w: Math.min(26, t.area.w / 3),
      h: CAPTION_HEIGHT - 2,
    },
  }));
  const placeById = new Map(places.map((p) => [p.id, p]));
  const seatById = new Map(seats.map((s) => [s.id, s]));
  return {
    width: W,
    height: H,
    places,
    seats,
    teams: teamBoxes,
    pods: podBoxes,
    seatSize,
    dotRadius,
    place: (id) => placeById.get(id),
    seat: (id) => seatById.get(id),
  };
}

/** Distance between neighbouring dots in a line, px: room for a premier ring around each. */
export function dotPitch(dotRadius: number): number {
  return dotRadius * 2 + 5;
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

/** Splits a rect into columns by weight, with a gap between them. */
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

/** Splits a rect into rows by weight, with a gap between them. */
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
function shrink(r: Rect, top: number, pad: number): Rect {
  return { x: r.x + pad, y: r.y + top, w: Math.max(0, r.w - 2 * pad), h: Math.max(0, r.h - top - pad) };
}

/** A waiting area below its caption (no caption: the whole rect). */
function captioned(r: Rect, caption: string): Rect {
  const top = caption === '' ? 0 : CAPTION_HEIGHT;
  return { x: r.x, y: r.y + top, w: r.w, h: Math.max(0, r.h - top) };
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

/** True when point (x, y) is inside rect r. */
export function contains(r: Rect, x: number, y: number): boolean {
  return x >= r.x && x <= r.x + r.w && y >= r.y && y <= r.y + r.h;
}
