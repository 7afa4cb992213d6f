import { describe, expect, it } from 'vitest';
import { HourlySeries } from '../../src/sim/index.js';
import { offShiftIntervals, prepareTimeseries } from '../../src/viz/views/timeseries-view.js';

const QUEUE = 0;
const BACKLOG = 1;
const ON_DUTY = 2;
const BUSY = 3;

/**
 * Two pools over 6 hours. router: on duty 2,2,0,0,2,0 (off at hours 2-3 and 5);
 * night: on duty 0,0,1,1,0,0 (off at hours 0-1 and 4-5). Queue = hour, backlog = hour + 10.
 */
function twoPools(): HourlySeries {
  const series = new HourlySeries(['router', 'night'], 6);
  const onDuty = [
    [2, 2, 0, 0, 2, 0],
    [0, 0, 1, 1, 0, 0],
  ];
  for (let hour = 0; hour < 6; hour++) {
    for (let pool = 0; pool < 2; pool++) {
      series.set(hour, pool, QUEUE, hour + pool);
      series.set(hour, pool, BACKLOG, hour + pool + 10);
      series.set(hour, pool, ON_DUTY, onDuty[pool][hour]);
      series.set(hour, pool, BUSY, Math.min(onDuty[pool][hour], 1));
    }
  }
  return series;
}

describe('offShiftIntervals', () => {
  it('merges consecutive hours with no one on duty into [from, to) intervals', () => {
    expect(offShiftIntervals([2, 0, 0, 2, 0])).toEqual([
      { fromHour: 1, toHour: 3 },
      { fromHour: 4, toHour: 5 },
    ]);
  });

  it('returns no interval when someone is always on duty, and one interval when no one ever is', () => {
    expect(offShiftIntervals([1, 0.5, 3])).toEqual([]);
    expect(offShiftIntervals([0, 0, 0])).toEqual([{ fromHour: 0, toHour: 3 }]);
  });
});

describe('prepareTimeseries', () => {
  it('gives each pool its own off-shift hours in a 2-pool series', () => {
    const series = twoPools();
    expect(prepareTimeseries(series, 'router', 0).offShift).toEqual([
      { fromHour: 2, toHour: 4 },
      { fromHour: 5, toHour: 6 },
    ]);
    expect(prepareTimeseries(series, 'night', 0).offShift).toEqual([
      { fromHour: 0, toHour: 2 },
      { fromHour: 4, toHour: 6 },
    ]);
  });

  it('reads queue, backlog, on duty and busy of the chosen pool hour by hour', () => {
    const data = prepareTimeseries(twoPools(), 'night', 1);
    expect(data.points).toHaveLength(6);
    expect(data.points[3]).toEqual({ hour: 3, queue: 4, backlog: 14, onDuty: 1, busy: 1 });
    expect(data).toMatchObject({ pool: 'night', staffed: true, warmupDays: 1, days: 0.25 });
  });

  it('marks a pool nobody is ever on duty for as unstaffed, with no off-shift shading', () => {
    const series = new HourlySeries(['productGroup'], 3);
    series.set(1, 0, QUEUE, 2);
    const data = prepareTimeseries(series, 'productGroup', 0);
    expect(data.staffed).toBe(false);
    expect(data.offShift).toEqual([]);
    expect(data.points.map((p) => p.queue)).toEqual([0, 2, 0]);
  });

  it('names the pools it has when asked for one it does not', () => {
    expect(() => prepareTimeseries(twoPools(), 'pods', 0)).toThrow(/no pool "pods" \(pools: router, night\)/);
  });
});
