import { describe, expect, it } from 'vitest';
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
    expect(planned.get('pod')!.headcount).toBe(2 * 4);
  });

  it('pays 24x7 pods 168 hours a week each and SEs their 9-hour weekday shifts', () => {
    expect(planned.get('pod')!.paidHoursPerWeek).toBe(8 * 168);
    expect(planned.get('se')!.paidHoursPerWeek).toBe(98 * 45);
    expect(planned.get('pod')!.costPerWeek).toBe(8 * 168 * scenario.costs.perHour.pod);
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
