import type { Role, Scenario, Schedule } from '../scenario/index.js';
import { tamHeadcount } from '../model/org.js';
import { Roster } from '../model/roster.js';

/** Headcount, paid hours and cost per week of one role, from the scenario alone (no simulation). */
export interface PlannedRole {
  readonly role: Role;
  readonly headcount: number;
  readonly paidHoursPerWeek: number;
  /** Loaded cost per paid hour x paid hours; overtime is only known after a run. */
  readonly costPerWeek: number;
}

/** When a role works: its pool's schedule and each person's hours per week. */
interface RolePlan {
  readonly schedule: Schedule;
  readonly hoursPerWeek: number;
}

function paidHours(plan: RolePlan, headcount: number): number {
  return new Roster(plan.schedule, headcount, 0, plan.hoursPerWeek).paidHoursPerWeek();
}

/**
 * The staffing a scenario plans, role by role, with derived roles included: one technical lead
 * and one team manager per SE team, TAMs = ceil(premier accounts / accounts per TAM). For the
 * what-if form, which shows headcount and cost per week as the user types.
 */
export function plannedStaffing(scenario: Scenario): PlannedRole[] {
  const p = scenario.pools;
  const rate = scenario.costs.perHour;
  const teams = scenario.specialties.reduce((n, s) => n + p.se.specialties[s].teams, 0);
  const ses = scenario.specialties.reduce(
    (n, s) => n + p.se.specialties[s].teams * p.se.specialties[s].sesPerTeam,
    0,
  );
  const podPeople = p.pods.count * scenario.specialties.reduce((n, s) => n + (p.pods.members[s] ?? 0), 0);
  const roles: Array<[Role, number, RolePlan]> = [
    ['router', p.router.staff, p.router],
    ['se', ses, p.se],
    ['tl', teams, p.se],
    ['teamManager', teams, p.se],
    ['pod', podPeople, p.pods],
    ['beta', p.beta.staff, p.beta],
    ['problemControl', p.problemControl.staff, p.problemControl],
    ['escalation', p.escalation.staff, p.escalation],
    ['escalationManager', p.escalationManagers.staff, p.escalationManagers],
    ['tam', tamHeadcount(scenario), p.tams],
  ];
  return roles.map(([role, headcount, plan]) => {
    // Each team's TL (and manager) is a pool of one, on the shift a single person gets.
    // Each specialty's SEs are a rota of their own, as in the model.
    const hours =
      role === 'tl' || role === 'teamManager'
        ? headcount * paidHours(plan, 1)
        : role === 'se'
          ? scenario.specialties.reduce(
              (h, s) => h + paidHours(plan, p.se.specialties[s].teams * p.se.specialties[s].sesPerTeam),
              0,
            )
          : paidHours(plan, headcount);
    return { role, headcount, paidHoursPerWeek: hours, costPerWeek: hours * rate[role] };
  });
}
