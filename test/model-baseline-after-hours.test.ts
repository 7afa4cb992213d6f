import { beforeAll, describe, expect, it } from 'vitest';
import { runScenario, type KpiRow } from '../src/sim/index.js';
import { scenarioFile } from './support/scenario.js';

// The shipped baseline is a 24x7 organisation of people: it must meet its severity A goal after
// hours too, not only because the cases come in office hours. 8 replications of 35 days (7 warm-up).

let kpis: ReadonlyMap<string, KpiRow>;
beforeAll(() => {
  const scenario = scenarioFile('scenarios/baseline.json');
  kpis = new Map(runScenario({ ...scenario, replications: 8 }).kpis.map((r) => [`${r.kpi}|${r.scope}`, r]));
});

const mean = (key: string): number => kpis.get(key)!.mean;

describe('the baseline after hours', () => {
  it('gets 15-25% of its cases outside Mon-Fri 07:00-19:00, as enterprise support does', () => {
    const share = mean('arrivals|period:after-hours') / mean('arrivals|all');
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.25);
  });

  // 8 replications: about 9,300 after-hours and 36,000 business-hours arrivals, so a share p is
  // measured within 3 standard errors sqrt(p (1 - p) / n): 0.8 and 0.33 percentage points.
  it('draws severity A 1.6 times as often after hours (7.2%) as in business hours (4.4%), as the ServiceNow log has it', () => {
    const share = (period: string, n: number) => {
      const a = mean(`arrivals|severity:A/period:${period}`) / mean(`arrivals|period:${period}`);
      return { a, tolerance: 3 * Math.sqrt((a * (1 - a)) / (8 * n)) };
    };
    const night = share('after-hours', mean('arrivals|period:after-hours'));
    const day = share('business', mean('arrivals|period:business'));
    expect(Math.abs(night.a - 0.072)).toBeLessThan(night.tolerance);
    expect(Math.abs(day.a - 0.044)).toBeLessThan(day.tolerance);
  });

  it('meets the Sev A first-response goal (90% within 1 hour) after hours, at the mean', () => {
    expect(mean('sla.attainment|severity:A/period:after-hours')).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps the share of cases reaching an escalation engineer under 1%', () => {
    expect(mean('reached.share|tier:escalation')).toBeLessThan(0.01);
  });

  it('has every pool of people on a 40-hour rota: 9 escalation engineers are about 2.1 on duty (9 x 40 / 168)', () => {
    expect(mean('onDuty.mean|pool:escalation')).toBeCloseTo((9 * 40) / 168, 6);
  });
});
