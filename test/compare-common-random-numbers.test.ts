import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareReplications, formatComparisonTable, type ComparisonRow } from '../src/cli/compare/index.js';
import { runManySequential } from '../src/cli/plan/run-many.js';
import type { ReplicationResult, Scenario } from '../src/sim/index.js';
import { scenarioFrom } from './support/scenario.js';
import { independentDifference } from './support/welch.js';

/**
 * The baseline shortened to 21 days (7 warm-up) and 8 replications, against the same with one
 * more SE in each of the three XADM teams (14 → 15 per team, 42 → 45 XADM SEs).
 */
const FILE = 'scenarios/baseline.json';
interface Raw {
  name: string;
  seed: number;
  horizon: { days: number; warmupDays: number };
  replications: number;
  pools: { se: { specialties: { XADM: { sesPerTeam: number } } } };
}
function baselineRaw(): Raw {
  const raw = JSON.parse(readFileSync(FILE, 'utf8')) as Raw;
  raw.horizon = { days: 21, warmupDays: 7 };
  raw.replications = 8;
  return raw;
}
const rawA = baselineRaw();
const rawB = baselineRaw();
rawB.name = 'One more SE per XADM team';
rawB.pools.se.specialties.XADM.sesPerTeam = 15;
const a: Scenario = scenarioFrom({ ...rawA }, FILE);
const b: Scenario = scenarioFrom({ ...rawB }, FILE);
// The same change on another seed: replications independent of A's, as without common random numbers.
const bIndependent: Scenario = scenarioFrom({ ...rawB, seed: rawA.seed + 1 }, FILE);

let runA: ReplicationResult[];
let runB: ReplicationResult[];
let runBIndependent: ReplicationResult[];
let runAAgain: ReplicationResult[];
let rows: ComparisonRow[];

beforeAll(async () => {
  [runA, runB, runBIndependent, runAAgain] = await runManySequential([a, b, bIndependent, a]);
  rows = compareReplications([a.name, b.name], [runA, runB]);
});

function row(key: string): ComparisonRow {
  const found = rows.find((r) => `${r.kpi}|${r.scope}` === key);
  if (!found) throw new Error(`no row ${key}`);
  return found;
}

function independent(key: string): ReturnType<typeof independentDifference> {
  return independentDifference(
    runA.map((r) => r.kpis.get(key) ?? NaN),
    runBIndependent.map((r) => r.kpis.get(key) ?? NaN),
  );
}

/** The lines of a table wider than 100 characters (counted as characters: "±" and "→" are one). */
function tooWide(table: string): string[] {
  return table
    .trimEnd()
    .split('\n')
    .filter((l) => [...l].length > 100);
}

describe('pairing on common random numbers narrows the interval of a realistic change', () => {
  // Measured with these seeds (paired on 2026; independent B on 2027), half-widths paired vs
  // independent: first response mean 0.72 vs 10.5 minutes (ratio 0.07), Sev B attainment 0.081
  // vs 1.14 percentage points (0.07), XADM mean wait 1.89 vs 17.2 minutes (0.11). Over eleven
  // seed pairs tried while writing this test the ratio stayed between 0.02 and 0.18, so
  // "less than half" holds with a margin of more than 2.5 times the worst case seen. The
  // pairs are so strongly correlated (ρ ≈ 0.99) because the two scenarios differ in 3 SEs of 164.
  // Since SEs are people on a follow-the-sun rota, 3 more XADM SEs also change how the 45 are
  // spread over the five shifts, and the XADM mean wait's ratio is 0.56 (1.48 vs 2.63 minutes):
  // pairing still narrows it (next test) but by less than half, so it is not in this list.
  for (const [key, label] of [
    ['firstResponse.mean|all', 'the mean first response'],
    ['sla.attainment|severity:B', 'the Sev B SLA attainment'],
  ] as const) {
    it(`gives ${label} a paired half-width less than half the independent (Welch) one`, () => {
      const paired = row(key);
      const apart = independent(key);
      expect(paired.replications).toBe(8);
      expect(apart).toMatchObject({ nA: 8, nB: 8 });
      expect(paired.halfWidth).toBeGreaterThan(0);
      expect(paired.halfWidth).toBeLessThan(0.5 * apart.halfWidth);
    });
  }

  it('finds the XADM wait shorter, significantly, where the independent interval cannot tell', () => {
    const paired = row('wait.mean|pool:se/XADM');
    expect(paired.difference).toBeLessThan(0);
    expect(paired.significant).toBe(true);
    const apart = independent('wait.mean|pool:se/XADM');
    expect(Math.abs(apart.mean)).toBeLessThan(apart.halfWidth);
  });

  it('lowers XADM utilisation by about the capacity ratio 42/45', () => {
    // The same XADM work spread over 45 SEs instead of 42: utilisation × 42/45, i.e. −6.7% of
    // the base level. Tolerance 1 percentage point: overtime and when shrinkage is taken shift
    // work in and out of the shifts a little (measured: −5.22 pp against −5.05 pp expected).
    const u = row('utilisation|pool:se/XADM');
    expect(u.significant).toBe(true);
    expect(Math.abs(u.difference - u.baseMean * (42 / 45 - 1))).toBeLessThan(0.01);
  });

  it('adds exactly 3 XADM SEs in every pair: a difference of 3 with half-width 0', () => {
    expect(row('headcount|pool:se/XADM')).toMatchObject({
      baseMean: 42,
      otherMean: 45,
      difference: 3,
      halfWidth: 0,
      significant: true,
    });
  });

  it('leaves the routers, upstream of the SEs, with the very same cases and waits in every pair', () => {
    for (const key of ['arrivals|all', 'wait.mean|pool:router', 'abandoned.share|pool:router']) {
      expect(row(key)).toMatchObject({ difference: 0, halfWidth: 0, significant: false });
    }
  });

  it('prints a table within 100 columns that marks the XADM changes and counts every significant KPI', () => {
    const table = formatComparisonTable(rows, { seed: a.seed, days: 21, warmupDays: 7 });
    expect(tooWide(table)).toEqual([]);
    // The XADM line shows the rows' own numbers, marked significant; the router line is unchanged.
    const xadm = rows.find((r) => r.kpi === 'utilisation' && r.scope === 'pool:se/XADM')!;
    const pct = (x: number) => (x * 100).toFixed(1);
    const change = `${xadm.difference < 0 ? '-' : '+'}${pct(Math.abs(xadm.difference))} ± ${pct(xadm.halfWidth)} pp`;
    expect(xadm.significant).toBe(true);
    const xadmLine = table.split('\n').find((l) => l.startsWith('  se/XADM'))!;
    expect(xadmLine.replace(/ +/g, ' ')).toBe(
      ` se/XADM ${pct(xadm.baseMean)}% → ${pct(xadm.otherMean)}% ${change} *`,
    );
    expect(table).toMatch(/^ {2}router +\d+\.\d% +→ +\d+\.\d% +0\.0 ± 0\.0 pp$/m);
    const significant = rows.filter((r) => r.significant).length;
    const compared = rows.filter((r) => r.replications >= 2).length;
    expect(table.trimEnd().split('\n').at(-1)).toBe(
      `Significant changes: B − A: ${significant} of ${compared} KPIs`,
    );
  });
});

describe('a scenario compared with itself', () => {
  it('gives zero differences and no significant row', () => {
    const same = compareReplications([a.name, a.name], [runA, runAAgain]);
    expect(same.length).toBeGreaterThan(200);
    for (const r of same) {
      expect(r.significant, `${r.kpi}|${r.scope}`).toBe(false);
      if (r.replications === 0) continue;
      expect(r.difference, `${r.kpi}|${r.scope}`).toBe(0);
      expect(r.otherMean).toBe(r.baseMean);
      if (r.replications >= 2) expect(r.halfWidth, `${r.kpi}|${r.scope}`).toBe(0);
    }
    expect(formatComparisonTable(same)).toMatch(/\nSignificant changes: B − A: 0 of \d+ KPIs\n$/);
  });
});
