import { describe, expect, it } from 'vitest';
import { fromRecord, toRecord } from '../src/cli/plan/replication-record.js';
import { simulateReplication } from '../src/sim/index.js';
import { scenarioFile } from './support/scenario.js';

describe('a replication as a checkpoint record', () => {
  const base = scenarioFile('scenarios/baseline.json');
  const result = simulateReplication({ ...base, horizon: { days: 8, warmupDays: 1 } }, { replication: 0 });

  it('gives back the counts by hour of the week exactly, through JSON', () => {
    const back = fromRecord(JSON.parse(JSON.stringify(toRecord(result))) as ReturnType<typeof toRecord>);
    expect(back.hoursOfWeek.pools).toEqual(result.hoursOfWeek.pools);
    for (const key of ['arrivals', 'responded', 'respondedInTime', 'missed', 'joins', 'busyMinutes'] as const)
      expect([...back.hoursOfWeek[key]], key).toEqual([...result.hoursOfWeek[key]]);
    expect(result.hoursOfWeek.arrivals.reduce((a, b) => a + b, 0)).toBeGreaterThan(1000);
  });

  it('reads a record written before the counts were kept as no counts, for the reporting pools', () => {
    const { hoursOfWeek: _, ...old } = toRecord(result);
    const back = fromRecord(old);
    expect(back.hoursOfWeek.pools).toEqual(result.hoursOfWeek.pools);
    expect(back.hoursOfWeek.joins.every((x) => x === 0)).toBe(true);
  });

  it('refuses a count that is not a whole number rather than write it wrong', () => {
    const odd = { ...result, hoursOfWeek: { ...result.hoursOfWeek, arrivals: Float64Array.of(1.5) } };
    expect(() => toRecord(odd)).toThrow(/not a whole number/);
  });
});
