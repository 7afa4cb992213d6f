import { describe, expect, it } from 'vitest';
import { CONTRACTS, ScenarioError, SEVERITIES, simulateReplication } from '../src/sim/index.js';
import { HERE, kpi, oneByOne } from './fixtures/model/harness.js';
import { mergedScenarioJson, scenarioFrom } from './support/scenario.js';

/**
 * Six cases (periods.csv) through two routers (triage 5 min) and two SEs (work 60 min), one
 * week from Monday 00:00: enough people that no case ever waits. With the default business hours (Mon-Fri 07:00-19:00):
 *   419  Monday 06:59    A  after-hours
 *   420  Monday 07:00    B  business
 *   600  Monday 10:00    A  business
 *   6899 Friday 18:59    C  business
 *   6900 Friday 19:00    C  after-hours
 *   7380 Saturday 03:00  A  after-hours
 */
function week(sla: Record<string, unknown> = {}) {
  const pools = { router: { staff: 2 }, se: { specialties: { XADM: { teams: 1, sesPerTeam: 2 } } } };
  const scenario = scenarioFrom(
    oneByOne('periods.csv', { horizon: { days: 7, warmupDays: 0 }, pools, sla }),
    HERE,
  );
  return simulateReplication(scenario, { replication: 0 });
}

describe('arrival periods with the default business hours, Mon-Fri 07:00-19:00', () => {
  const result = week();

  it('puts Monday 07:00, Monday 10:00 and Friday 18:59 in business hours, Monday 06:59, Friday 19:00 and Saturday 03:00 after hours', () => {
    expect(kpi(result, 'arrivals', 'period:business')).toBe(3);
    expect(kpi(result, 'arrivals', 'period:after-hours')).toBe(3);
    expect(kpi(result, 'arrivals', 'severity:A/period:business')).toBe(1);
    expect(kpi(result, 'arrivals', 'severity:A/period:after-hours')).toBe(2);
    expect(kpi(result, 'arrivals', 'severity:B/period:business')).toBe(1);
    expect(kpi(result, 'arrivals', 'severity:B/period:after-hours')).toBe(0);
    expect(kpi(result, 'arrivals', 'severity:C/period:business')).toBe(1);
    expect(kpi(result, 'arrivals', 'severity:C/period:after-hours')).toBe(1);
  });

  it('reports the case KPIs per period: first response 5 minutes, resolution 65, every target met', () => {
    for (const scope of ['period:business', 'period:after-hours', 'severity:A/period:after-hours']) {
      expect(kpi(result, 'firstResponse.mean', scope)).toBe(5);
      expect(kpi(result, 'firstResponse.p90', scope)).toBeCloseTo(5, 1);
      expect(kpi(result, 'sla.attainment', scope)).toBe(1);
      expect(kpi(result, 'resolution.mean', scope)).toBe(65);
      expect(kpi(result, 'resolved', scope)).toBe(scope === 'severity:A/period:after-hours' ? 2 : 3);
    }
    expect(kpi(result, 'firstResponse.mean', 'severity:B/period:after-hours')).toBeNaN();
  });
});

describe('business hours a scenario sets', () => {
  it('Sat-Sun 02:00-04:00: only Saturday 03:00 is business', () => {
    const result = week({ businessHours: { days: 'Sat-Sun', start: '02:00', end: '04:00' } });
    expect(kpi(result, 'arrivals', 'period:business')).toBe(1);
    expect(kpi(result, 'arrivals', 'severity:A/period:business')).toBe(1);
  });

  it('Sunday 22:00 to 08:00 runs past midnight into Monday (the week wraps): Monday 06:59 and 07:00 are business', () => {
    const result = week({ businessHours: { days: 'Sun', start: '22:00', end: '08:00' } });
    expect(kpi(result, 'arrivals', 'period:business')).toBe(2);
    expect(kpi(result, 'arrivals', 'severity:A/period:business')).toBe(1);
    expect(kpi(result, 'arrivals', 'severity:B/period:business')).toBe(1);
  });

  it('name the field path of bad days and times', () => {
    let message = '';
    try {
      scenarioFrom(
        oneByOne('periods.csv', { sla: { businessHours: { days: 'weekdays', start: '7am', end: '25:00' } } }),
        HERE,
      );
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      message = error.message;
    }
    expect(message.split('\n')).toEqual([
      `${HERE}: sla.businessHours.days: expected days such as "Mon-Fri", "Sat,Sun" or ["Mon", "Tue"], got "weekdays"`,
      `${HERE}: sla.businessHours.start: expected a time "HH:MM" from 00:00 to 23:59, got "7am"`,
      `${HERE}: sla.businessHours.end: expected a time "HH:MM" from 00:00 to 24:00, got "25:00"`,
    ]);
  });
});

describe('period scopes merge exactly (baseline, 9 days)', () => {
  const raw = mergedScenarioJson('scenarios/baseline.json');
  const result = simulateReplication(
    scenarioFrom({ ...raw, horizon: { days: 9, warmupDays: 2 } }, 'scenarios/baseline.json'),
    { replication: 0 },
  );
  const n = (name: string, scope: string): number => kpi(result, name, scope);

  it('has cases in both periods, and all arrivals = business + after-hours arrivals', () => {
    expect(n('arrivals', 'period:business')).toBeGreaterThan(0);
    expect(n('arrivals', 'period:after-hours')).toBeGreaterThan(0);
    for (const measure of ['arrivals', 'resolved'])
      expect(n(measure, 'period:business') + n(measure, 'period:after-hours')).toBe(n(measure, 'all'));
  });

  it('makes each severity the sum of its period cells, and each period the sum of its severities', () => {
    for (const measure of ['arrivals', 'resolved']) {
      for (const sev of SEVERITIES) {
        const cells =
          n(measure, `severity:${sev}/period:business`) + n(measure, `severity:${sev}/period:after-hours`);
        expect(cells).toBe(n(measure, `severity:${sev}`));
      }
      for (const period of ['business', 'after-hours']) {
        const bySeverity = SEVERITIES.reduce(
          (sum, sev) => sum + n(measure, `severity:${sev}/period:${period}`),
          0,
        );
        expect(bySeverity).toBe(n(measure, `period:${period}`));
      }
    }
  });

  it('adds no combined scope but severity x period and severity x contract (all nine cells)', () => {
    const scopes = new Set([...result.kpis.keys()].map((k) => k.slice(k.indexOf('|') + 1)));
    const combined = [...scopes].filter((s) => s.includes('/') && !s.startsWith('pool:'));
    expect(combined.sort()).toEqual(
      [
        ...SEVERITIES.flatMap((s) => [`severity:${s}/period:after-hours`, `severity:${s}/period:business`]),
        ...SEVERITIES.flatMap((s) => CONTRACTS.map((c) => `severity:${s}/contract:${c}`)),
      ].sort(),
    );
    expect(CONTRACTS.every((c) => scopes.has(`contract:${c}`))).toBe(true);
  });
});
