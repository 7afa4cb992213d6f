import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseScenario, summarise, type Scenario } from '../src/sim/index.js';
import { runManySequential } from '../src/cli/plan/run-many.js';
import {
  formatOptimizeTable,
  optimizeCsv,
  optimizeStaffing,
  seTeams,
  type OptimizeResult,
} from '../src/cli/optimize/index.js';

// The baseline, shortened to 21 days (7 warm-up) and 4 replications, searching the three SE
// specialties against the default goals (every severity's first response within its target
// for 90% of cases).
const file = 'scenarios/baseline.json';
const base = dirname(resolve(file));
const parse = (raw: unknown): Scenario =>
  parseScenario(raw, { file, readText: (p) => readFileSync(resolve(base, p), 'utf8') });
const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
raw.horizon = { days: 21, warmupDays: 7 };
raw.replications = 4;
const input = JSON.stringify(raw);
const pools = ['se/XADM', 'se/XCON', 'se/XCSI'];

/** The raw scenario with one specialty's SEs set to `headcount` (teams of at most 14). */
function withSes(scenario: unknown, specialty: string, headcount: number): Record<string, unknown> {
  const copy = structuredClone(scenario) as { pools: { se: { specialties: Record<string, unknown> } } };
  copy.pools.se.specialties[specialty] = seTeams(headcount);
  return copy as unknown as Record<string, unknown>;
}

describe('staffing search on the baseline (21 days, 4 replications, SE specialties)', () => {
  let result: OptimizeResult;

  beforeAll(async () => {
    result = await optimizeStaffing(raw, { file, parse, runMany: runManySequential, pools });
  });

  it('returns a staffing whose final run meets every goal', () => {
    expect(result.outcome).toBe('optimal');
    expect(result.goals.map((g) => `${g.goal.kpi}@${g.goal.scope}`)).toEqual([
      'sla.attainment@severity:A',
      'sla.attainment@severity:B',
      'sla.attainment@severity:C',
      // The baseline's premier and tier3 customers have targets of their own: a goal per cell.
      ...['A', 'B', 'C'].flatMap((s) =>
        ['premier', 'tier3'].map((c) => `sla.attainment@severity:${s}/contract:${c}`),
      ),
    ]);
    expect(result.goals.every((g) => g.met)).toBe(true);
    for (const check of result.summary.sla) expect(check.attainment).toBeGreaterThanOrEqual(0.9);
    expect(result.costPerWeek).toBeLessThanOrEqual(result.costPerWeekBefore);
  });

  it('writes the staffing into a copy of the input, which parses to the headcounts reported', () => {
    expect(JSON.stringify(raw)).toBe(input);
    const out = parse(result.scenario);
    for (const s of result.staffing) {
      const teams = out.pools.se.specialties[s.pool.slice(3)];
      expect(teams.teams * teams.sesPerTeam).toBe(s.after);
      expect(teams.sesPerTeam).toBeLessThanOrEqual(14);
    }
    // The routers were not searched: the baseline's 14.
    expect(out.pools.router.staff).toBe(14);
  });

  it('cannot lose the next smaller SE team structure of any changed specialty without breaking a goal', async () => {
    // "One person fewer" is the next smaller size equal teams can hold (22 = 2 x 11 -> 20 = 2 x 10).
    // Each such neighbour is simulated again here, on the same seed and replications.
    const changed = result.staffing.filter((s) => s.after !== s.before);
    expect(changed.length).toBeGreaterThan(0);
    for (const s of changed) {
      const specialty = s.pool.slice(3);
      let smaller = s.after - 1;
      while (smaller > 0 && seTeams(smaller).teams * seTeams(smaller).sesPerTeam >= s.after) smaller--;
      const scenario = parse(withSes(result.scenario, specialty, smaller));
      const [results] = await runManySequential([scenario]);
      const summary = summarise(scenario, results);
      const cost = summary.kpis.find((k) => k.kpi === 'cost.perWeek' && k.scope === 'all')!.mean;
      const broken = summary.sla.some((c) => !c.met) || cost >= result.costPerWeek;
      expect(broken, `${s.pool} at ${smaller}`).toBe(true);
    }
  });

  it('prints a table that fits 100 columns and a CSV with one row per pool (then one per shift of its five), the total and one per goal (nine)', () => {
    const table = formatOptimizeTable(result);
    expect(Math.max(...table.split('\n').map((l) => l.length))).toBeLessThanOrEqual(100);
    for (const p of pools) expect(table).toContain(`  ${p} `);
    const rows = optimizeCsv(result).trimEnd().split('\n');
    expect(rows[0]).toBe(
      'kind,name,role,unit,before,after,costPerWeekBefore,costPerWeek,op,target,value,halfWidth,met',
    );
    const pool = ['pool', 'shift', 'shift', 'shift', 'shift', 'shift'];
    expect(rows.slice(1).map((r) => r.split(',')[0])).toEqual([
      ...pool,
      ...pool,
      ...pool,
      'total',
      ...Array<string>(9).fill('goal'),
    ]);
    // The SEs of a specialty are split over the follow-the-sun shifts: they add up to its headcount.
    for (const s of result.staffing) expect(s.shifts!.reduce((n, x) => n + x.after, 0)).toBe(s.after);
    expect(rows[2].split(',').slice(0, 5)).toEqual(['shift', 'se/XADM/home early', 'se', 'people', '14']);
    expect(rows[1].split(',').slice(0, 6)).toEqual([
      'pool',
      'se/XADM',
      'se',
      'people',
      '42',
      String(result.staffing[0].after),
    ]);
    expect(rows.at(-1)!.split(',').slice(0, 2)).toEqual([
      'goal',
      'sla.attainment@severity:C/contract:tier3>=0.9',
    ]);
  });
});
