import { describe, expect, it } from 'vitest';
import { parseScenario, ScenarioError, type ScenarioIssue } from '../src/sim/scenario/index.js';

const load = (raw: object) => parseScenario({ name: 'x', ...raw }, { file: 'x.json' });

function issuesOf(raw: object): ScenarioIssue[] {
  try {
    load(raw);
  } catch (error) {
    if (error instanceof ScenarioError) return error.issues;
    throw error;
  }
  throw new Error('the file loaded');
}

describe('schedules', () => {
  it('"24x7" is one shift every day 0..1440, "business" Mon-Fri 08:00-17:00', () => {
    const s = load({ pools: { router: { schedule: 'business' }, se: { schedule: '24x7' } } });
    expect(s.pools.router.schedule).toEqual({
      name: 'business',
      shifts: [{ name: 'business', days: [0, 1, 2, 3, 4], startMinute: 480, endMinute: 1020, share: 1 }],
    });
    expect(s.pools.se.schedule.shifts).toEqual([
      { name: '24x7', days: [0, 1, 2, 3, 4, 5, 6], startMinute: 0, endMinute: 1440, share: 1 },
    ]);
  });

  it('read shifts: day ranges, lists and wrapping ranges; an end before the start runs past midnight', () => {
    const schedule = {
      shifts: [
        { name: 'day', days: 'Mon-Fri', start: '08:00', end: '16:00', share: 0.5 },
        { name: 'night', days: ['Sun', 'mon'], start: '22:00', end: '06:00', share: 0.25 },
        { name: 'weekend', days: 'Fri-Sun,Wed', start: '00:00', end: '24:00', share: 0.25 },
      ],
    };
    expect(load({ pools: { router: { schedule } } }).pools.router.schedule).toEqual({
      name: 'custom',
      shifts: [
        { name: 'day', days: [0, 1, 2, 3, 4], startMinute: 480, endMinute: 960, share: 0.5 },
        { name: 'night', days: [0, 6], startMinute: 1320, endMinute: 1800, share: 0.25 },
        { name: 'weekend', days: [2, 4, 5, 6], startMinute: 0, endMinute: 1440, share: 0.25 },
      ],
    });
  });

  it('may be named once in `schedules` and used by several pools', () => {
    const sun = {
      shifts: [
        { name: 'emea', days: 'Mon-Fri', start: '07:00', end: '15:00', share: 0.5 },
        { name: 'americas', days: 'Mon-Fri', start: '15:00', end: '23:00', share: 0.5 },
      ],
    };
    const s = load({
      schedules: { 'follow-the-sun': sun },
      pools: { router: { schedule: 'follow-the-sun' }, se: { schedule: 'follow-the-sun' } },
    });
    expect(s.pools.se.schedule.name).toBe('follow-the-sun');
    expect(
      s.pools.router.schedule.shifts.map((shift) => [shift.name, shift.startMinute, shift.endMinute]),
    ).toEqual([
      ['emea', 420, 900],
      ['americas', 900, 1380],
    ]);
    expect(s.schedules['follow-the-sun']).toEqual(s.pools.se.schedule);
  });

  it('named but unknown is an error listing the known names', () => {
    expect(
      issuesOf({
        schedules: { night: { shifts: [{ days: 'Mon', start: '00:00', end: '08:00', share: 1 }] } },
        pools: { router: { schedule: 'nights' } },
      }),
    ).toEqual([
      {
        path: 'pools.router.schedule',
        message: 'unknown schedule "nights" (schedules are 24x7, business, night)',
      },
    ]);
  });

  it('report bad shifts by index, and shares that do not sum to 1', () => {
    const bad = { shifts: [{ days: 'Mon-Fry', start: '8am', end: '17:00', share: 0.5 }] };
    expect(issuesOf({ pools: { router: { schedule: bad } } })).toEqual([
      {
        path: 'pools.router.schedule.shifts[0].days',
        message: 'expected days such as "Mon-Fri", "Sat,Sun" or ["Mon", "Tue"], got "Mon-Fry"',
      },
      {
        path: 'pools.router.schedule.shifts[0].start',
        message: 'expected a time "HH:MM" from 00:00 to 23:59, got "8am"',
      },
    ]);
    const half = { shifts: [{ days: 'Mon-Fri', start: '08:00', end: '17:00', share: 0.5 }] };
    expect(issuesOf({ schedules: { half } })).toEqual([
      { path: 'schedules.half.shifts', message: 'shares must sum to 1, got 0.5' },
    ]);
  });

  it('report a broken named schedule where it is defined, not where it is used', () => {
    expect(issuesOf({ schedules: { late: { shifts: [] } }, pools: { beta: { schedule: 'late' } } })).toEqual([
      { path: 'schedules.late.shifts', message: 'expected at least one shift, got none' },
    ]);
  });
});
