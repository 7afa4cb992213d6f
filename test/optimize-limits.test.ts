import { describe, expect, it } from 'vitest';
import type { KpiRow } from '../src/sim/index.js';
import { holdsCases, MAX_UTILISATION, poolLimitViolations } from '../src/cli/optimize/limits.js';

function utilisation(scope: string, mean: number): KpiRow {
  return { kpi: 'utilisation', scope, mean, halfWidth: 0.004, replications: 4, unit: 'share' };
}

describe('pool limits of the staffing search', () => {
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
