/**
 * The seat plan as the floor reads it: every seat and place looked up by the id the trace uses,
 * with where it belongs (specialty, team, pod) taken from the plan, never parsed from the id.
 */

import { seatNames } from './seat-names.js';

/** One seat of a seat plan: the engineer id the trace names, and where the seat belongs. */
export interface PlanSeat {
  /** Engineer id as in the trace, e.g. `se/XADM/t2/5`. */
  readonly id: string;
  /** Specialty for SEs, technical leads and pod members, else null. */
  readonly specialty: string | null;
  /** Team number (1-based) for SEs and technical leads, else null. */
  readonly team: number | null;
  /** Pod number (1-based) for 3rd-tier pod members, else null. */
  readonly pod: number | null;
}

/** The part of a seat plan the floor needs (what `seatPlan(scenario)` returns). */
export interface PlanPool {
  /** Reporting name of the pool: `router`, `se/XADM`, `pods`, `tl`... (also the trace's place). */
  readonly pool: string;
  /** Specialty of an SE pool, else null. */
  readonly specialty: string | null;
  readonly seats: readonly PlanSeat[];
}

/** A seat and the pool it is in. */
export interface SeatFacts extends PlanSeat {
  readonly pool: string;
}

/** Seats and places of one floor, by the ids the trace uses. */
export interface FloorDirectory {
  /** The seat of an engineer id, or undefined for an id the plan does not have. */
  seat(id: string): SeatFacts | undefined;
  /** Specialty of an SE place (`se/XADM`), null for any other place. */
  placeSpecialty(place: string): string | null;
  /**
   * What the story calls an engineer: their seat's name (`XADM 1·7`, `Router 3`, `EE 2`, see
   * seatNames), or the id itself for one the plan does not have; '' for ''.
   */
  name(id: string): string;
}

/** A directory of the seats and SE places of a seat plan. */
export function floorDirectory(plan: readonly PlanPool[]): FloorDirectory {
  const seats = new Map<string, SeatFacts>();
  for (const p of plan) for (const s of p.seats) seats.set(s.id, { ...s, pool: p.pool });
  const specialties = new Map(plan.flatMap((p) => (p.specialty === null ? [] : [[p.pool, p.specialty]])));
  const names = seatNames(plan);
  return {
    seat: (id) => seats.get(id),
    placeSpecialty: (place) => specialties.get(place) ?? null,
    name: (id) => names.get(id)?.full ?? id,
  };
}
