import { describe, expect, it } from 'vitest';
import { runManySequential } from '../src/cli/plan/run-many.js';
import { optimizeStaffing, parseGoals, type OptimizeResult } from '../src/cli/optimize/index.js';
import { DESK_FILE as file, parseDesk as parse } from './fixtures/optimize/desk.js';

/**
 * A small organisation in textbook mode (M/M/c pools): 3 cases an hour, all routed to one SE
 * specialty (20 minutes of work), half of them then need Problem Control (an hour each: 1.5
 * Erlangs) and none an escalation engineer. One Problem Control SE cannot keep up; two are 75%
 * busy with a mean wait of about 77 minutes (Erlang C), three 50% busy with about 10.
 */
function org(problemControl: number): Record<string, unknown> {
  return {
    name: 'Small organisation',
    seed: 5,
    textbook: true,
    horizon: { days: 20, warmupDays: 2 },
    replications: 3,
    specialties: ['XADM'],
    arrivals: { casesPerHour: 3, mix: { specialty: { XADM: 1 }, severity: { A: 0, B: 0, C: 1 } } },
    pools: {
      router: { staff: 2, closeShare: 0 },
      se: {
        specialties: { XADM: { teams: 1, sesPerTeam: 3 } },
        work: { C: { dist: 'exponential', mean: '20m' } },
      },
      problemControl: { staff: problemControl, work: { dist: 'exponential', mean: '1h' } },
      escalation: { staff: 1 },
    },
    escalation: { toProblemControl: 0.5, toEscalation: 0 },
    sla: { firstResponse: { C: '1h' }, goal: 0.9 },
  };
}

const search = (
  problemControl: number,
  goals?: string[],
): Promise<{ result: OptimizeResult; steps: string[] }> => {
  const steps: string[] = [];
  return optimizeStaffing(org(problemControl), {
    file,
    parse,
    runMany: runManySequential,
    goals: goals === undefined ? undefined : parseGoals(goals),
    onStep: (m) => steps.push(m),
  }).then((result) => ({ result, steps }));
};

const problemControl = (r: OptimizeResult) => r.staffing.find((s) => s.pool === 'problemControl')!;
const utilisation = (r: OptimizeResult) =>
  r.summary.kpis.find((k) => k.kpi === 'utilisation' && k.scope === 'pool:problemControl')!.mean;

describe('escalation pools are searched when their goals or limits bind', () => {
  it('adds a second Problem Control SE when the only one is overloaded, though no goal looks at Problem Control', async () => {
    const { result, steps } = await search(1);
    expect(steps[0]).toMatch(/^pilot: .*pool:problemControl utilisation 100\.0% above 95\.0%/);
    expect(steps).toContain(
      steps.find((s) => s.startsWith('add problemControl 1 -> 2: every goal met, cost')),
    );
    expect(problemControl(result)).toMatchObject({ before: 1, after: 2, guarded: true });
    expect(result.outcome).toBe('optimal');
    expect(utilisation(result)).toBeLessThanOrEqual(0.95);
    // The escalation engineers have no case here: they are not searched.
    expect(result.staffing.map((s) => s.pool)).not.toContain('escalation');
  });

  it('with a goal on its wait, staffs Problem Control both ways: up from 1 and down from 6 to the same 3', async () => {
    const goals = ['wait.mean@pool:problemControl<=30'];
    const up = await search(1, goals);
    const down = await search(6, goals);
    for (const { result, steps } of [up, down]) {
      expect(result.outcome).toBe('optimal');
      expect(problemControl(result)).toMatchObject({ after: 3, guarded: false });
      expect(result.goals[0].judged).toBeLessThanOrEqual(30);
      // Two would wait over an hour on average: the goal, not the limit, binds.
      expect(steps.find((s) => s.startsWith('cannot remove problemControl 3 -> 2'))).toMatch(
        /0 of 1 goals met, worst wait\.mean@pool:problemControl<=30 at \d+/,
      );
    }
    expect(problemControl(down.result).before).toBe(6);
    expect(down.result.costPerWeek).toBeLessThan(down.result.costPerWeekBefore);
  });
});
