import type { Role, Scenario } from '../scenario/index.js';
import type { PoolStaffing } from './pool.js';
import { buildRota, type RotaLine } from './rota.js';

/** One pool of people as the organisation is built from a scenario: its name, role and staffing. */
export interface PlannedPool {
  /** Pool name as in traces and per-pool scopes: `router`, `se/XADM`, `tl/XADM/t1`, `pods`... */
  readonly name: string;
  readonly role: Role;
  readonly staffing: PoolStaffing;
}

/** The shift most of these people work (the first such, for a tie; the first shift for nobody). */
function mostWorkedShift(lines: readonly RotaLine[]): number {
  const count: number[] = [];
  for (const l of lines) count[l.shift] = (count[l.shift] ?? 0) + 1;
  let best = 0;
  count.forEach((n, shift) => {
    if (n > (count[best] ?? 0)) best = shift;
  });
  return best;
}

/** Number of TAMs for a scenario: one per `accountsPerTam` premier accounts, rounded up. */
export function tamHeadcount(scenario: Scenario): number {
  const t = scenario.pools.tams;
  return Math.ceil(t.premierAccounts / t.accountsPerTam);
}

/** People of every pod: pods x members per specialty. */
export function podHeadcount(scenario: Scenario): number {
  const pods = scenario.pools.pods;
  return pods.count * scenario.specialties.reduce((n, s) => n + (pods.members[s] ?? 0), 0);
}

/**
 * Every pool of people of a scenario, in reporting order: the one description of who works where
 * that the model (org.ts), the run estimate, the offered load and the planned cost all read.
 * Each specialty's SEs are a pool (a rota) of their own; each team's technical lead is a pool of
 * one on the shift most of its team works; escalation engineers lose `proactiveShare` of their time like shrinkage.
 * Team managers work no cases and are no pool: one per team, paid like its TL.
 */
export function staffingPlan(scenario: Scenario): PlannedPool[] {
  const p = scenario.pools;
  const staffing = (headcount: number, pool: Omit<PoolStaffing, 'headcount'>): PoolStaffing => ({
    headcount,
    schedule: pool.schedule,
    shrinkage: pool.shrinkage,
    hoursPerWeek: pool.hoursPerWeek,
  });
  const plan: PlannedPool[] = [
    { name: 'router', role: 'router', staffing: staffing(p.router.staff, p.router) },
  ];
  for (const name of scenario.specialties) {
    const { teams, sesPerTeam } = p.se.specialties[name];
    plan.push({ name: `se/${name}`, role: 'se', staffing: staffing(teams * sesPerTeam, p.se) });
  }
  plan.push(
    { name: 'pods', role: 'pod', staffing: staffing(podHeadcount(scenario), p.pods) },
    { name: 'beta', role: 'beta', staffing: staffing(p.beta.staff, p.beta) },
    {
      name: 'problemControl',
      role: 'problemControl',
      staffing: staffing(p.problemControl.staff, p.problemControl),
    },
  );
  const ee = p.escalation;
  // Mentoring and proactive services take EE time away from cases, like shrinkage does.
  const eeAway = 1 - (1 - ee.shrinkage) * (1 - ee.proactiveShare);
  plan.push({
    name: 'escalation',
    role: 'escalation',
    staffing: staffing(ee.staff, { ...ee, shrinkage: eeAway }),
  });
  for (const name of scenario.specialties) {
    const { teams, sesPerTeam } = p.se.specialties[name];
    const rota = buildRota(p.se.schedule, teams * sesPerTeam, p.se.hoursPerWeek);
    for (let t = 0; t < teams; t++) {
      const shift = p.se.schedule.shifts[mostWorkedShift(rota.slice(t * sesPerTeam, (t + 1) * sesPerTeam))];
      // A team's TL (and manager) works the shift most of its SEs work.
      const schedule = { name: `${p.se.schedule.name}: ${shift.name}`, shifts: [{ ...shift, share: 1 }] };
      plan.push({ name: `tl/${name}/t${t + 1}`, role: 'tl', staffing: staffing(1, { ...p.se, schedule }) });
    }
  }
  plan.push(
    {
      name: 'escalationManagers',
      role: 'escalationManager',
      staffing: staffing(p.escalationManagers.staff, p.escalationManagers),
    },
    { name: 'tams', role: 'tam', staffing: staffing(tamHeadcount(scenario), p.tams) },
  );
  return plan;
}
