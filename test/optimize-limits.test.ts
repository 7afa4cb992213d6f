import { describe, expect, it } from 'vitest';
import { summarise, type KpiRow } from '../src/sim/index.js';
import { runManySequential } from '../src/cli/plan/run-many.js';
import { checkGoal } from '../src/cli/optimize/goals.js';
import { holdsCases, MAX_UTILISATION, poolLimitViolations } from '../src/cli/optimize/limits.js';
import { optimizeStaffing, parseGoals } from '../src/cli/optimize/index.js';
import { DESK_FILE as file, parseDesk as parse, routerDesk } from './fixtures/optimize/desk.js';

function utilisation(scope: string, mean: number): KpiRow {
  return { kpi: 'utilisation', scope, mean, halfWidth: 0.004, replications: 4, unit: 'share' };
}

describe('pool limits of the staffing search', () => {
  it('breaks the limit for a pool whose backlog grows at 91% utilisation (understaffed Problem Control), once, not again for a saturated pool', () => {
    const pc = {
      pool: 'problemControl',
      offeredHoursPerWeek: 300,
      availableHoursPerWeek: 458,
      busyHoursPerWeek: 461,
      utilisation: 0.909,
      backlogAtStart: 13,
      backlogAtEnd: 549,
      warning: 'pool:problemControl cannot keep up',
    };
    const xadm = { ...pc, pool: 'se/XADM', utilisation: 1, backlogAtStart: 243, backlogAtEnd: 351 };
    const rows = [
      utilisation('pool:problemControl', 0.909),
      utilisation('pool:se/XADM', 1),
      { ...utilisation('pool:problemControl', 400), kpi: 'backlog.growth', halfWidth: 200, unit: 'cases' },
    ];
    const broken = poolLimitViolations(rows, [pc, xadm]);
    expect(broken.map((l) => [l.pool, l.kpi])).toEqual([
      ['se/XADM', 'utilisation'],
      ['problemControl', 'backlog.growth'],
    ]);
    expect(broken[1].text).toBe('pool:problemControl backlog grows from 13 to 549 cases');
    expect(broken[1].value).toBe(400);
  });

  it('names the pools that hold cases: routers, SE specialties, pods, beta, Problem Control, escalation; not TLs, escalation managers or TAMs', () => {
    const holding = ['router', 'se/XADM', 'se/My Team', 'pods', 'beta', 'problemControl', 'escalation'];
    for (const pool of holding) expect(holdsCases(`pool:${pool}`), pool).toBe(true);
    for (const pool of ['tl', 'escalationManagers', 'tams', 'se', 'routers'])
      expect(holdsCases(`pool:${pool}`), pool).toBe(false);
    expect(holdsCases('severity:A')).toBe(false);
  });

  it('breaks the limit for a pool that holds cases above 95% mean utilisation only, whatever the others do', () => {
    const rows = [
      utilisation('pool:router', 0.5),
      utilisation('pool:se/XADM', 0.951),
      utilisation('pool:se/XCON', MAX_UTILISATION),
      utilisation('pool:problemControl', 0.99),
      utilisation('pool:beta', NaN),
      // TLs and escalation managers work beside the case: busy as they may be, no limit.
      utilisation('pool:tl', 0.99),
      utilisation('pool:escalationManagers', 1),
      { ...utilisation('pool:pods', 0.2), kpi: 'wait.probability', mean: 0.99 },
    ];
    const broken = poolLimitViolations(rows);
    expect(broken.map((l) => l.pool)).toEqual(['se/XADM', 'problemControl']);
    expect(broken[0]).toEqual({
      pool: 'se/XADM',
      kpi: 'utilisation',
      op: '<=',
      target: 0.95,
      value: 0.951,
      halfWidth: 0.004,
      text: 'pool:se/XADM utilisation 95.1% above 95.0%',
    });
    expect(poolLimitViolations(rows.filter((r) => r.mean <= 0.95))).toEqual([]);
  });
});

describe('a goal on Sev B alone cannot starve Sev C', () => {
  // The M/M/c desk (9 Erlangs) with 30% Sev B, answered first (priority queue), and the goal on
  // Sev B only: with 9 routers the desk is saturated (utilisation near 100%, Sev C queues for
  // ever) while Sev B, served first, still meets its goal. Only the pool limit stops the search
  // there: 10 routers (90% busy) is the fewest that keeps the desk at or below 95%.
  const desk = (staff: number): Record<string, unknown> =>
    routerDesk({
      staff,
      replications: 3,
      days: 4,
      severity: { A: 0, B: 0.3, C: 0.7 },
      firstResponse: { B: '5m', C: '30m' },
    });
  const goals = parseGoals(['sla.attainment@severity:B>=0.9']);

  it('stops at 10 routers: the 9-router desk meets the Sev B goal but breaks the utilisation limit', async () => {
    const steps: string[] = [];
    const result = await optimizeStaffing(desk(14), {
      file,
      parse,
      runMany: runManySequential,
      goals,
      onStep: (m) => steps.push(m),
    });
    expect([result.outcome, result.staffing[0].after, result.limits]).toEqual(['optimal', 10, []]);
    expect(steps).toContain(
      steps.find((s) =>
        /^cannot remove router 10 -> 9: every goal met, pool:router utilisation 9\d\.\d% above 95\.0%/.test(
          s,
        ),
      ),
    );
    // The 9-router desk, simulated again: Sev B met at the bound, the router busy above 95%.
    const scenario = parse(desk(9));
    const summary = summarise(scenario, (await runManySequential([scenario]))[0]);
    const rows = new Map(summary.kpis.map((k) => [`${k.kpi}|${k.scope}`, k]));
    expect(checkGoal(result.goals[0].goal, rows, 'bound').met).toBe(true);
    expect(poolLimitViolations(summary.kpis).map((l) => l.pool)).toEqual(['router']);
    expect(rows.get('sla.attainment|severity:C')!.mean).toBeLessThan(0.9);
  });
});
