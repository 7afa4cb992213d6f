import { describe, expect, it } from 'vitest';
import { issueIsAbout } from '../../src/viz/invalid-form.js';
import { pathKeys, pathOf, valueAt, withInner } from '../../src/viz/json-path.js';

describe('field paths with list items', () => {
  it('read and write `a.b[0].c`', () => {
    expect(pathKeys('schedules.night.shifts[1].share')).toEqual(['schedules', 'night', 'shifts', 1, 'share']);
    expect(pathOf(['a', 0, 'b'])).toBe('a[0].b');
    expect(valueAt({ a: [{ b: 2 }] }, 'a[0].b')).toBe(2);
    expect(valueAt({ a: [{ b: 2 }] }, 'a[1].b')).toBeUndefined();
    const list = [{ share: 0.5, name: 'x' }, { share: 0.5 }];
    expect(withInner(list, [0, 'share'], 0.4)).toEqual([{ share: 0.4, name: 'x' }, { share: 0.5 }]);
    expect(list[0].share).toBe(0.5);
  });

  it('tell that an issue about a list is about the fields of its items', () => {
    expect(issueIsAbout('schedules.night.shifts', 'schedules.night.shifts[0].share')).toBe(true);
    expect(issueIsAbout('schedules.night', 'schedules.nights.shifts[0].share')).toBe(false);
  });
});
