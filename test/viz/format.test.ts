import { describe, expect, it } from 'vitest';
import {
  decimalsShowing,
  durationUnit,
  formatCurrency,
  formatHalfWidth,
  formatMinutes,
  formatMinutesIn,
  formatNumber,
  formatPercent,
  formatPoints,
  formatShortPercent,
  formatValueLike,
  MISSING,
} from '../../src/viz/views/format.js';

describe('format', () => {
  it('writes counts with precision that follows their size', () => {
    expect([5184.8, 36.24, 9.6, 0.391, 0].map((x) => formatNumber(x))).toEqual([
      '5,185',
      '36.2',
      '9.6',
      '0.39',
      '0',
    ]);
    expect(formatNumber(1234.5, 1)).toBe('1,234.5');
    expect(formatNumber(-2.5)).toBe('−2.5');
  });

  it('writes shares as percentages and differences of shares in points', () => {
    expect(formatPercent(0.947)).toBe('94.7%');
    expect(formatPercent(0.9, 0)).toBe('90%');
    expect(formatShortPercent(0.9)).toBe('90%');
    expect(formatShortPercent(0.925)).toBe('92.5%');
    expect(formatPoints(0.015)).toBe('+1.5 pp');
    expect(formatPoints(-0.015)).toBe('−1.5 pp');
    expect(formatPoints(-0.0001)).toBe('0.0 pp');
  });

  it('writes minutes in the unit that reads best', () => {
    expect([0.39, 17.94, 60, 150, 480, 1440 * 1.3, 0].map(formatMinutes)).toEqual([
      '23 s',
      '17.9 min',
      '1 h',
      '2.5 h',
      '8 h',
      '1.3 d',
      '0 min',
    ]);
    expect(formatMinutes(1 / 6)).toBe('10 s');
  });

  it('writes money in whole units from 100 up', () => {
    expect(formatCurrency(614_035.97)).toBe('614,036');
    expect(formatCurrency(441.4)).toBe('441');
    expect(formatCurrency(4.5)).toBe('4.50');
  });

  it('writes a duration in a given unit, with the decimals a non-zero one needs', () => {
    expect([0.39, 17.94, 150, 1440 * 1.3, 0].map(durationUnit)).toEqual(['s', 'min', 'h', 'd', 'min']);
    expect(formatMinutesIn(0.3, 'min')).toBe('0.3 min');
    expect(formatMinutesIn(72 / 60, 's')).toBe('72 s');
    expect(formatMinutesIn(1 / 60, 'min')).toBe('0.02 min');
    expect(formatMinutesIn(90, 'h')).toBe('1.5 h');
    expect(formatMinutesIn(0, 'h')).toBe('0 h');
    expect([decimalsShowing(0.04, 1), decimalsShowing(0.0096, 1), decimalsShowing(2.5, 1)]).toEqual([
      2, 3, 1,
    ]);
  });

  it('writes a half-width in the unit of its value', () => {
    expect(formatHalfWidth(0.011, 'share', 0.9)).toBe('± 1.1%');
    expect(formatHalfWidth(Number.NaN, 'minutes', 3)).toBe('');
    // 1.2 min ± 16 s read as two units; the half-width follows the value.
    expect(formatHalfWidth(16 / 60, 'minutes', 1.2)).toBe('± 0.3 min');
    expect(formatHalfWidth(0.2, 'minutes', 0.3)).toBe('± 12 s');
    expect(formatValueLike(0.3, 'minutes', 1.2)).toBe('0.3 min');
    expect(formatValueLike(1234.5, 'currency', 1)).toBe('1,235');
  });

  it('shows a dash for missing values', () => {
    expect([
      formatNumber(Number.NaN),
      formatPercent(Number.NaN),
      formatMinutes(Number.POSITIVE_INFINITY),
      formatCurrency(Number.NaN),
    ]).toEqual([MISSING, MISSING, MISSING, MISSING]);
  });
});
