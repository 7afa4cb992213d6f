import type { PlanPool, PlanSeat } from './seats.js';

/** What a person is called on the floor. */
export interface SeatName {
  /** Short tag under the seat, read with its box's caption: `5` (in XADM team 2), `TL`, `AD` (an XADM member of a pod). */
  readonly tag: string;
  /** Name for callouts and tooltips, readable alone: `XADM 2·5`, `TL XADM 2`, `Pod 1 XADM 2`, `Router 3`, `PC 4`. */
  readonly full: string;
}

/** How the pools beside the ladder are named on a seat. */
const POOL_NAMES: Readonly<Record<string, string>> = {
  router: 'Router',
  problemControl: 'PC',
  escalation: 'EE',
  beta: 'Beta',
  tams: 'TAM',
  escalationManagers: 'EM',
};

/**
 * Names of every seat of a plan, by engineer id. Numbers count the seats of a group (an SE team,
 * a pod's members of one specialty, a pool) in the plan's order from 1, as the model numbers
 * them; specialties in pods are shortened to the fewest letters that tell them apart once a
 * prefix they all share is dropped (XADM, XCON, XCSI: AD, CO, CS). Deterministic.
 */
export function seatNames(plan: readonly PlanPool[]): Map<string, SeatName> {
  const names = new Map<string, SeatName>();
  const short = specialtyAbbreviations(
    plan.flatMap((p) => p.seats.map((s) => s.specialty)).filter((s): s is string => s !== null),
  );
  for (const pool of plan) {
    const counters = new Map<string, number>();
    const next = (group: string) => {
      const n = (counters.get(group) ?? 0) + 1;
      counters.set(group, n);
      return n;
    };
    for (const seat of pool.seats) names.set(seat.id, nameOf(pool, seat, next, short));
  }
  return names;
}

function nameOf(
  pool: PlanPool,
  seat: PlanSeat,
  next: (group: string) => number,
  short: ReadonlyMap<string, string>,
): SeatName {
  const specialty = seat.specialty ?? pool.specialty;
  if (pool.pool === 'tl') {
    const where = [specialty, seat.team].filter((x) => x !== null).join(' ');
    return { tag: 'TL', full: where === '' ? `TL ${next('')}` : `TL ${where}` };
  }
  if (pool.specialty !== null) {
    const team = seat.team ?? 1;
    const k = next(String(team));
    return { tag: String(k), full: `${pool.specialty} ${team}·${k}` };
  }
  if (pool.pool === 'pods' && specialty !== null) {
    const pod = seat.pod ?? 1;
    const k = next(`${pod}/${specialty}`);
    // A pod mixes specialties: its tags say whose, the full name which one.
    return { tag: short.get(specialty) ?? specialty, full: `Pod ${pod} ${specialty} ${k}` };
  }
  const k = next('');
  return { tag: String(k), full: `${POOL_NAMES[pool.pool] ?? pool.pool} ${k}` };
}

/** Each specialty's shortest distinct abbreviation (upper case) after the prefix all of them share. */
export function specialtyAbbreviations(specialties: readonly string[]): Map<string, string> {
  const distinct = [...new Set(specialties)];
  let common = 0;
  if (distinct.length > 1)
    while (distinct.every((s) => s.length > common + 1 && s[common] === distinct[0][common])) common++;
  const rest = distinct.map((s) => s.slice(common).toUpperCase());
  for (let n = 1; n <= 3; n++) {
    const cut = rest.map((s) => s.slice(0, n));
    if (new Set(cut).size === cut.length || n === 3) return new Map(distinct.map((s, i) => [s, cut[i]]));
  }
  return new Map();
}
