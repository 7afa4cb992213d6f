import { clamp, columns, stack, type Rect } from './geometry.js';
import { CAPTION_HEIGHT, dotPitch, type FloorLayout, type SeatBox, type TeamBox } from './layout-boxes.js';
import { DESK_WAITING, FloorAreas } from './layout-areas.js';
import { layoutFrontDesk } from './layout-front-desk.js';
import { layoutSpecialty, supportTeams } from './layout-support-teams.js';
import { layoutTier3 } from './layout-tier3.js';
import { placeSeats, type SeatGroup } from './seat-grid.js';
import { seatTag } from './seat-tags.js';
import { seatNames } from './seat-names.js';
import type { PlanPool } from './seats.js';

/** Space around the floor, px. */
const MARGIN = 6;
/** Height of the strip below a seat for its tag, px. */
const TAG_HEIGHT = 12;
/** Seats smaller than this (px) get no tags: the floor keeps its seats rather than shrink them further. */
const MIN_TAGGED_SEAT = 11;

/** Pools with an area of their own; any other pool gets a box beside the router desk. */
const KNOWN_POOLS = new Set([
  'router',
  'pods',
  'beta',
  'problemControl',
  'escalation',
  'tl',
  'escalationManagers',
  'tams',
]);

/**
 * Lays out the floor on a `width` x `height` canvas (CSS px), flowing left to right like the
 * ladder: arrivals and the router desk (with the TAMs and escalation managers who work beside
 * the ladder); one band per SE specialty (its queue, its teams of SE seats with their TL, and
 * its customer waits) above the 3rd-tier pods and the beta desk; Problem Control, the
 * escalation engineers and the product group; and the way out (resolved, hung up). Seats never
 * overlap and stay inside their areas; every seat of the plan gets a place.
 */
export function floorLayout(plan: readonly PlanPool[], width: number, height: number): FloorLayout {
  const W = Math.max(width, 200);
  const H = Math.max(height, 150);
  const dotRadius = clamp(Math.min(W, H) / 170, 2.5, 5.5);
  const inner: Rect = { x: MARGIN, y: MARGIN, w: W - 2 * MARGIN, h: H - 2 * MARGIN };
  const [col0, col1, col2, col3] = columns(inner, [0.15, 0.49, 0.25, 0.11]);
  const areas = new FloorAreas(plan, dotPitch(dotRadius));
  const { specialties, stray } = supportTeams(plan);
  const others = plan.filter((p) => !KNOWN_POOLS.has(p.pool) && p.specialty === null).map((p) => p.pool);

  layoutFrontDesk(areas, col0, stray, others);

  // One band per specialty, then the pods and the beta desk side by side.
  const hasTier3 = areas.has('pods') || areas.has('beta');
  const bands = stack(col1, [...specialties.map(() => 1), ...(hasTier3 ? [0.8] : [])]);
  specialties.forEach((s, i) => layoutSpecialty(areas, bands[i], s));
  if (hasTier3) layoutTier3(areas, bands[bands.length - 1]);

  // Escalation services and the product group.
  const [pcArea, eeArea, pgArea] = stack(col2, [0.4, 0.27, 0.33]);
  // Their owned cases wait between sessions beside the seats, as an SE team's do.
  areas.group(
    areas.place('problemControl', pcArea, { queueRows: 5, ...DESK_WAITING }),
    areas.seatsOf('problemControl'),
  );
  areas.group(
    areas.place('escalation', eeArea, { queueRows: 3, ...DESK_WAITING }),
    areas.seatsOf('escalation'),
  );
  areas.place('productGroup', pgArea, { waiting: 1, waitingLabel: 'waiting for a hotfix' });

  // The way out.
  const [resolvedArea, abandonedArea] = stack(col3, [0.62, 0.38]);
  areas.place('resolved', resolvedArea, { waiting: 1 });
  areas.place('abandoned', abandonedArea, { waiting: 1 });

  const { seats, seatSize } = placeTaggedSeats(areas.groups, plan);
  const teams: TeamBox[] = areas.teams.map((t) => ({ ...t, manager: managerMarker(t.area) }));
  const placeById = new Map(areas.places.map((p) => [p.id, p]));
  const seatById = new Map(seats.map((s) => [s.id, s]));
  return {
    width: W,
    height: H,
    places: areas.places,
    seats,
    teams,
    pods: areas.pods,
    seatSize,
    dotRadius,
    place: (id) => placeById.get(id),
    seat: (id) => seatById.get(id),
  };
}

/**
 * Every seat in its grid with its name, and a tag below it when the seats stay at least
 * {@link MIN_TAGGED_SEAT} px with room for tags; else untagged seats at the largest size.
 */
function placeTaggedSeats(
  groups: readonly SeatGroup[],
  plan: readonly PlanPool[],
): { seats: SeatBox[]; seatSize: number } {
  const names = seatNames(plan);
  let grid = placeSeats(groups, TAG_HEIGHT);
  if (grid.seatSize < MIN_TAGGED_SEAT) grid = placeSeats(groups, 0);
  const seats = grid.seats.map(({ tagRect, ...s }) => {
    const name = names.get(s.id);
    return { ...s, name: name?.full ?? s.id, tag: name && tagRect ? seatTag(name.tag, tagRect) : null };
  });
  return { seats, seatSize: grid.seatSize };
}

/** The team manager's marker: a tab at the right of the team's caption band. */
function managerMarker(team: Rect): Rect {
  const w = Math.min(26, team.w / 3);
  return { x: team.x + team.w - w, y: team.y, w, h: CAPTION_HEIGHT - 2 };
}
