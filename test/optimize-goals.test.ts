import { describe, expect, it } from 'vitest';
import type { KpiRow } from '../src/sim/index.js';
import { UserError } from '../src/cli/user-error.js';
import {
  checkGoal,
  parseGoal,
  parseGoals,
  resolveGoals,
  violation,
  type Goal,
} from '../src/cli/optimize/goals.js';

function row(kpi: string, scope: string, mean: number): KpiRow {
  return { kpi, scope, mean, halfWidth: 0.01, replications: 4, unit: '' };
}

// A pilot run's KPI rows: cases of severities B and C only, a router and one SE pool.
const pilot: KpiRow[] = [
  row('arrivals', 'severity:A', 0),
  row('arrivals', 'severity:B', 120),
  row('arrivals', 'severity:C', 300),
  row('sla.attainment', 'severity:A', NaN),
  row('sla.attainment', 'severity:B', 0.93),
  row('sla.attainment', 'severity:C', 0.88),
  row('sla.attainment', 'all', 0.9),
  row('abandoned.share', 'pool:router', 0.06),
  row('utilisation', 'pool:router', 0.7),
  row('utilisation', 'pool:se/XADM', 0.8),
];

function message(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as Error).message;
  }
  throw new Error('expected a UserError');
}

describe('goals of the staffing search', () => {
  it('reads kpi, scope, comparison and value, percentages included', () => {
    expect(parseGoal('sla.attainment>=0.9')).toEqual({
      kpi: 'sla.attainment',
      scope: null,
      op: '>=',
      target: 0.9,
    });
    expect(parseGoal('sla.attainment@severity:B >= 90%')).toEqual({
      kpi: 'sla.attainment',
      scope: 'severity:B',
      op: '>=',
      target: 0.9,
    });
    expect(parseGoal('utilisation@pool:se/XADM<=0.85')).toEqual({
      kpi: 'utilisation',
      scope: 'pool:se/XADM',
      op: '<=',
      target: 0.85,
    });
    expect(parseGoals(['abandoned.share@pool:router<=0.05,wait.mean@pool:router<=2', ' '])).toHaveLength(2);
  });

  it('rejects a malformed goal, an unknown KPI and a value that is not a number with one line each', () => {
    expect(message(() => parseGoal('sla.attainment>0.9'))).toBe(
      '--goal "sla.attainment>0.9": expected kpi[@scope]>=value or kpi[@scope]<=value, e.g. sla.attainment@severity:B>=0.9 or utilisation@pool:se/XADM<=0.85',
    );
    expect(message(() => parseGoal('sla.attain>=0.9'))).toMatch(
      /^--goal "sla.attain>=0.9": unknown KPI "sla.attain" \(known: arrivals, /,
    );
    expect(message(() => parseGoal('utilisation@pool:router<=high'))).toBe(
      '--goal "utilisation@pool:router<=high": expected a number after "<=", got "high"',
    );
    expect(message(() => parseGoal('utilisation@router<=0.8'))).toMatch(
      /expected a scope such as severity:B or pool:router after "@", got "router"/,
    );
    for (const m of [message(() => parseGoal('x')), message(() => parseGoal('sla.attain>=0.9'))])
      expect(m).not.toContain('\n');
  });

  it('makes an unscoped first-response goal one goal per severity that has cases, and other unscoped goals read "all"', () => {
    const goals = resolveGoals(
      parseGoals(['sla.attainment>=0.9', 'sla.attainment@severity:C>=0.9']),
      pilot,
      'x.json',
    );
    expect(goals.map((g) => g.scope)).toEqual(['severity:B', 'severity:C']);
    expect(resolveGoals([parseGoal('abandoned.share@pool:router<=0.05')], pilot, 'x.json')[0].scope).toBe(
      'pool:router',
    );
  });

  it('adds one unscoped first-response goal per severity x contract cell with cases (standard ones too), after the severities, and none per period', () => {
    // The run reports sla.attainment for every severity x contract cell.
    const withCells = [
      ...pilot,
      row('arrivals', 'severity:A/contract:tier3', 0),
      row('sla.attainment', 'severity:A/contract:tier3', NaN),
      row('arrivals', 'severity:B/contract:standard', 100),
      row('sla.attainment', 'severity:B/contract:standard', 0.95),
      row('arrivals', 'severity:B/contract:tier3', 12),
      row('sla.attainment', 'severity:B/contract:tier3', 0.8),
      row('arrivals', 'severity:B/period:after-hours', 40),
      row('sla.attainment', 'severity:B/period:after-hours', 0.85),
    ];
    const goals = resolveGoals([parseGoal('sla.attainment>=0.9')], withCells, 'x.json');
    expect(goals.map((g) => g.scope)).toEqual([
      'severity:B',
      'severity:C',
      'severity:B/contract:standard',
      'severity:B/contract:tier3',
    ]);
    const rows = new Map(withCells.map((r) => [`${r.kpi}|${r.scope}`, r]));
    expect(goals.map((g) => checkGoal(g, rows, 'bound').met)).toEqual([true, false, true, false]);
  });

  it('holds a goal at the 95% bound by default and at the mean with --on mean: 90.5% ± 1% meets >= 90% at the mean only', () => {
    const rows = new Map([
      ['sla.attainment|severity:C', { ...row('sla.attainment', 'severity:C', 0.905), halfWidth: 0.01 }],
      ['abandoned.share|pool:router', { ...row('abandoned.share', 'pool:router', 0.045), halfWidth: 0.01 }],
    ]);
    const attainment = parseGoal('sla.attainment@severity:C>=0.9');
    const bound = checkGoal(attainment, rows, 'bound');
    expect([bound.met, bound.judged]).toEqual([false, 0.895]);
    expect(violation(bound)).toBeCloseTo(0.005, 12);
    const mean = checkGoal(attainment, rows, 'mean');
    expect([mean.met, mean.judged, violation(mean)]).toEqual([true, 0.905, 0]);
    // A <= goal is held at mean + half-width: 4.5% ± 1% is not within 5% at the bound.
    const abandon = parseGoal('abandoned.share@pool:router<=0.05');
    expect(checkGoal(abandon, rows, 'bound').judged).toBeCloseTo(0.055, 12);
    expect([checkGoal(abandon, rows, 'bound').met, checkGoal(abandon, rows, 'mean').met]).toEqual([
      false,
      true,
    ]);
  });

  it('does not meet a goal at the bound when its half-width is NaN (fewer than two replications had a value)', () => {
    const rows = new Map([
      ['sla.attainment|severity:A', { ...row('sla.attainment', 'severity:A', 1), halfWidth: NaN }],
    ]);
    const goal = parseGoal('sla.attainment@severity:A>=0.9');
    expect(checkGoal(goal, rows, 'bound').met).toBe(false);
    expect(violation(checkGoal(goal, rows, 'bound'))).toBeGreaterThan(1);
    expect(checkGoal(goal, rows, 'mean').met).toBe(true);
  });

  it('refuses goals on KPIs the run does not report or on a severity without cases', () => {
    expect(message(() => resolveGoals([parseGoal('utilisation@pool:se/XYZ<=0.8')], pilot, 'x.json'))).toBe(
      'x.json: --goal "utilisation@pool:se/XYZ<=0.8": the run reports no such KPI (scopes of utilisation: pool:router, pool:se/XADM)',
    );
    expect(message(() => resolveGoals([parseGoal('sla.attainment@severity:A>=0.9')], pilot, 'x.json'))).toBe(
      'x.json: --goal "sla.attainment@severity:A>=0.9": no cases of severity A arrive in this scenario',
    );
  });

  it('measures how far a run misses a goal at the mean: share points for shares, relative to the target otherwise', () => {
    const rows = new Map(pilot.map((r) => [`${r.kpi}|${r.scope}`, r]));
    const at = (goal: Goal): number => violation(checkGoal(goal, rows, 'mean'));
    expect(at(parseGoal('sla.attainment@severity:C>=0.9'))).toBeCloseTo(0.02, 12);
    expect(at(parseGoal('sla.attainment@severity:B>=0.9'))).toBe(0);
    expect(at(parseGoal('abandoned.share@pool:router<=0.05'))).toBeCloseTo(0.01, 12);
    const wait = new Map([['wait.mean|pool:router', row('wait.mean', 'pool:router', 3)]]);
    expect(violation(checkGoal(parseGoal('wait.mean@pool:router<=2'), wait, 'mean'))).toBeCloseTo(0.5, 12);
    expect(checkGoal(parseGoal('sla.attainment@severity:A>=0.9'), rows, 'mean').met).toBe(false);
  });
});
