import { kpiKey, type KpiRow, type Scenario } from '../../sim/index.js';
import { headcountOf, roleOf, type PoolKey } from './pools.js';

type Rows = ReadonlyMap<string, KpiRow>;

function mean(rows: Rows, kpi: string, scope: string): number {
  const value = rows.get(kpiKey(kpi, scope))?.mean ?? 0;
  return Number.isFinite(value) ? value : 0;
}

/**
 * Labour cost per week of one pool in a run (mean over replications, overtime included), from
 * the run's role costs (src/sim/run/cost.ts). A pool with a role of its own costs that role;
 * an SE specialty costs its SEs (paid hours shared per head, plus its own overtime) and its
 * share, by teams, of the TLs and team managers.
 */
export function poolCostPerWeek(scenario: Scenario, rows: Rows, pool: PoolKey): number {
  const role = roleOf(pool);
  if (role !== 'se') return mean(rows, 'cost.perWeek', `role:${role}`);
  const specialties = scenario.specialties;
  const rate = scenario.costs.perHour.se;
  const factor = scenario.costs.overtimeFactor;
  const overtime = (s: string): number => mean(rows, 'overtime.hoursPerWeek', `pool:se/${s}`);
  const ses = specialties.reduce((n, s) => n + headcountOf(scenario, `se/${s}`), 0);
  const teams = specialties.reduce((n, s) => n + scenario.pools.se.specialties[s].teams, 0);
  const specialty = pool.slice(3);
  let cost = 0;
  if (rate > 0 && ses > 0) {
    // Paid hours per SE: the role's cost less everybody's overtime, per head.
    const overtimeHours = specialties.reduce((h, s) => h + overtime(s), 0);
    const paidPerSe = (mean(rows, 'cost.perWeek', 'role:se') / rate - overtimeHours * factor) / ses;
    cost += rate * (headcountOf(scenario, pool) * paidPerSe + overtime(specialty) * factor);
  }
  if (teams > 0) {
    const share = scenario.pools.se.specialties[specialty].teams / teams;
    cost += share * (mean(rows, 'cost.perWeek', 'role:tl') + mean(rows, 'cost.perWeek', 'role:teamManager'));
  }
  return cost;
}
