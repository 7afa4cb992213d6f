import type { Role, Scenario } from '../scenario/index.js';
import { tamHeadcount } from '../model/org.js';
import { MINUTES_PER_WEEK } from '../units.js';
import type { PoolTotals } from './pool-measures.js';

/** Headcount, paid hours and overtime of one role. */
export interface RoleLoad {
  readonly role: Role;
  readonly headcount: number;
  /** Paid (scheduled) hours per week. */
  readonly paidHoursPerWeek: number;
  /** Hours per week worked past the end of a shift. */
  readonly overtimeHoursPerWeek: number;
}

/**
 * Labour cost per week of a role: loaded cost per hour x (paid hours + overtime hours x
 * `overtimeFactor`). Paid hours follow each person's schedule (a 24x7 seat is paid 168 h a week).
 */
export function roleCostPerWeek(scenario: Scenario, load: RoleLoad): number {
  const rate = scenario.costs.perHour[load.role];
  return rate * (load.paidHoursPerWeek + load.overtimeHoursPerWeek * scenario.costs.overtimeFactor);
}

/**
 * Role loads from the measured pools. Team managers are one per SE team, paid on the SE
 * schedule; they work no cases, so they have no overtime.
 */
export function roleLoads(
  scenario: Scenario,
  totals: ReadonlyMap<string, PoolTotals>,
  windowMinutes: number,
): RoleLoad[] {
  const weeks = windowMinutes / MINUTES_PER_WEEK;
  const of = (role: Role, ...names: string[]): RoleLoad => {
    let headcount = 0;
    let paid = 0;
    let overtime = 0;
    for (const n of names) {
      const t = totals.get(n);
      if (!t) continue;
      headcount += t.headcount;
      paid += t.paidHoursPerWeek;
      overtime += t.overtimeArea / 60 / weeks;
    }
    return { role, headcount, paidHoursPerWeek: paid, overtimeHoursPerWeek: overtime };
  };
  const se = scenario.specialties.map((s) => `se/${s}`);
  const tl = of('tl', 'tl');
  const managers: RoleLoad = {
    role: 'teamManager',
    headcount: tl.headcount,
    paidHoursPerWeek: tl.paidHoursPerWeek,
    overtimeHoursPerWeek: 0,
  };
  const tams = of('tam', 'tams');
  return [
    of('router', 'router'),
    of('se', ...se),
    tl,
    managers,
    of('pod', 'pods'),
    of('beta', 'beta'),
    of('problemControl', 'problemControl'),
    of('escalation', 'escalation'),
    of('escalationManager', 'escalationManagers'),
    { ...tams, headcount: tamHeadcount(scenario) },
  ];
}
