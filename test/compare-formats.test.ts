import { describe, expect, it } from 'vitest';
import {
  comparisonCsv,
  comparisonJson,
  formatComparisonTable,
  scenarioLabel,
  type ComparisonRow,
} from '../src/cli/compare/index.js';

function row(fields: Partial<ComparisonRow> & Pick<ComparisonRow, 'kpi' | 'scope' | 'unit'>): ComparisonRow {
  return {
    base: 'Base',
    other: 'Plus one',
    baseMean: 1,
    otherMean: 1,
    difference: 0,
    halfWidth: 0,
    replications: 8,
    significant: false,
    ...fields,
  };
}

const ROWS: ComparisonRow[] = [
  row({
    kpi: 'sla.attainment',
    scope: 'severity:A',
    unit: 'share',
    baseMean: 0.875,
    otherMean: 0.9,
    difference: 0.025,
    halfWidth: 0.01,
    significant: true,
  }),
  row({
    kpi: 'firstResponse.mean',
    scope: 'all',
    unit: 'minutes',
    baseMean: 108.4,
    otherMean: 107.5,
    difference: -0.9,
    halfWidth: 1.2,
  }),
  row({
    kpi: 'reached.share',
    scope: 'tier:escalation',
    unit: 'share',
    baseMean: 0.01,
    otherMean: 0.02,
    difference: 0.01,
    halfWidth: NaN,
    replications: 1,
  }),
  row({
    kpi: 'cost.perWeek',
    scope: 'all',
    unit: 'currency',
    baseMean: 614333,
    otherMean: 620906,
    difference: 6573,
    halfWidth: 1952,
    significant: true,
  }),
  row({
    kpi: 'hotfixes.requested',
    scope: 'all',
    unit: 'cases',
    baseMean: NaN,
    otherMean: NaN,
    difference: NaN,
    halfWidth: NaN,
    replications: 0,
  }),
];

describe('comparisonCsv', () => {
  it('writes one tidy row per KPI with the header the planners asked for', () => {
    const lines = comparisonCsv(ROWS).trimEnd().split('\n');
    expect(lines[0]).toBe(
      'kpi,scope,unit,base,other,baseMean,otherMean,difference,halfWidth,replications,significant',
    );
    expect(lines[1]).toBe('sla.attainment,severity:A,share,Base,Plus one,0.875,0.9,0.025,0.01,8,true');
    expect(lines[3]).toBe('reached.share,tier:escalation,share,Base,Plus one,0.01,0.02,0.01,,1,false');
    expect(lines[5]).toBe('hotfixes.requested,all,cases,Base,Plus one,,,,,0,false');
    expect(lines).toHaveLength(ROWS.length + 1);
  });

  it('writes 10 significant digits and quotes a scenario name with a comma or a quote', () => {
    const csv = comparisonCsv([
      row({ kpi: 'wait.mean', scope: 'all', unit: 'minutes', base: 'Base, "old"', difference: 2 / 3 }),
    ]);
    expect(csv.split('\n')[1]).toBe(
      'wait.mean,all,minutes,"Base, ""old""",Plus one,1,1,0.6666666667,0,8,false',
    );
  });
});

describe('comparisonJson', () => {
  it('lists the scenarios, counts significant rows per scenario and writes NaN as null', () => {
    const json = JSON.parse(comparisonJson(ROWS)) as {
      base: string;
      others: Array<{ name: string; significant: number; compared: number }>;
      rows: Array<Record<string, unknown>>;
    };
    expect(json.base).toBe('Base');
    expect(json.others).toEqual([{ name: 'Plus one', significant: 2, compared: 3 }]);
    expect(json.rows[2]).toMatchObject({
      kpi: 'reached.share',
      halfWidth: null,
      replications: 1,
      significant: false,
    });
    expect(json.rows[4]).toMatchObject({ baseMean: null, otherMean: null, difference: null });
  });
});

describe('formatComparisonTable', () => {
  const table = formatComparisonTable(ROWS, { seed: 2026, days: 21, warmupDays: 7 });

  it('heads the table with the run and the scenarios under their letters', () => {
    const lines = table.split('\n');
    expect(lines[0]).toBe(
      'Comparison on common random numbers: 8 paired replication(s) x 21 days (7 warm-up), seed 2026',
    );
    expect(lines[1]).toBe('  A  Base');
    expect(lines[2]).toBe('  B  Plus one');
  });

  it('shows A → B and the change ± half-width, in percentage points for shares, with * when significant', () => {
    expect(table).toMatch(/^ {2}Sev A attainment +87\.5% +→ +90\.0% +\+2\.5 ± 1\.0 pp {2}\*$/m);
    expect(table).toMatch(/^ {2}first response mean +108\.4 +→ +107\.5 +-0\.9 ± 1\.2$/m);
    expect(table).toMatch(/^ {2}per week +614333 +→ +620906 +\+6573 ± 1952 {2}\*$/m);
  });

  it('says n < 2 instead of a half-width for a single pair', () => {
    expect(table).toMatch(/^ {2}reaching escalation +1\.0% +→ +2\.0% +\+1\.0 pp \(n < 2\)$/m);
  });

  it('leaves out sections none of whose KPIs are in the rows', () => {
    expect(table).not.toMatch(/^Utilisation/m);
    expect(table).not.toMatch(/^Wait mean/m);
  });

  it('ends with the count of significant KPIs among those with at least 2 pairs', () => {
    expect(table.trimEnd().split('\n').at(-1)).toBe('Significant changes: B − A: 2 of 3 KPIs');
  });

  it('gives each further scenario its own block and count, and cuts long names to 100 columns', () => {
    const long =
      'A scenario name far too long for any terminal, about staffing and routing and cost, repeated twice';
    const more = [...ROWS, ...ROWS.map((r) => ({ ...r, other: long, significant: false }))];
    const text = formatComparisonTable(more);
    const lines = text.trimEnd().split('\n');
    expect(lines.filter((l) => [...l].length > 100)).toEqual([]);
    expect(lines[3]).toMatch(/^ {2}C {2}A scenario name far too long.*…$/);
    expect(lines.filter((l) => /^First response SLA +A +B +B − A$/.test(l))).toHaveLength(1);
    expect(lines.filter((l) => /^First response SLA +A +C +C − A$/.test(l))).toHaveLength(1);
    expect(lines.at(-1)).toBe('Significant changes: B − A: 2 of 3 KPIs, C − A: 0 of 3 KPIs');
  });

  it('labels scenarios A to Z, then by number', () => {
    expect([0, 1, 25, 26].map(scenarioLabel)).toEqual(['A', 'B', 'Z', '#27']);
  });
});
