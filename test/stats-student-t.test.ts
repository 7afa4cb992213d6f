import { describe, expect, it } from 'vitest';
import { studentTCdf, tQuantile975 } from '../src/sim/stats/index.js';

describe('tQuantile975', () => {
  it.each([
    [1, 12.706],
    [2, 4.303],
    [9, 2.262],
    [19, 2.093],
    [29, 2.045],
    [100, 1.984],
  ])('gives the published 95%% two-sided value for df %i: %f (±0.001)', (df, published) => {
    expect(Math.abs(tQuantile975(df) - published)).toBeLessThanOrEqual(0.001);
  });

  it('tends to the normal 1.960 as df grows (±0.001 at df 10^6, exact at Infinity)', () => {
    expect(Math.abs(tQuantile975(1e6) - 1.96)).toBeLessThanOrEqual(0.001);
    expect(tQuantile975(Infinity)).toBeCloseTo(1.959964, 6);
  });

  it('joins the table and the expansion smoothly: 2.042272 at df 30, 2.039513 at 31, 2.021075 at 40 (±1e-6)', () => {
    expect(tQuantile975(30)).toBeCloseTo(2.042272, 6);
    expect(Math.abs(tQuantile975(31) - 2.039513)).toBeLessThan(1e-6);
    expect(Math.abs(tQuantile975(40) - 2.021075)).toBeLessThan(1e-6);
  });

  it('decreases with df from 1 to 1000', () => {
    for (let df = 1; df < 1000; df++) expect(tQuantile975(df + 1)).toBeLessThan(tQuantile975(df));
  });

  it('solves fractional df from the t distribution: 6.016663 for df 1.5, 2.043725 for df 29.5 (±1e-6)', () => {
    expect(Math.abs(tQuantile975(1.5) - 6.016663)).toBeLessThan(1e-6);
    expect(Math.abs(tQuantile975(29.5) - 2.043725)).toBeLessThan(1e-6);
  });

  it('rejects df below 1 and NaN', () => {
    expect(() => tQuantile975(0.5)).toThrow(RangeError);
    expect(() => tQuantile975(NaN)).toThrow(RangeError);
  });
});

describe('studentTCdf', () => {
  it('gives closed forms: 0.5 at 0, 0.75 at 1 for df 1 (Cauchy), 0.5 + 1/√6 at 2 for df 2 (±1e-12)', () => {
    expect(studentTCdf(0, 7)).toBeCloseTo(0.5, 12);
    expect(studentTCdf(1, 1)).toBeCloseTo(0.75, 12);
    expect(studentTCdf(-1, 1)).toBeCloseTo(0.25, 12);
    // df 2: F(t) = 1/2 + t / (2·√(2 + t²)).
    expect(studentTCdf(2, 2)).toBeCloseTo(0.5 + 1 / Math.sqrt(6), 12);
  });

  it('puts 0.975 below every tabulated quantile for df 1..30 (±1e-6, the table has 6 decimals)', () => {
    for (let df = 1; df <= 30; df++)
      expect(Math.abs(studentTCdf(tQuantile975(df), df) - 0.975)).toBeLessThan(1e-6);
  });
});
