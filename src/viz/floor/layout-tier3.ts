import { columns, shrink, type Rect } from './geometry.js';
import { CAPTION_HEIGHT } from './layout-boxes.js';
import { DESK_WAITING, type FloorAreas, type SeatRef } from './layout-areas.js';

/**
 * The 3rd-tier pods (one captioned group of seats per pod, a shared queue) and the beta desk,
 * side by side in `row` (each alone takes the whole row).
 */
export function layoutTier3(areas: FloorAreas, row: Rect): void {
  const [podsArea, betaArea] = areas.has('pods') && areas.has('beta') ? columns(row, [0.6, 0.4]) : [row, row];
  if (areas.has('pods')) {
    const body = areas.place('pods', podsArea, { queueRows: 2 });
    const pods = new Map<number, SeatRef[]>();
    for (const seat of areas.pool('pods')?.seats ?? []) {
      const pod = seat.pod ?? 1;
      if (!pods.has(pod)) pods.set(pod, []);
      pods.get(pod)!.push({ id: seat.id, pool: 'pods', role: 'pods' });
    }
    const podRects = columns(
      body,
      [...pods.keys()].map(() => 1),
      6,
    );
    [...pods.entries()].forEach(([pod, seats], i) => {
      areas.pods.push({ id: `pods/p${pod}`, label: `pod ${pod}`, area: podRects[i] });
      areas.group(shrink(podRects[i], CAPTION_HEIGHT, 2), seats);
    });
  }
  if (areas.has('beta'))
    areas.group(areas.place('beta', betaArea, { queueRows: 2, ...DESK_WAITING }), areas.seatsOf('beta'));
}
