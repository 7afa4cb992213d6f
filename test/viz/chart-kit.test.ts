import { describe, expect, it } from 'vitest';
import { legendLayout, wrapWords, xTitleLines } from '../../src/viz/views/chart-kit.js';

describe('chart text that fits the width', () => {
  it('wraps an axis title into lines of the width there is, and leaves it whole where it fits', () => {
    const title = 'days since the start of the run (day 0 = Monday 00:00)';
    const margin = { top: 0, right: 20, bottom: 0, left: 70 };
    expect(xTitleLines(title, 1200, margin)).toEqual([title]);
    const phone = xTitleLines(title, 282, margin);
    expect(phone.length).toBe(2);
    expect(phone.join(' ')).toBe(title);
    expect(wrapWords('a bb ccc', 4 * 9)).toEqual(['a bb', 'ccc']);
    // A word longer than the width keeps a line of its own rather than being cut.
    expect(wrapWords('escalationManagers x', 50)).toEqual(['escalationManagers', 'x']);
  });

  it('puts legend entries on new rows when the next would pass the width', () => {
    const items = ['queue (waiting)', 'backlog (at the pool)', 'off shift', 'warm-up'].map((label) => ({
      label,
      colour: '#000',
      swatch: 'line' as const,
    }));
    expect(legendLayout(items, 2000).rows).toBe(1);
    const phone = legendLayout(items, 300);
    expect(phone.rows).toBe(3);
    expect(phone.at.map((a) => a.row)).toEqual([0, 1, 2, 2]);
    expect(phone.at.every((a) => a.x >= 0)).toBe(true);
  });
});
