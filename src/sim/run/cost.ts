import type { Role, Scenario } from '../scenario/index.js';
import { MINUTES_PER_DAY, MINUTES_PER_WEEK } from '../units.js';
import type { PoolTotals } from './pool-measures.js';

/** Headcount, paid hours and overtime of one role. */
export interface RoleLoad {
  readonly role: Role;
  readonly headcount: number;
  /** Paid (scheduled) hours per week. */
  readonly paidHoursPerWeek: number;
  /** Hours per week worked past the end of a shift. */
  readonly overtimeHoursPerWeek: number;
  /** Paid hours per week at night and at weekends (see `costs.premiums`). */
  readonly nightHoursPerWeek: number;
  readonly weekendHoursPerWeek: number;
}

/**
 * Labour cost per week of a role: loaded cost per hour x (paid hours + night hours x night
 * premium + weekend hours x weekend premium + overtime hours x `overtimeFactor`). Paid hours are
 * each person's rota (40 a week by default, whatever the schedule).
 */
export function roleCostPerWeek(scenario: Scenario, load: RoleLoad): number {
  const { perHour, premiums, overtimeFactor } = scenario.costs;
  return (
    perHour[load.role] *
    (load.paidHoursPerWeek +
      load.nightHoursPerWeek * premiums.night +
      load.weekendHoursPerWeek * premiums.weekend +
      load.overtimeHoursPerWeek * overtimeFactor)
  );
}

/** Whether a minute of the week falls in the scenario's night hours, and at a weekend. */
function unsocialHours(scenario: Scenario) {
  const { nightStart, nightEnd } = scenario.costs.premiums;
  return {
    night: (weekMinute: number): boolean => {
      const m = weekMinute % MINUTES_PER_DAY;
      return nightStart <= nightEnd ? m >= nightStart && m < nightEnd : m >= nightStart || m < nightEnd;
    },
    weekend: (weekMinute: number): boolean => weekMinute >= 5 * MINUTES_PER_DAY,
  };
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
  const premiums = scenario.costs.premiums;
  const hours = unsocialHours(scenario);
  const of = (role: Role, ...names: string[]): RoleLoad => {
    let headcount = 0;
    let paid = 0;
    let overtime = 0;
    let night = 0;
    let weekend = 0;
    for (const n of names) {
      const t = totals.get(n);
      if (!t) continue;
      headcount += t.headcount;
      paid += t.paidHoursPerWeek;
      overtime += t.overtimeArea / 60 / weeks;
      for (const r of t.rosters) {
        // Counted only when paid for: a minute-by-minute walk over every rota line.
        if (premiums.night > 0) night += r.paidHoursWhere(hours.night);
        if (premiums.weekend > 0) weekend += r.paidHoursWhere(hours.weekend);
      }
    }
    return {
      role,
      headcount,
      paidHoursPerWeek: paid,
      overtimeHoursPerWeek: overtime,
      nightHoursPerWeek: night,
      weekendHoursPerWeek: weekend,
    };
  };
  const se = scenario.specialties.map((s) => `se/${s}`);
  const tl = of('tl', 'tl');
  const managers: RoleLoad = {
    role: 'teamManager',
    headcount: tl.headcount,
    paidHoursPerWeek: tl.paidHoursPerWeek,
    overtimeHoursPerWeek: 0,
    nightHoursPerWeek: tl.nightHoursPerWeek,
    weekendHoursPerWeek: tl.weekendHoursPerWeek,
  };
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
    of('tam', 'tams'),
  ];
}
