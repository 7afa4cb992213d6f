import type { TraceRow } from '../../sim/index.js';
import type { PlanPool } from './layout.js';

/** A small seeded generator (mulberry32), so a benchmark draws the same load every time. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A made-up trace for the frame-rate benchmark (`?bench=N`): N cases arrive in the first half
 * hour and stay all day, each moving every 10 to 60 minutes between queues, seats, customer
 * waits and hotfix waits, and are resolved in the last half hour. Not a model of anything: just
 * N dots on screen at once, many of them moving. People go away too (case id 0 rows: `away`
 * then `back`, 30 to 90 minutes, a few times a day each), drawn from a generator of their own so
 * the cases are the same with or without them.
 */
export function syntheticTrace(plan: readonly PlanPool[], cases: number, endAt = 1440, seed = 1): TraceRow[] {
  const rng = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
  const stages = plan.filter(
    (p) =>
      p.pool === 'router' ||
      p.pool.startsWith('se/') ||
      ['pods', 'beta', 'problemControl', 'escalation'].includes(p.pool),
  );
  const rows: TraceRow[] = [];
  const push = (
    at: number,
    caseId: number,
    event: TraceRow['event'],
    place: string,
    engineer = '',
    detail = '',
  ) => rows.push({ at, caseId, event, place, engineer, detail });
  for (let id = 1; id <= cases; id++) {
    let t = (id / cases) * 30;
    const severity = rng() < 0.1 ? 'A' : rng() < 0.4 ? 'B' : 'C';
    const contract = rng() < 0.7 ? 'standard' : rng() < 0.85 ? 'premier' : 'tier3';
    push(t, id, 'arrived', 'arrival', '', `${severity} ${contract}${rng() < 0.02 ? ' sensitive' : ''}`);
    const leaveAt = endAt - 30 + rng() * 29;
    while (t < leaveAt - 60) {
      const stage = pick(stages);
      const r = rng();
      if (r < 0.35 || stage.seats.length === 0) push(t, id, 'queued', stage.pool);
      else if (r < 0.7) {
        push(t, id, 'queued', stage.pool);
        push(t, id, 'taken', stage.pool, pick(stage.seats).id);
      } else if (r < 0.92)
        push(
          t,
          id,
          'customerWait',
          stage.pool.startsWith('se/')
            ? stage.pool
            : (stages.find((s) => s.pool.startsWith('se/'))?.pool ?? stage.pool),
        );
      else push(t, id, 'hotfixWait', 'productGroup');
      t += 10 + rng() * 50;
    }
    push(leaveAt, id, 'resolved', 'productGroup');
  }
  const away = mulberry32(seed + 1);
  for (const pool of plan) {
    for (const seat of pool.seats) {
      for (let t = away() * 240; t < endAt; t += 120 + away() * 240) {
        if (away() >= 0.3) continue;
        const minutes = 30 + Math.floor(away() * 60);
        push(t, 0, 'away', pool.pool, seat.id, String(minutes));
        push(Math.min(endAt, t + minutes), 0, 'back', pool.pool, seat.id);
        t += minutes;
      }
    }
  }
  return rows.sort((a, b) => a.at - b.at);
}
