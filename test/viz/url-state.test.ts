import { describe, expect, it } from 'vitest';
import { encodeState, readLink } from '../../src/viz/url-state.js';

describe('readLink', () => {
  it('reads back the state the page writes, and a shipped scenario by its name alone', () => {
    const raw = { name: 'Été', pools: { router: { staff: 3 } } };
    expect(readLink(encodeState({ name: 'my file.json', raw }))).toEqual({
      kind: 'scenario',
      name: 'my file.json',
      raw,
    });
    expect(readLink('#s=router-cut.json')).toEqual({ kind: 'named', name: 'router-cut.json' });
    expect(readLink('')).toEqual({ kind: 'none' });
    expect(readLink('#')).toEqual({ kind: 'none' });
  });

  it('says why a link cannot be read instead of reading it as no link', () => {
    const whole = encodeState({ name: 'baseline.json', raw: { name: 'x' } });
    for (const hash of [
      whole.slice(0, whole.length - 4), // cut short
      '#s=baseline.json&j=%%%',
      '#s=baseline.json&j=',
      `#s=baseline.json&j=${Buffer.from([0xff, 0xfe]).toString('base64url')}`, // not UTF-8
      '#j=e30',
      '#s=&j=e30',
      '#kpis',
    ]) {
      expect(readLink(hash).kind, hash).toBe('unreadable');
    }
    expect(readLink('#kpis')).toMatchObject({ problem: expect.stringContaining('#kpis') as unknown });
  });
});
