import { stack, type Rect } from './geometry.js';
import type { FloorAreas } from './layout-areas.js';
import type { PlanSeat } from './seats.js';

/**
 * The first column: arrivals, the router desk, and the people who work beside the ladder (TAMs,
 * escalation managers, technical leads tied to no team, and pools the floor does not know).
 */
export function layoutFrontDesk(
  areas: FloorAreas,
  column: Rect,
  strayLeads: readonly PlanSeat[],
  otherPools: readonly string[],
): void {
  const side = [
    ...(areas.has('tams') ? ['tams'] : []),
    ...(areas.has('escalationManagers') ? ['escalationManagers'] : []),
    ...(strayLeads.length > 0 ? ['tl'] : []),
    ...otherPools,
  ];
  const [arrivalArea, routerArea, ...sideAreas] = stack(column, [
    0.1,
    0.5,
    ...side.map(() => 0.4 / Math.max(1, side.length)),
  ]);
  areas.place('arrival', arrivalArea, { waiting: 1 });
  areas.group(areas.place('router', routerArea, { queueRows: 3 }), areas.seatsOf('router'));
  side.forEach((pool, i) => {
    if (pool === 'tl') {
      const body = areas.place(pool, sideAreas[i], { label: 'Technical leads' });
      areas.group(
        body,
        strayLeads.map((x) => ({ id: x.id, pool: 'tl', role: 'tl' as const })),
      );
    } else areas.group(areas.place(pool, sideAreas[i]), areas.seatsOf(pool));
  });
}
