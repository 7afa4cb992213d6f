import { describe, expect, it } from 'vitest';
import { Roster } from '../src/sim/model/roster.js';
import { plannedStaffing, simulateReplication } from '../src/sim/index.js';
import { scenarioFile } from './support/scenario.js';

describe('the planned staffing of a scenario', () => {
  const scenario = scenarioFile('scenarios/baseline.json');
  const planned = new Map(plannedStaffing(scenario).map((r) => [r.role, r]));

  it('derives TLs and team managers from SE teams and TAMs from premier accounts', () => {
    expect(planned.get('se')!.headcount).toBe(42 + 28 + 28);
    expect(planned.get('tl')!.headcount).toBe(7);
    expect(planned.get('teamManager')!.headcount).toBe(7);
    expect(planned.get('tam')!.headcount).toBe(Math.ceil(120 / 10));
    expect(planned.get('pod')!.headcount).toBe(3 * 8);
  });

  it('pays each pod member five 8-hour duties a week, and SEs 45 hours on weekday shifts, 16 on the weekend rota', () => {
    expect(planned.get('pod')!.paidHoursPerWeek).toBe(24 * 40);
    expect(planned.get('pod')!.costPerWeek).toBe(24 * 40 * scenario.costs.perHour.pod);
    // The weekend shift (12% of each specialty, rounded by largest remainder) works two 8-hour
    // duties; every other shift is a whole Mon-Fri 9-hour shift.
    const weekend = (['XADM', 'XCON', 'XCSI'] as const)
      .map((s) => {
        const { teams, sesPerTeam } = scenario.pools.se.specialties[s];
        return new Roster(scenario.pools.se.schedule, teams * sesPerTeam, 0, 40).lines.filter(
          (l) => l.shift === 4,
        ).length;
      })
      .reduce((a, b) => a + b, 0);
    expect(Math.abs(weekend - 0.12 * 98)).toBeLessThanOrEqual(1.5);
    expect(planned.get('se')!.paidHoursPerWeek).toBe((98 - weekend) * 45 + weekend * 16);
  });

  it('equals the simulated cost per week of each role less its overtime (paid at overtimeFactor)', () => {
    const run = simulateReplication(
      { ...scenario, horizon: { days: 10, warmupDays: 3 } },
      { replication: 0 },
    );
    const pools = { router: 'router', pod: 'pods', beta: 'beta', problemControl: 'problemControl' } as const;
    for (const [role, pool] of Object.entries(pools) as Array<[keyof typeof pools, string]>) {
      const overtime =
        run.kpis.get(`overtime.hoursPerWeek|pool:${pool}`)! *
        scenario.costs.perHour[role] *
        scenario.costs.overtimeFactor;
      expect(run.kpis.get(`cost.perWeek|role:${role}`)! - overtime).toBeCloseTo(
        planned.get(role)!.costPerWeek,
        6,
      );
    }
    expect(run.kpis.get('cost.perWeek|role:teamManager')).toBeCloseTo(
      planned.get('teamManager')!.costPerWeek,
      6,
    );
  });
});
