import { describe, expect, it } from 'vitest';
import type { TimeOfWeek } from '../../src/sim/index.js';
import { hourLabel, MIN_DECIDED, prepareTimeOfWeek } from '../../src/viz/views/time-of-week-data.js';

const HOURS = 168;
const flat = (value: number) => new Array<number>(HOURS).fill(value);

/**
 * A week at a 90% goal where every hour has 100 cases with a verdict, 95% in time, but Saturday
 * 03:00 (hour 123) has 70% and Sunday 04:00 (hour 148) only 5 cases; one SE team with 4 on shift
 * and 4 needed, but 6 needed at hour 123; and the router, with no people needed.
 */
function week(): TimeOfWeek {
  const hours = Array.from({ length: HOURS }, (_, hour) => ({
    hour,
    casesPerWeek: 12,
    serviceLevel: hour === 123 ? 0.7 : 0.95,
    decided: hour === 148 ? 5 : 100,
  }));
  const needed = flat(4);
  needed[123] = 6;
  return {
    goal: 0.9,
    weeks: 4,
    hours,
    pools: [
      {
        pool: 'router',
        scheduled: flat(3),
        loadErlangs: flat(1),
        needed: null,
        targets: null,
        workMinutesPerVisit: 5,
      },
      {
        pool: 'se/XADM',
        scheduled: flat(4),
        loadErlangs: flat(2),
        needed,
        targets: [{ share: 1, withinMinutes: 120 }],
        workMinutesPerVisit: 60,
      },
    ],
  };
}

describe('the time-of-week view’s data', () => {
  it('names hours from Monday 00:00: hour 0 is Mon 00:00, 123 is Sat 03:00, 167 is Sun 23:00', () => {
    expect(hourLabel(0)).toBe('Mon 00:00');
    expect(hourLabel(123)).toBe('Sat 03:00');
    expect(hourLabel(167)).toBe('Sun 23:00');
  });

  it('marks Saturday 03:00 below the goal, Sunday 04:00 as too few cases to judge, and the rest met', () => {
    expect(MIN_DECIDED).toBeGreaterThan(5);
    const data = prepareTimeOfWeek(week(), null);
    expect(data.cells.filter((c) => c.verdict === 'below').map((c) => c.hour)).toEqual([123]);
    expect(data.cells.filter((c) => c.verdict === 'few').map((c) => c.hour)).toEqual([148]);
    expect(Number.isNaN(data.serviceLevel[148])).toBe(true);
    expect(data.cells[123]).toMatchObject({ day: 5, hourOfDay: 3 });
    expect(data.cells[123].text).toBe(
      'Sat 03:00: 70.0% answered in time (goal 90%); 12.0 cases a week; se/XADM: 4.0 on shift, 6 needed',
    );
  });

  it('shows the SE team first, short of people only at Saturday 03:00 (4 on shift, 6 needed), and says so', () => {
    const data = prepareTimeOfWeek(week(), null);
    expect(data.pools).toEqual(['se/XADM', 'router']);
    expect(data.strip?.pool).toBe('se/XADM');
    expect(data.strip?.shortHours).toEqual([123]);
    expect(data.headline).toBe(
      'Below the 90% goal in 1 of 167 hours with enough cases to judge. se/XADM: fewer on shift than Erlang C needs in 1 of 168 hours.',
    );
  });

  it('shows the router without people needed when it is chosen, and the plan beside now when one is pinned', () => {
    const plan = week();
    const data = prepareTimeOfWeek(week(), plan, 'router');
    expect(data.strip).toMatchObject({ pool: 'router', needed: null, shortHours: [] });
    expect(data.strip?.plan?.scheduled[0]).toBe(3);
    expect(data.planServiceLevel?.[123]).toBe(0.7);
    expect(data.headline).toBe('Below the 90% goal in 1 of 167 hours with enough cases to judge.');
  });
});
