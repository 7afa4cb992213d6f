import { columns, shrink, type Rect } from './geometry.js';
import { CAPTION_HEIGHT } from './layout-boxes.js';
import type { FloorAreas } from './layout-areas.js';
import type { PlanPool, PlanSeat } from './seats.js';

/** An SE specialty's teams: its pool, and its team numbers (1-based, ascending). */
export interface SpecialtyTeams {
  readonly pool: PlanPool;
  readonly specialty: string;
  readonly teams: readonly number[];
}

/**
 * The teams of each SE specialty (those of its SEs and of the technical leads the plan gives
 * that specialty), and the technical leads tied to no team of an SE pool (`stray`), who get a
 * box of their own.
 */
export function supportTeams(plan: readonly PlanPool[]): {
  specialties: SpecialtyTeams[];
  stray: PlanSeat[];
} {
  const leads = plan.find((p) => p.pool === 'tl')?.seats ?? [];
  const specialties: SpecialtyTeams[] = [];
  for (const pool of plan) {
    const specialty = pool.specialty;
    if (specialty === null) continue;
    const numbers = new Set(pool.seats.map((s) => s.team ?? 1));
    for (const tl of leads) if (tl.specialty === specialty && tl.team !== null) numbers.add(tl.team);
    specialties.push({ pool, specialty, teams: [...numbers].sort((a, b) => a - b) });
  }
  const seated = (tl: PlanSeat) =>
    specialties.some((s) => s.specialty === tl.specialty && tl.team !== null && s.teams.includes(tl.team));
  return { specialties, stray: leads.filter((tl) => !seated(tl)) };
}

/**
 * One band of a specialty: its queue, its teams side by side (each team's technical lead on its
 * first seat, its SEs after) and the cases waiting on the customer.
 */
export function layoutSpecialty(areas: FloorAreas, band: Rect, s: SpecialtyTeams): void {
  const body = areas.place(s.pool.pool, band, {
    label: `${s.specialty} support engineers`,
    role: 'se',
    queueRows: 2,
    waiting: 0.3,
    waitingLabel: 'waiting on the customer',
  });
  const leads = areas.pool('tl')?.seats ?? [];
  const teamRects = columns(
    body,
    s.teams.map(() => 1),
    6,
  );
  s.teams.forEach((team, i) => {
    const tl = leads
      .filter((x) => x.specialty === s.specialty && x.team === team)
      .map((x) => ({ id: x.id, pool: 'tl', role: 'tl' as const }));
    const members = s.pool.seats
      .filter((x) => (x.team ?? 1) === team)
      .map((x) => ({ id: x.id, pool: s.pool.pool, role: 'se' as const }));
    areas.teams.push({
      id: `${s.pool.pool}/t${team}`,
      specialty: s.specialty,
      team,
      label: `team ${team}`,
      area: teamRects[i],
    });
    areas.group(shrink(teamRects[i], CAPTION_HEIGHT, 2), [...tl, ...members]);
  });
}
