import { describe, expect, it } from 'vitest';
import type { KpiRow } from '../src/sim/index.js';
import { Acceptance } from '../src/cli/optimize/acceptance.js';
import type { Evaluation } from '../src/cli/optimize/evaluator.js';
import { parseGoals } from '../src/cli/optimize/goals.js';

/** A run with these means (half-width 0.02 each) and this cost: enough of an Evaluation to judge. */
function run(costPerWeek: number, means: Record<string, number>): Evaluation {
  const rows = new Map<string, KpiRow>(
    Object.entries(means).map(([key, mean]) => {
      const [kpi, scope] = key.split('@');
      return [`${kpi}|${scope}`, { kpi, scope, mean, halfWidth: 0.02, replications: 5, unit: 'share' }];
    }),
  );
  return { costPerWeek, rows } as unknown as Evaluation;
}

const goals = parseGoals(['sla.attainment@severity:B>=0.9', 'sla.attainment@severity:C>=0.9']);
const acceptance = new Acceptance(goals, 'bound');

describe('what the staffing search accepts', () => {
  it('accepts a run only when every goal holds at the bound and no pool that holds cases is above 95%', () => {
    const ok = { 'sla.attainment@severity:B': 0.95, 'sla.attainment@severity:C': 0.93 };
    expect(acceptance.met(run(100, ok))).toBe(true);
    expect(acceptance.met(run(100, { ...ok, 'sla.attainment@severity:C': 0.91 }))).toBe(false);
    expect(acceptance.met(run(100, { ...ok, 'utilisation@pool:se/XADM': 0.96 }))).toBe(false);
    expect(acceptance.describe(run(100, { ...ok, 'utilisation@pool:se/XADM': 0.96 }))).toBe(
      'every goal met, pool:se/XADM utilisation 96.0% above 95.0%, cost 100/week',
    );
    expect(acceptance.describe(run(100, { ...ok, 'sla.attainment@severity:C': 0.91 }))).toBe(
      '1 of 2 goals met, worst sla.attainment@severity:C>=0.9 at 89.0% (bound), cost 100/week',
    );
  });

  it('once goals are out of reach, accepts what meets every goal met there and is no worse on the others', () => {
    const stuck = run(500, { 'sla.attainment@severity:B': 0.95, 'sla.attainment@severity:C': 0.89 });
    const relaxed = acceptance.noWorseThan(stuck);
    expect(relaxed.goals.map((g) => g.target)).toEqual([0.9, 0.87]);
    expect(relaxed.met(stuck)).toBe(true);
    expect(
      relaxed.met(run(300, { 'sla.attainment@severity:B': 0.93, 'sla.attainment@severity:C': 0.89 })),
    ).toBe(true);
    // Sev C a little worse, or Sev B no longer met: refused.
    expect(
      relaxed.met(run(300, { 'sla.attainment@severity:B': 0.95, 'sla.attainment@severity:C': 0.88 })),
    ).toBe(false);
    expect(
      relaxed.met(run(300, { 'sla.attainment@severity:B': 0.91, 'sla.attainment@severity:C': 0.89 })),
    ).toBe(false);
  });

  it('finds the run closest to acceptance: fewest broken limits, then least shortfall, then the cheapest', () => {
    const a = run(100, { 'sla.attainment@severity:B': 0.8, 'sla.attainment@severity:C': 0.95 });
    const b = run(300, { 'sla.attainment@severity:B': 0.9, 'sla.attainment@severity:C': 0.95 });
    const c = run(200, { 'sla.attainment@severity:B': 0.9, 'sla.attainment@severity:C': 0.95 });
    const d = run(50, {
      'sla.attainment@severity:B': 0.99,
      'sla.attainment@severity:C': 0.99,
      'utilisation@pool:beta': 0.99,
    });
    expect(acceptance.closest([a, b, c, d])).toBe(c);
  });
});
