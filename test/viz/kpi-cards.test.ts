import { describe, expect, it } from 'vitest';
import type { ComparisonRow, KpiRow } from '../../src/sim/index.js';
import { prepareKpiCards } from '../../src/viz/views/kpi-cards.js';

const scenario = { sla: { firstResponse: { A: 60, B: 120, C: 480 }, goal: 0.9 } };
const row = (kpi: string, scope: string, mean: number, halfWidth = 0.01): KpiRow => ({
  kpi,
  scope,
  mean,
  halfWidth,
  replications: 10,
  unit: '',
});

const kpis: KpiRow[] = [
  row('sla.attainment', 'severity:A', 0.95, 0.011),
  row('sla.attainment', 'severity:B', 0.85, 0.02),
  row('sla.attainment', 'severity:C', 0.9, 0.003),
  row('sla.attainment', 'all', 0.2), // not a card
  row('wait.mean', 'pool:se/XADM', 46.6), // another pool's wait: not the ASA
  row('wait.mean', 'pool:router', 0.39, 0.02),
  row('abandoned.share', 'pool:router', 0.029, 0.002),
  row('reached.share', 'tier:problemControl', 0.059),
  row('reached.share', 'tier:escalation', 0.0069, 0.0008),
  row('cost.perWeek', 'role:se', 250_000),
  row('cost.perWeek', 'all', 614_036, 917),
  row('cost.perCase', 'all', 445, 4),
];

function comparisonRow(
  kpi: string,
  scope: string,
  baseMean: number,
  otherMean: number,
  halfWidth: number,
  significant: boolean,
): ComparisonRow {
  return {
    kpi,
    scope,
    unit: '',
    base: 'plan',
    other: 'what-if',
    baseMean,
    otherMean,
    difference: otherMean - baseMean,
    halfWidth,
    replications: 10,
    significant,
  };
}

describe('prepareKpiCards', () => {
  it('makes the eight headline cards in order, each keyed by its kpi|scope', () => {
    expect(prepareKpiCards({ kpis }, scenario).map((c) => c.key)).toEqual([
      'sla.attainment|severity:A',
      'sla.attainment|severity:B',
      'sla.attainment|severity:C',
      'wait.mean|pool:router',
      'abandoned.share|pool:router',
      'reached.share|tier:escalation',
      'cost.perWeek|all',
      'cost.perCase|all',
    ]);
  });

  it('picks the mean and half-width of the right rows', () => {
    const cards = new Map(prepareKpiCards({ kpis }, scenario).map((c) => [c.key, c]));
    expect(cards.get('wait.mean|pool:router')).toMatchObject({
      mean: 0.39,
      halfWidth: 0.02,
      kind: 'minutes',
    });
    expect(cards.get('reached.share|tier:escalation')).toMatchObject({
      mean: 0.0069,
      reference: { label: 'reference', value: 0.01 },
    });
    expect(cards.get('cost.perWeek|all')).toMatchObject({ mean: 614_036, kind: 'currency' });
  });

  it('judges SLA attainment against the goal: 95% meets 90%, 85% misses it, exactly 90% meets it', () => {
    const cards = prepareKpiCards({ kpis }, scenario);
    expect(cards.slice(0, 3).map((c) => c.verdict)).toEqual(['met', 'missed', 'met']);
    expect(cards[0].detail).toBe('first response within 1 h; goal 90%');
    expect(cards[0].goal).toBe(0.9);
    expect(cards.slice(3).every((c) => c.verdict === null && c.goal === null)).toBe(true);
  });

  it('gives no verdict and a NaN value when a severity had no case or a row is missing', () => {
    const cards = prepareKpiCards({ kpis: [row('sla.attainment', 'severity:A', Number.NaN)] }, scenario);
    expect(cards[0].verdict).toBeNull();
    expect(cards[1].mean).toBeNaN();
    expect(cards[6].mean).toBeNaN();
  });

  it('has no comparison without one, and the plan value and paired difference with one', () => {
    expect(prepareKpiCards({ kpis }, scenario).every((c) => c.comparison === null)).toBe(true);
    const comparison = [
      comparisonRow('sla.attainment', 'severity:B', 0.8, 0.85, 0.02, true),
      comparisonRow('wait.mean', 'pool:router', 0.3, 0.39, 0.05, true),
      comparisonRow('cost.perWeek', 'all', 614_036, 614_036, 0, false),
      comparisonRow('reached.share', 'tier:escalation', 0.006, 0.0069, 0.0002, true),
    ];
    const cards = new Map(prepareKpiCards({ kpis }, scenario, comparison).map((c) => [c.key, c]));
    const b = cards.get('sla.attainment|severity:B')?.comparison;
    expect(b).toMatchObject({ planValue: 0.8, halfWidth: 0.02, significant: true, change: 'better' });
    expect(b?.difference).toBeCloseTo(0.05, 12);
    expect(cards.get('wait.mean|pool:router')?.comparison?.change).toBe('worse'); // a longer wait
    expect(cards.get('cost.perWeek|all')?.comparison).toMatchObject({
      difference: 0,
      significant: false,
      change: null,
    });
    expect(cards.get('reached.share|tier:escalation')?.comparison?.change).toBeNull(); // no better direction
    expect(cards.get('sla.attainment|severity:A')?.comparison).toBeNull(); // no row for it
  });
});
