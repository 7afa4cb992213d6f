import { afterAll, describe, expect, it } from 'vitest';
import { SeriesStore } from '../src/cli/plan/series-store.js';
import {
  HourlySeries,
  SERIES_METRICS,
  simulateReplication,
  summarise,
  timeseriesCsv,
  type ReplicationResult,
} from '../src/sim/index.js';
import { removeTempDirs, tempDir } from './fixtures/cli/cli.js';
import { scenarioFile } from './support/scenario.js';

afterAll(removeTempDirs);

/** The M/M/10 over `days` days: long enough for several blocks of hours, cheap to simulate. */
function mmc(days: number) {
  const scenario = scenarioFile('scenarios/textbook-mmc.json');
  return { ...scenario, horizon: { ...scenario.horizon, days } };
}

describe("a replication's hourly series", () => {
  it('keeps its counts in 2 bytes a value: 2,304 bytes per simulated day for 12 pools', () => {
    const days = 60;
    const { series } = simulateReplication(mmc(days), { replication: 0 });
    expect(series.pools).toHaveLength(12);
    expect(series.values).toBeInstanceOf(Uint16Array);
    const hours = days * 24 + 1;
    expect(series.values.byteLength).toBe(hours * 12 * SERIES_METRICS.length * 2);
    // A few kB per simulated day (it was 9.2 kB in 64-bit floats, and every replication's was held).
    expect(series.values.byteLength / days).toBeLessThan(2400);
  });

  it('widens to 64-bit floats, exactly, at the first value that is not a 16-bit count', () => {
    const series = new HourlySeries(['a', 'b'], 3);
    series.set(0, 0, 0, 7);
    series.set(2, 1, 3, 65_535);
    expect(series.values).toBeInstanceOf(Uint16Array);
    series.set(1, 1, 2, 0.5);
    expect(series.values).toBeInstanceOf(Float64Array);
    series.set(1, 0, 1, 70_000);
    series.set(1, 0, 0, -1);
    expect([series.get(0, 0, 0), series.get(2, 1, 3), series.get(1, 1, 2)]).toEqual([7, 65_535, 0.5]);
    expect([series.get(1, 0, 1), series.get(1, 0, 0)]).toEqual([70_000, -1]);
    const wide = new HourlySeries(['a'], 1);
    wide.set(0, 0, 0, 100_000);
    expect(wide.get(0, 0, 0)).toBe(100_000);
  });

  it('is read by its fields after a structured clone (how a worker thread sends it)', () => {
    const { series } = simulateReplication(mmc(2), { replication: 0 });
    const sent = structuredClone(series);
    expect(Object.getPrototypeOf(sent)).toBe(Object.prototype);
    const mean = new HourlySeries(series.pools, series.hours);
    mean.addScaled(sent, 1);
    expect([...mean.values]).toEqual([...series.values]);
  });
});

describe('the series store of a run with --out', () => {
  // 50 days: 1,201 hours, more than one block of hours (1,024) is averaged at a time.
  const scenario = { ...mmc(50), replications: 3 };
  const results: ReplicationResult[] = [0, 1, 2].map((replication) =>
    simulateReplication(scenario, { replication }),
  );

  it("writes timeseries.csv from disk byte for byte as the summary's mean series in memory", () => {
    const store = new SeriesStore(tempDir());
    // Saved in any order (workers finish in any order); averaged in replication order.
    for (const r of [results[2], results[0], results[1]]) {
      const kept = store.keep(r);
      expect(kept.series.hours).toBe(0);
      expect(kept.series.pools).toEqual(r.series.pools);
      expect(kept.kpis).toBe(r.kpis);
    }
    expect([0, 1, 2].every((r) => store.has(r))).toBe(true);
    const fromDisk = [...store.csvChunks([0, 1, 2])].join('');
    expect(fromDisk).toBe(timeseriesCsv(summarise(scenario, results)));
    expect(fromDisk.split('\n')).toHaveLength(1 + 1201 * 12 + 1);
  });

  it('averages only the replications it is given, in their order', () => {
    const store = new SeriesStore(tempDir());
    for (const r of results) store.keep(r);
    const two = [...store.csvChunks([0, 1])].join('');
    expect(two).toBe(timeseriesCsv(summarise({ ...scenario, replications: 2 }, results.slice(0, 2))));
    expect(store.has(3)).toBe(false);
  });
});
