import { describe, expect, it } from 'vitest';
import type { ComparisonRow } from '../../src/sim/index.js';
import { changeLine, formatChange } from '../../src/viz/views/change-text.js';
import { prepareChanges } from '../../src/viz/views/changes-table.js';

const change = (difference: number, halfWidth: number, significant = true) => ({
  difference,
  halfWidth,
  significant,
});

describe('formatChange', () => {
  it('writes a change of a duration in the unit of its value, interval included', () => {
    // ASA of 18 s rising to 1.2 min: +0.9 min ± 0.2 min, not +53 s beside a value in minutes.
    expect(changeLine(formatChange(change(53 / 60, 12 / 60), 'minutes', 1.2))).toBe('+0.9 min ± 0.2 min');
    // ASA of 1.5 min falling to 20 s: the change in seconds, like the value.
    expect(changeLine(formatChange(change(-70 / 60, 0.25), 'minutes', 1 / 3))).toBe('−70 s ± 15 s');
    expect(changeLine(formatChange(change(-75, 40), 'minutes', 66))).toBe('−1.3 h ± 0.7 h');
  });

  it('writes the half-width of a share difference in points, once', () => {
    const text = changeLine(formatChange(change(-0.038, 0.011), 'share', 0.943));
    expect(text).toBe('−3.8 pp ± 1.1 pp');
    expect(text).not.toMatch(/±\s*±/);
  });

  it('never writes a significant change as 0, and always gives its direction', () => {
    const text = formatChange(change(0.0004, 0.0003), 'share', 0.008);
    expect(text).toEqual({ difference: '+0.04 pp', halfWidth: '0.03 pp', direction: 'up' });
    expect(formatChange(change(-0.004, 0.001), 'number', 2)).toMatchObject({
      difference: '−0.004',
      direction: 'down',
    });
    expect(formatChange(change(-0.001, 0.0005), 'currency', 400).difference).toBe('−0.001');
    expect(formatChange(change(0.002 / 60, 0.001 / 60), 'minutes', 0.3).difference).toBe('+0.002 s');
  });

  it('writes a change that is not significant and rounds to 0 without a sign or direction', () => {
    expect(formatChange(change(-0.0001, 0.001, false), 'share', 0.008)).toEqual({
      difference: '0.0 pp',
      halfWidth: '0.1 pp',
      direction: null,
    });
    expect(formatChange(change(Number.NaN, Number.NaN, false), 'number', 1).difference).toBe('—');
  });

  it('writes money and counts with precision that follows the change', () => {
    expect(changeLine(formatChange(change(-6842.3, 9.01), 'currency', 548_201))).toBe('−6,842 ± 9');
    expect(changeLine(formatChange(change(7.18, 4.45), 'currency', 407))).toBe('+7.18 ± 4.45');
    expect(changeLine(formatChange(change(-5, 0), 'number', 9))).toBe('−5.0 ± 0.0');
  });
});

describe('prepareChanges', () => {
  const row = (over: Partial<ComparisonRow>): ComparisonRow => ({
    kpi: 'wait.mean',
    scope: 'pool:router',
    unit: 'minutes',
    base: 'plan',
    other: 'now',
    baseMean: 0.3,
    otherMean: 1.2,
    difference: 0.9,
    halfWidth: 0.2,
    replications: 4,
    significant: true,
    ...over,
  });

  it('writes plan, now and the change of a row in one unit, and counts the significant rows', () => {
    const table = prepareChanges([
      row({}),
      row({
        kpi: 'reached.share',
        unit: 'share',
        baseMean: 0.008,
        otherMean: 0.0084,
        difference: 0.0004,
        halfWidth: 0.0003,
      }),
      row({ kpi: 'visits', unit: 'cases', significant: false }),
      row({ kpi: 'resolved', unit: 'cases', replications: 1, significant: false }),
    ]);
    expect(table.significant).toBe(2);
    expect(table.compared).toBe(3);
    expect(table.rows[0]).toMatchObject({
      label: 'Mean wait for routers',
      code: 'wait.mean|pool:router',
      plan: '0.3 min',
      now: '1.2 min',
      change: '+0.9 min ± 0.2 min',
      direction: 'up',
    });
    expect(table.rows[1]).toMatchObject({
      group: 'ladder',
      plan: '0.8%',
      now: '0.8%',
      change: '+0.04 pp ± 0.03 pp',
      direction: 'up',
    });
  });

  it('lists every compared KPI by group, service first and cost last, the insignificant ones unmarked', () => {
    const table = prepareChanges([
      row({ kpi: 'cost.perWeek', scope: 'all', unit: 'currency' }),
      row({ kpi: 'utilisation', unit: 'share', baseMean: 0.5, otherMean: 0.6, difference: 0.1 }),
      row({ kpi: 'visits', unit: 'cases', significant: false }),
      row({ kpi: 'wait.mean' }),
      row({ kpi: 'resolved', scope: 'all', unit: 'cases', replications: 1, significant: false }),
      row({ kpi: 'sla.attainment', scope: 'severity:B', unit: 'share', difference: -0.1 }),
    ]);
    expect(table.rows.map((r) => [r.group, r.code])).toEqual([
      ['service', 'wait.mean|pool:router'],
      ['service', 'sla.attainment|severity:B'],
      ['ladder', 'visits|pool:router'],
      ['pools', 'utilisation|pool:router'],
      ['cost', 'cost.perWeek|all'],
    ]);
    expect(table).toMatchObject({ significant: 4, compared: 5 });
    expect(table.rows[1].direction).toBe('down');
    expect(table.rows[2]).toMatchObject({ significant: false, direction: null });
  });
});
