import { describe, expect, it } from 'vitest';
import type { ComparisonRow, KpiRow, SlaCheck, UnstablePool } from '../src/sim/index.js';
import { formatComparisonTable } from '../src/cli/compare/index.js';
import { formatBatchTable } from '../src/cli/batch-table.js';
import { formatSweepTable } from '../src/cli/sweep-command.js';
import type { FinishedVariant } from '../src/cli/plan/aggregate.js';
import type { ReportSummary } from '../src/cli/plan/report.js';

// A variant whose XADM team cannot keep up resolves fewer cases for the same payroll: its cost per
// resolved case falls by 40 (significant), which must not read as a saving.
const row = (kpi: string, unit: string, base: number, other: number): ComparisonRow => ({
  kpi,
  scope: 'all',
  unit,
  base: 'Baseline',
  other: 'Fewer SEs',
  baseMean: base,
  otherMean: other,
  difference: other - base,
  halfWidth: 5,
  replications: 4,
  significant: Math.abs(other - base) > 5,
});
const rows = [row('cost.perWeek', 'currency', 550000, 520000), row('cost.perCase', 'currency', 400, 360)];

const xadm: UnstablePool = {
  pool: 'se/XADM',
  offeredHoursPerWeek: 1038,
  availableHoursPerWeek: 801,
  busyHoursPerWeek: 845,
  utilisation: 1,
  backlogAtStart: 243,
  backlogAtEnd: 351,
  warning: 'pool:se/XADM cannot keep up: busy 845 h/week with 801 h/week available',
};

const sla = (severity: 'A' | 'B' | 'C'): SlaCheck => ({
  severity,
  targetMinutes: 60,
  goal: 0.9,
  attainment: 0.95,
  halfWidth: 0.01,
  met: true,
});
const kpi = (name: string, mean: number): KpiRow => ({
  kpi: name,
  scope: 'all',
  mean,
  halfWidth: 1,
  replications: 4,
  unit: 'currency',
});
function report(name: string, cost: number, unstable: UnstablePool[]): ReportSummary {
  return {
    scenario: name,
    seed: 1,
    replications: 4,
    days: 35,
    warmupDays: 7,
    kpis: [kpi('cost.perWeek', cost), kpi('cost.perCase', cost / 1000)],
    sla: [sla('A'), sla('B'), sla('C')],
    warnings: unstable.map((u) => u.warning),
    unstable,
  };
}

describe('a pool that cannot keep up is marked wherever runs are compared', () => {
  it('compare: marks the cost per case "work left undone" instead of significant, and names the pool', () => {
    const table = formatComparisonTable(rows, { unstable: new Map([['Fewer SEs', ['se/XADM']]]) });
    const perCase = table.split('\n').find((l) => l.startsWith('  per resolved case'))!;
    expect(perCase).toMatch(/! work left undone$/);
    expect(perCase).not.toMatch(/\*$/);
    expect(table).toMatch(/^! In B these pools cannot keep up .*: pool:se\/XADM$/m);
    // The cost per week is a real change, still marked.
    expect(table.split('\n').find((l) => l.startsWith('  per week'))).toMatch(/\*$/);
  });

  it('compare: marks the cost per case significant as usual when every pool keeps up', () => {
    const table = formatComparisonTable(rows);
    expect(table.split('\n').find((l) => l.startsWith('  per resolved case'))).toMatch(/\*$/);
    expect(table).not.toMatch(/cannot keep up/);
  });

  it('batch: puts "!" after the goals of the unstable scenario and lists its pool below', () => {
    const table = formatBatchTable([
      { id: 'baseline', report: report('Baseline', 550000, []) },
      { id: 'fewer', report: report('Fewer SEs', 520000, [xadm]) },
    ]);
    const lines = table.trimEnd().split('\n');
    expect(lines[1]).toMatch(/ PASS /);
    expect(lines[2]).toMatch(/ PASS! /);
    expect(lines.slice(-2)).toEqual([
      '! a pool cannot keep up (figures grow with the run length; cost per case counts only work done):',
      '  fewer: pool:se/XADM',
    ]);
  });

  it('sweep: leaves a cheaper variant that meets the goals with an unstable pool off the feasible list, and counts it', () => {
    const variant = (id: string, r: ReportSummary): FinishedVariant => ({
      id,
      label: id,
      file: `${id}.json`,
      values: [],
      report: r,
    });
    const table = formatSweepTable(
      [variant('v1', report('Baseline', 550000, [])), variant('v2', report('Fewer SEs', 520000, [xadm]))],
      2,
    );
    expect(table.split('\n')[0]).toBe('1 of 2 variants meet every SLA goal, cheapest first:');
    expect(table).not.toMatch(/^v2 /m);
    expect(table).toMatch(/^! 1 more meet the goals with a pool that cannot keep up \(not listed\): v2$/m);
  });
});
