import { MINUTES_PER_DAY, type TraceRow } from '../../sim/index.js';
import { PERSON_ROW } from './floor-state.js';
import type { PlanPool } from './seats.js';

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
export function syntheticTrace(
  plan: readonly PlanPool[],
  cases: number,
  endAt = MINUTES_PER_DAY,
  seed = 1,
): TraceRow[] {
  const rng = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
  const stages = plan.filter(
    (p) =>
      p.pool === 'router' ||
      p.specialty !== null ||
      ['pods', 'beta', 'problemControl', 'escalation'].includes(p.pool),
  );
  const rows: TraceRow[] = [];
  const base = (at: number, caseId: number, place: string, engineer = '') => ({
    at,
    caseId,
    place,
    engineer,
  });
  for (let id = 1; id <= cases; id++) {
    let t = (id / cases) * 30;
    const severity = rng() < 0.1 ? 'A' : rng() < 0.4 ? 'B' : 'C';
    const contract = rng() < 0.7 ? 'standard' : rng() < 0.85 ? 'premier' : 'tier3';
    const sensitive = rng() < 0.02;
    rows.push({ ...base(t, id, 'arrival'), event: 'arrived', severity, contract, beta: false, sensitive });
    const leaveAt = endAt - 30 + rng() * 29;
    while (t < leaveAt - 60) {
      const stage = pick(stages);
      const r = rng();
      if (r < 0.35 || stage.seats.length === 0)
        rows.push({ ...base(t, id, stage.pool), event: 'queued', forOwner: false });
      else if (r < 0.7) {
        rows.push({ ...base(t, id, stage.pool), event: 'queued', forOwner: false });
        rows.push({ ...base(t, id, stage.pool, pick(stage.seats).id), event: 'taken', how: 'work' });
      } else if (r < 0.92) {
        // Customers are waited on at an SE place: this stage's, else the first specialty's.
        const se = stage.specialty !== null ? stage : (stages.find((s) => s.specialty !== null) ?? stage);
        rows.push({ ...base(t, id, se.pool), event: 'customerWait' });
      } else rows.push({ ...base(t, id, 'productGroup'), event: 'hotfixWait' });
      t += 10 + rng() * 50;
    }
    rows.push({ ...base(leaveAt, id, 'productGroup'), event: 'resolved' });
  }
  const away = mulberry32(seed + 1);
  for (const pool of plan) {
    for (const seat of pool.seats) {
      for (let t = away() * 240; t < endAt; t += 120 + away() * 240) {
        if (away() >= 0.3) continue;
        const minutes = 30 + Math.floor(away() * 60);
        rows.push({ ...base(t, PERSON_ROW, pool.pool, seat.id), event: 'away', plannedMinutes: minutes });
        const backAt = Math.min(endAt, t + minutes);
        rows.push({ ...base(backAt, PERSON_ROW, pool.pool, seat.id), event: 'back', endOfShift: false });
        t += minutes;
      }
    }
  }
  return rows.sort((a, b) => a.at - b.at);
}
