import { describe, expect, it } from 'vitest';
import {
  copyJson,
  forbiddenKeyPath,
  jsonPatch,
  JsonPathError,
  mergeJson,
  setIn,
  withValueAt,
} from '../src/sim/scenario/json-edit.js';

const overlay = { nullRemoves: true } as const;

describe('setting a value by its path', () => {
  it('sets a field, creating the objects on the way', () => {
    const root: Record<string, unknown> = { name: 'x' };
    setIn(root, 'pools.se.specialties.XADM.teams', 2);
    setIn(root, ['pools', 'router', 'staff'], 7);
    expect(root).toEqual({
      name: 'x',
      pools: { se: { specialties: { XADM: { teams: 2 } } }, router: { staff: 7 } },
    });
  });

  it('refuses a path through a value that is not an object, naming both paths', () => {
    const root = { arrivals: { casesPerHour: 8.5 }, specialties: ['XADM'] };
    expect(() => setIn(root, 'arrivals.casesPerHour.peak', 1)).toThrow(
      new JsonPathError(
        ['arrivals', 'casesPerHour', 'peak'],
        'cannot set arrivals.casesPerHour.peak: arrivals.casesPerHour is 8.5, not an object',
      ),
    );
    expect(() => setIn(root, 'specialties.XADM', 1)).toThrow('specialties is a list, not an object');
  });

  it('replaces a value in the way when asked to (the form of the app)', () => {
    const root: Record<string, unknown> = { escalation: { escalateAfter: null } };
    setIn(root, 'escalation.escalateAfter.A', '8h', { replace: true });
    expect(root).toEqual({ escalation: { escalateAfter: { A: '8h' } } });
  });

  it('refuses __proto__, constructor and prototype anywhere in the path, and empty names', () => {
    for (const path of ['__proto__.polluted', 'pools.constructor.x', 'a.prototype', 'a..b', '', ' a']) {
      expect(() => setIn({}, path, 1), path).toThrow('expected a dotted path of field names');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('copies before setting: the input is not changed', () => {
    const raw = { pools: { router: { staff: 3 } } };
    const varied = withValueAt(raw, 'pools.router.staff', 5);
    expect(raw.pools.router.staff).toBe(3);
    expect(varied).toEqual({ pools: { router: { staff: 5 } } });
  });
});

describe('merging one JSON value onto another', () => {
  it('merges objects key by key, the later value winning', () => {
    const base = { pools: { router: { staff: 10, shrinkage: 0.3 }, pods: { count: 2 } }, seed: 1 };
    expect(mergeJson(base, { pools: { router: { staff: 8 } }, seed: 2 }, overlay)).toEqual({
      pools: { router: { staff: 8, shrinkage: 0.3 }, pods: { count: 2 } },
      seed: 2,
    });
  });

  it('replaces lists and scalars whole, and an object by a scalar or the other way round', () => {
    const base = { specialties: ['XADM', 'XCON', 'XCSI'], work: { dist: 'constant', value: 1 }, x: 3 };
    expect(mergeJson(base, { specialties: ['XADM'], work: '2h', x: { y: 1 } }, overlay)).toEqual({
      specialties: ['XADM'],
      work: '2h',
      x: { y: 1 },
    });
  });

  it('removes a key whose value is null when nulls remove, and keeps the null otherwise', () => {
    const base = { triage: { dist: 'lognormal', mean: '6m', sd: '3m' }, patience: { dist: 'exponential' } };
    const over = { triage: { dist: 'constant', value: '6m', mean: null, sd: null }, patience: null };
    expect(mergeJson(base, over, overlay)).toEqual({ triage: { dist: 'constant', value: '6m' } });
    expect(mergeJson(base, over, { nullRemoves: false })).toEqual({
      triage: { dist: 'constant', value: '6m', mean: null, sd: null },
      patience: null,
    });
  });

  it('leaves out the nulls of an object that is new (nothing to remove), and removing a missing key is no change', () => {
    expect(mergeJson({ a: 1 }, { b: { c: null, d: 2 }, e: null }, overlay)).toEqual({ a: 1, b: { d: 2 } });
  });

  it('keeps objects whole where told to', () => {
    const whole = (_: readonly string[], value: Record<string, unknown>) => 'dist' in value;
    const merged = mergeJson(
      { work: { dist: 'lognormal', mean: 1, sd: 2 } },
      { work: { dist: 'constant', value: 3 } },
      { nullRemoves: false, whole },
    );
    expect(merged).toEqual({ work: { dist: 'constant', value: 3 } });
  });

  it('changes neither input and shares nothing with them', () => {
    const shared = { A: null };
    const base = { one: shared, two: shared };
    const over = { one: { A: '1h' } };
    const merged = mergeJson(base, over, { nullRemoves: false }) as Record<string, Record<string, unknown>>;
    expect(merged).toEqual({ one: { A: '1h' }, two: { A: null } });
    expect(base).toEqual({ one: { A: null }, two: { A: null } });
    merged.one.B = 1;
    expect(over.one).toEqual({ A: '1h' });
  });

  it('refuses a forbidden field name in the overlay, and the prototype of Object is untouched', () => {
    const over = JSON.parse('{"pools": {"__proto__": {"polluted": true}}}') as unknown;
    expect(() => mergeJson({ pools: {} }, over, overlay)).toThrow(
      'pools.__proto__: not allowed as a field name',
    );
    expect(() => mergeJson({}, JSON.parse('{"constructor": {"x": 1}}'), overlay)).toThrow(JsonPathError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the overlay between two JSON values', () => {
  it('holds only what differs, and merged onto the first gives the second', () => {
    const from = {
      name: 'a',
      pools: { router: { staff: 10, shrinkage: 0.3 }, pods: { count: 2 } },
      list: [1, 2],
    };
    const to = {
      name: 'b',
      pools: { router: { staff: 12, shrinkage: 0.3 }, beta: { staff: 3 } },
      list: [1, 2],
    };
    const patch = jsonPatch(from, to);
    expect(patch).toEqual({ name: 'b', pools: { router: { staff: 12 }, pods: null, beta: { staff: 3 } } });
    expect(mergeJson(from, patch, overlay)).toEqual(to);
    expect(jsonPatch(to, to)).toEqual({});
  });

  it('refuses a null an overlay cannot say (its null would remove the key)', () => {
    expect(() => jsonPatch({ p: { dist: 'exponential' } }, { p: null })).toThrow(
      'p: an overlay cannot set null',
    );
    expect(() => jsonPatch({}, { a: { b: null } })).toThrow('a.b: an overlay cannot set null');
  });
});

describe('checking and copying raw JSON', () => {
  it('finds a forbidden field name at any depth, lists included', () => {
    expect(forbiddenKeyPath({ a: { b: 1 }, c: [1, { d: 2 }] })).toBeNull();
    expect(forbiddenKeyPath(JSON.parse('{"a": [0, {"__proto__": {}}]}'))).toEqual(['a', 1, '__proto__']);
    expect(forbiddenKeyPath({ pools: { prototype: 1 } })).toEqual(['pools', 'prototype']);
  });

  it('copies a __proto__ field as a plain field, never as the prototype', () => {
    const copy = copyJson(JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect((copy as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(copy)).toEqual(['__proto__']);
  });
});
