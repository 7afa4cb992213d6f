import type { Role, Scenario } from '../scenario/index.js';
import { ROLES } from '../scenario/index.js';
import { Roster } from '../model/roster.js';
import { staffingPlan } from '../model/staffing-plan.js';

/** Headcount, paid hours and cost per week of one role, from the scenario alone (no simulation). */
export interface PlannedRole {
  readonly role: Role;
  readonly headcount: number;
  readonly paidHoursPerWeek: number;
  /** Loaded cost per paid hour x paid hours; overtime (and premiums) are only known after a run. */
  readonly costPerWeek: number;
}

/**
 * The staffing a scenario plans, role by role, from the same pools the model builds (see
 * staffingPlan): each pool's rota gives its paid hours; team managers are paid like their TLs.
 * For the what-if form, which shows headcount and cost per week as the user types.
 */
export function plannedStaffing(scenario: Scenario): PlannedRole[] {
  const rate = scenario.costs.perHour;
  const people = new Map<Role, number>();
  const hours = new Map<Role, number>();
  for (const { role, staffing } of staffingPlan(scenario)) {
    const roster = new Roster(staffing.schedule, staffing.headcount, 0, staffing.hoursPerWeek);
    people.set(role, (people.get(role) ?? 0) + staffing.headcount);
    hours.set(role, (hours.get(role) ?? 0) + roster.paidHoursPerWeek());
  }
  people.set('teamManager', people.get('tl') ?? 0);
  hours.set('teamManager', hours.get('tl') ?? 0);
  return ROLES.map((role) => {
    const paid = hours.get(role) ?? 0;
    return { role, headcount: people.get(role) ?? 0, paidHoursPerWeek: paid, costPerWeek: paid * rate[role] };
  });
}
