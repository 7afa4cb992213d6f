import type { Rect } from './geometry.js';
import type { RoleKey } from './narration.js';

/** What a floor layout is made of: areas, seats, teams and pods, with their rects on the canvas. */

/** Height of an area's label band, px. */
export const LABEL_HEIGHT = 18;
/** Height of a team's or a waiting area's caption, px. */
export const CAPTION_HEIGHT = 13;

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

/** A seat's short tag, written below it. */
export interface SeatTag {
  readonly text: string;
  /** The strip it is centred in, px (inside the seat's cell: it never overlaps another seat or tag). */
  readonly rect: Rect;
  /** Font size, px. */
  readonly size: number;
}

/** One person's seat. */
export interface SeatBox {
  readonly id: string;
  /** Seat-plan pool: `router`, `se/XADM`, `tl`, `pods`... */
  readonly pool: string;
  readonly role: RoleKey;
  readonly rect: Rect;
  /** The person's name for callouts and tooltips (`XADM 2·5`), see seat-names.ts. */
  readonly name: string;
  /** The tag below the seat, or null when the seats are too small for tags. */
  readonly tag: SeatTag | null;
}

/** A team of SEs with its technical lead (first seat) and a marker for its team manager. */
export interface TeamBox {
  /** `se/XADM/t1`. */
  readonly id: string;
  /** The team's specialty and number (1-based). */
  readonly specialty: string;
  readonly team: number;
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
  /** Canvas size, CSS px. */
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

/** Distance between neighbouring dots in a line, px: room for a premier ring around each. */
export function dotPitch(dotRadius: number): number {
  return dotRadius * 2 + 5;
}
