import type { PoolSeats, Seat, TraceRow } from '../../sim/index.js';

/** Places of the ladder that have an area of their own even when the trace names nobody there. */
const STAGES = ['router', 'pods', 'beta', 'problemControl', 'escalation'];

/** Pools in the order the seat plan lists them (SE pools after the router); others after these, by name. */
const ORDER = [
  'router',
  'se/',
  'pods',
  'beta',
  'problemControl',
  'escalation',
  'tl',
  'escalationManagers',
  'tams',
];

/** An engineer id as the model makes it (src/sim/model: se-teams, team-lead, pods, pool). */
const SE = /^se\/([^/]+)\/t(\d+)\/(\d+)$/;
const TL = /^tl\/([^/]+)\/t(\d+)$/;
const POD = /^pods\/p(\d+)\/([^/]+)\/(\d+)$/;
const POOL = /^([^/]+)\/(\d+)$/;

/**
 * A seat plan built from the engineer ids a trace names, for a trace.csv replayed without its
 * scenario. The ids say where each person sits (`se/XADM/t2/5`: XADM team 2, seat 5;
 * `tl/XADM/t2`; `pods/p1/XCON/2`; `router/13`), and the model numbers seats from 1 in teams of
 * one size per specialty and pods of one make-up, so the plan fills in the seats of everyone up
 * to the highest number seen: every team of a specialty gets the seats of its fullest, each with
 * its technical lead, and every pod the members of each specialty. People the trace never names
 * beyond those numbers are missing. Shifts are unknown: every seat counts as on shift.
 */
export function tracePlan(rows: readonly TraceRow[]): PoolSeats[] {
  const ids = new Set<string>();
  const places = new Set<string>();
  for (const r of rows) {
    if (r.engineer !== '') ids.add(r.engineer);
    if (r.event === 'consult' && r.se !== '') ids.add(r.se);
    places.add(r.place);
  }
  const teams = new Map<string, { teams: number; seats: number }>();
  const pods = { count: 0, members: new Map<string, number>() };
  const pools = new Map<string, number>();
  const grow = (specialty: string, team: number, seat: number) => {
    const t = teams.get(specialty) ?? { teams: 0, seats: 0 };
    teams.set(specialty, { teams: Math.max(t.teams, team), seats: Math.max(t.seats, seat) });
  };
  for (const place of places) {
    const se = /^se\/([^/]+)$/.exec(place);
    if (se !== null) grow(se[1], 0, 0);
    if (STAGES.includes(place)) pools.set(place, pools.get(place) ?? 0);
  }
  for (const id of ids) {
    let m: RegExpExecArray | null;
    if ((m = SE.exec(id)) !== null) grow(m[1], Number(m[2]), Number(m[3]));
    else if ((m = TL.exec(id)) !== null) grow(m[1], Number(m[2]), 0);
    else if ((m = POD.exec(id)) !== null) {
      pods.count = Math.max(pods.count, Number(m[1]));
      pods.members.set(m[2], Math.max(pods.members.get(m[2]) ?? 0, Number(m[3])));
    } else if ((m = POOL.exec(id)) !== null) pools.set(m[1], Math.max(pools.get(m[1]) ?? 0, Number(m[2])));
  }
  const out: PoolSeats[] = [];
  const specialties = [...teams.keys()].sort();
  for (const s of specialties) {
    const t = teams.get(s)!;
    const seats: Seat[] = [];
    for (let team = 1; team <= t.teams; team++)
      for (let k = 1; k <= t.seats; k++) seats.push(seat(`se/${s}/t${team}/${k}`, s, team, null));
    out.push({ pool: `se/${s}`, specialty: s, seats });
  }
  const leads = specialties.flatMap((s) =>
    Array.from({ length: teams.get(s)!.teams }, (_, i) => seat(`tl/${s}/t${i + 1}`, s, i + 1, null)),
  );
  if (leads.length > 0) out.push({ pool: 'tl', specialty: null, seats: leads });
  if (pods.count > 0 || pools.has('pods')) {
    const seats: Seat[] = [];
    for (let pod = 1; pod <= pods.count; pod++)
      for (const [s, n] of [...pods.members].sort(([a], [b]) => a.localeCompare(b)))
        for (let k = 1; k <= n; k++) seats.push(seat(`pods/p${pod}/${s}/${k}`, s, null, pod));
    out.push({ pool: 'pods', specialty: null, seats });
  }
  pools.delete('pods');
  for (const [pool, n] of pools)
    out.push({ pool, specialty: null, seats: Array.from({ length: n }, (_, i) => seat(`${pool}/${i + 1}`)) });
  return out.sort((a, b) => rank(a.pool) - rank(b.pool) || a.pool.localeCompare(b.pool));
}

/** Every engineer id the rows name that `plan` has no seat for, in order of appearance. */
export function unseated(rows: readonly TraceRow[], plan: readonly PoolSeats[]): string[] {
  const seated = new Set(plan.flatMap((p) => p.seats.map((s) => s.id)));
  const out = new Set<string>();
  for (const r of rows) {
    if (r.engineer !== '' && !seated.has(r.engineer)) out.add(r.engineer);
    if (r.event === 'consult' && r.se !== '' && !seated.has(r.se)) out.add(r.se);
  }
  return [...out];
}

function rank(pool: string): number {
  const i = ORDER.findIndex((p) => (p.endsWith('/') ? pool.startsWith(p) : pool === p));
  return i < 0 ? ORDER.length : i;
}

function seat(
  id: string,
  specialty: string | null = null,
  team: number | null = null,
  pod: number | null = null,
): Seat {
  return { id, specialty, team, pod, onShift: () => true };
}
