import { describe, expect, it } from 'vitest';
import { createStream } from '../src/sim/random/index.js';
import {
  csvTable,
  formatNumber,
  HourlySeries,
  SERIES_METRICS,
  timeseriesCsv,
  timeseriesCsvChunks,
  type RunSummary,
} from '../src/sim/index.js';

/** The published number format, as first written: 10 significant digits, '' for NaN. */
function reference(x: number): string {
  if (Number.isNaN(x)) return '';
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity';
  return String(Number(x.toPrecision(10)));
}

/** timeseries.csv as first written: one array of fields per row, then csvTable. */
function referenceTimeseries(series: HourlySeries): string {
  const rows: string[][] = [];
  for (let h = 0; h < series.hours; h++) {
    for (let p = 0; p < series.pools.length; p++) {
      const row = [String(h), String(Math.floor(h / 24)), String(h % 24), series.pools[p]];
      for (let m = 0; m < SERIES_METRICS.length; m++) row.push(reference(series.get(h, p, m)));
      rows.push(row);
    }
  }
  return csvTable(['hour', 'day', 'hourOfDay', 'pool', ...SERIES_METRICS], rows);
}

/** Numbers of every kind the outputs see, and the edges of the fast paths. */
function numbers(): number[] {
  const rng = createStream(7, 0, 'format');
  const out = [
    0,
    -0,
    1,
    -1,
    NaN,
    Infinity,
    -Infinity,
    9_999_999_999,
    -9_999_999_999,
    1e10,
    1e10 + 1,
    12_345_678_901,
    1e21,
    1.5e21,
    2 ** 53,
    0.1 + 0.2,
    1 / 3,
    2 / 3,
    123_456.789_012_3,
    9_999_999_999.5,
    0.999_999_999_95,
    1e-7,
    1.234_567_890_5e-7,
    5e-324,
    2.225_073_858_507_201e-308,
    1e-300,
    1.000_000_000_1e-300,
    Number.MAX_VALUE,
    Number.EPSILON,
  ];
  for (let i = 0; i < 20_000; i++) {
    const u = rng();
    const magnitude = 10 ** Math.floor(rng() * 40 - 20);
    const sign = rng() < 0.2 ? -1 : 1;
    out.push(sign * u * magnitude); // any double
    out.push(Math.floor(u * 3000) / (1 + Math.floor(rng() * 30))); // a mean over replications
    out.push(Math.round(u * 1e6) / 1e3); // a few decimals
    out.push(Math.floor(sign * u * 1e12)); // whole numbers on both sides of 1e10
  }
  return out;
}

describe('formatNumber', () => {
  it('writes every number exactly as the published rule (10 significant digits) does', () => {
    const xs = numbers();
    const differ = xs.filter((x) => formatNumber(x) !== reference(x));
    expect(differ.map((x) => [x, formatNumber(x), reference(x)])).toEqual([]);
    expect(xs.length).toBeGreaterThan(80_000);
  });

  it('rounds to 10 significant digits where the shortest form has more', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(1 / 3)).toBe('0.3333333333');
    expect(formatNumber(12_345_678_901)).toBe('12345678900');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(NaN)).toBe('');
  });
});

describe('timeseries.csv', () => {
  /** A series of 3 pools (one name needs quoting) over 5 days, with whole and fractional means. */
  function summary(): RunSummary {
    const series = new HourlySeries(['router', 'se/XADM', 'odd, "name"'], 5 * 24);
    const rng = createStream(11, 0, 'series');
    // Through set(), which widens the store to floats at the first fraction (the values of a
    // series index as hour, then pool, then metric).
    const set = (i: number, value: number): void =>
      series.set(Math.floor(i / 12), Math.floor(i / 4) % 3, i % 4, value);
    for (let i = 0; i < series.values.length; i++) {
      const u = rng();
      set(i, u < 0.4 ? Math.floor(u * 40) : u < 0.8 ? Math.floor(u * 400) / 7 : u * 1e-3);
    }
    set(5, NaN);
    return { series } as unknown as RunSummary;
  }

  it('is byte for byte the text of one row of fields per hour and pool', () => {
    const s = summary();
    const text = timeseriesCsv(s);
    expect(text).toBe(referenceTimeseries(s.series));
    expect(text.split('\n')[0]).toBe('hour,day,hourOfDay,pool,queue,backlog,onDuty,busy');
    expect(text).toContain('\n0,0,0,"odd, ""name""",');
  });

  it('comes in pieces of whole rows that join to the same text, the header first', () => {
    const s = summary();
    const pieces = [...timeseriesCsvChunks(s, 50)];
    // A piece ends with the hour (3 pools) that brings it to 50 rows or more; the last holds the rest.
    const rows = pieces.map((p) => p.split('\n').length - 1);
    expect(rows.slice(0, -1).every((n) => n >= 50 && n < 53)).toBe(true);
    expect(rows.reduce((a, b) => a + b, 0)).toBe(1 + 5 * 24 * 3);
    expect(pieces.join('')).toBe(timeseriesCsv(s));
    expect(pieces[0].startsWith('hour,day,')).toBe(true);
    for (const piece of pieces) expect(piece.endsWith('\n')).toBe(true);
  });
});
