import { describe, expect, it } from 'vitest';
import { simulateReplication } from '../src/sim/index.js';
import { builtInSchedule } from '../src/sim/scenario/schedule-schema.js';
import { Roster } from '../src/sim/model/roster.js';
import { constant, HERE, kpi, oneByOne, steps, stepsOf } from './fixtures/model/harness.js';
import { scenarioFrom } from './support/scenario.js';

// People, not seats: each person works hoursPerWeek within the pool's schedule, as a rota.

describe('a rota of people', () => {
  it('has 10 of a 24x7 pool of 42 people at 40 hours on duty at every hour of the week (42 x 40 / 168)', () => {
    const roster = new Roster(builtInSchedule('24x7'), 42, 0, 40);
    const counts = new Set<number>();
    for (let minute = 0; minute < 7 * 1440; minute += 30) counts.add(roster.onDutyCount(minute));
    expect([...counts]).toEqual([10]);
    expect(roster.paidHoursPerWeek()).toBe(42 * 40);
  });

  it('gives each person of a 24x7 pool five 8-hour duties on consecutive days, in the same part of the day', () => {
    const roster = new Roster(builtInSchedule('24x7'), 42, 0, 40);
    for (const line of roster.lines) {
      expect(line.duties.map((d) => d.minutes)).toEqual([480, 480, 480, 480, 480]);
      const days = line.duties.map((d) => Math.floor(d.fromMinute / 1440));
      for (let k = 1; k < days.length; k++) expect((days[k] - days[k - 1] + 7) % 7).toBe(1);
      expect(new Set(line.duties.map((d) => d.fromMinute % 1440)).size).toBe(1);
    }
  });

  it('lets a person work a whole Mon-Fri 9-hour business shift (a 40-hour week with its lunch hour), paid 45 hours', () => {
    const roster = new Roster(builtInSchedule('business'), 3, 0, 40);
    expect(roster.paidHoursPerWeek()).toBe(3 * 45);
    expect(roster.onDutyCount(8 * 60)).toBe(3);
    expect(roster.onDutyCount(5 * 1440 + 10 * 60)).toBe(0);
  });

  it('keeps 168 hours a week as a seat: everybody on duty all the time (textbook mode)', () => {
    const roster = new Roster(builtInSchedule('24x7'), 5, 0, 168);
    expect(roster.constant).toBe(true);
    expect(roster.onDutyCount(3 * 1440 + 123)).toBe(5);
  });

  it('reports onDuty.mean and headcount in people: 42 routers at 40 hours are 10 on duty on average', () => {
    const scenario = scenarioFrom(
      oneByOne('one-case.csv', {
        horizon: { days: 7, warmupDays: 0 },
        pools: { router: { staff: 42, hoursPerWeek: 40 } },
      }),
      HERE,
    );
    const result = simulateReplication(scenario, { replication: 0 });
    expect(kpi(result, 'onDuty.mean', 'pool:router')).toBeCloseTo(10, 9);
    expect(kpi(result, 'headcount', 'pool:router')).toBe(42);
  });
});

describe('a site in another time zone (follow-the-sun)', () => {
  const sites = scenarioFrom(
    oneByOne('one-case.csv', {
      pools: {
        se: {
          hoursPerWeek: 40,
          schedule: {
            shifts: [
              { site: 'APAC', offsetHours: 9, days: 'Mon-Fri', start: '08:00', end: '17:00', share: 1 },
            ],
          },
        },
      },
    }),
    HERE,
  );
  const roster = new Roster(sites.pools.se.schedule, 1, 0, 40);

  it('works 08:00-17:00 local time, 9 hours ahead: 23:00-08:00 on the scenario clock, from Sunday night', () => {
    expect(roster.onDuty(0, 6 * 1440 + 23 * 60)).toBe(true); // Sunday 23:00 = Monday 08:00 in APAC
    expect(roster.onDuty(0, 7 * 60 + 59)).toBe(true); // Monday 07:59
    expect(roster.onDuty(0, 8 * 60)).toBe(false); // Monday 08:00 = 17:00 in APAC
    expect(roster.onDuty(0, 4 * 1440 + 23 * 60)).toBe(false); // Friday 23:00 = Saturday in APAC
    expect(roster.paidHoursPerWeek()).toBe(45);
  });
});

describe('continuous effort on severity A (hand-worked)', () => {
  // Two XADM SEs: one on Monday 08:00-10:00, one on Monday 10:00-12:00. Work 120 min in two
  // sessions of 60, a customer wait of 60 between. The case arrives at 08:00 (480): triage
  // 480-485, the early SE owns it and works 485-545, the customer is back at 605, when the early
  // SE's shift has ended (at 600).
  const over = (severity: 'A' | 'C') =>
    scenarioFrom(
      oneByOne(`handover-${severity.toLowerCase()}.csv`, {
        pools: {
          se: {
            specialties: { XADM: { teams: 1, sesPerTeam: 2 } },
            schedule: {
              shifts: [
                { name: 'early', days: 'Mon', start: '08:00', end: '10:00', share: 0.5 },
                { name: 'late', days: 'Mon', start: '10:00', end: '12:00', share: 0.5 },
              ],
            },
            work: constant(120),
            sessions: 2,
            phoneShare: 0.5,
            customerWait: { A: constant(60), B: constant(60), C: constant(60) },
          },
        },
      }),
      HERE,
    );

  it('passes an owned Sev A case to the on-duty SE when its owner’s shift ends: resolved at 665 by the late SE', () => {
    const result = simulateReplication(over('A'), { replication: 0, trace: true });
    const rows = result.trace!.filter((r) => r.caseId === 1 && r.event === 'taken' && r.place === 'se/XADM');
    expect(rows.map((r) => [r.at, r.engineer, r.event === 'taken' ? r.how : ''])).toEqual([
      [485, 'se/XADM/t1/1', 'owner'],
      [605, 'se/XADM/t1/2', 'handover'],
    ]);
    expect(stepsOf(result, 1).at(-1)).toEqual({ at: 665, caseId: 1, event: 'resolved', place: 'se/XADM' });
    // The first response is the owner's first session, once: 5 minutes.
    expect(kpi(result, 'firstResponse.mean', 'all')).toBe(5);
  });

  it('lets a Sev C case wait for its owner’s next shift instead (not resolved within the day)', () => {
    const result = simulateReplication(over('C'), { replication: 0, trace: true });
    expect(stepsOf(result, 1).some((s) => s.event === 'resolved')).toBe(false);
    expect(steps(result).filter((s) => s.event === 'taken' && s.place === 'se/XADM')).toHaveLength(1);
  });
});

describe('after-hours cover', () => {
  // A Sev A case at Saturday 03:00 (7380). Routers 24x7; SEs: one on business hours, one on a
  // weekend rota (Sat-Sun, 8-hour duties: a 40-hour person works 00:00-08:00 both days).
  const saturday = (weekend: boolean) =>
    scenarioFrom(
      oneByOne('saturday-night.csv', {
        horizon: { days: 7, warmupDays: 0 },
        pools: {
          se: {
            hoursPerWeek: 40,
            specialties: { XADM: { teams: 1, sesPerTeam: 2 } },
            schedule: {
              shifts: weekend
                ? [
                    { name: 'business', days: 'Mon-Fri', start: '08:00', end: '17:00', share: 0.5 },
                    { name: 'weekend', days: 'Sat,Sun', start: '00:00', end: '24:00', share: 0.5 },
                  ]
                : [{ name: 'business', days: 'Mon-Fri', start: '08:00', end: '17:00', share: 1 }],
            },
          },
        },
      }),
      HERE,
    );

  it('answers a Sev A case arriving Saturday 03:00 within its 1-hour target: the weekend SE takes it at 03:05', () => {
    const result = simulateReplication(saturday(true), { replication: 0, trace: true });
    expect(stepsOf(result, 1).find((s) => s.event === 'taken' && s.place === 'se/XADM')?.at).toBe(7385);
    expect(kpi(result, 'sla.attainment', 'severity:A/period:after-hours')).toBe(1);
  });

  it('without weekend cover, leaves it until the week is over: a missed target', () => {
    const result = simulateReplication(saturday(false), { replication: 0, trace: true });
    expect(stepsOf(result, 1).some((s) => s.event === 'taken' && s.place === 'se/XADM')).toBe(false);
    expect(kpi(result, 'sla.attainment', 'severity:A/period:after-hours')).toBe(0);
  });
});
