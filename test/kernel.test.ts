import { describe, expect, it } from 'vitest';
import { Kernel } from '../src/sim/kernel/index.js';

describe('the simjs kernel adapter', () => {
  it('delivers callbacks in time order with their context and argument', () => {
    const k = new Kernel();
    const log: Array<[string, number]> = [];
    const ctx = { log };
    const note = function (this: typeof ctx, what: { name: string }) {
      this.log.push([what.name, k.now()]);
    };
    k.schedule(5, note, ctx, { name: 'b' });
    k.schedule(2, note, ctx, { name: 'a' });
    k.schedule(9, note, ctx, { name: 'c' });
    k.runUntil(100);
    expect(log).toEqual([
      ['a', 2],
      ['b', 5],
      ['c', 9],
    ]);
    expect(k.now()).toBe(100);
    expect(k.events).toBe(3);
  });

  it('breaks ties between simultaneous events in the order they were scheduled', () => {
    const k = new Kernel();
    const order: string[] = [];
    const ctx = {};
    for (const name of ['first', 'second', 'third']) k.schedule(3, () => order.push(name), ctx, { name });
    k.runUntil(3);
    expect(order).toEqual(['first', 'second', 'third']);
  });

  it('keeps the first event past the limit pending so a run continues in slices', () => {
    const k = new Kernel();
    const seen: number[] = [];
    const ctx = {};
    k.schedule(10, () => seen.push(k.now()), ctx, { x: 1 });
    k.schedule(30, () => seen.push(k.now()), ctx, { x: 2 });
    k.runUntil(20);
    expect(seen).toEqual([10]);
    k.runUntil(40);
    expect(seen).toEqual([10, 30]);
  });

  it('does not deliver a cancelled timer and does not let it drag the clock past the limit', () => {
    const k = new Kernel();
    const seen: number[] = [];
    const ctx = {};
    const t = k.schedule(5, () => seen.push(5), ctx, { x: 1 });
    k.schedule(50, () => seen.push(50), ctx, { x: 2 });
    t.cancel();
    k.runUntil(10);
    expect(seen).toEqual([]);
    expect(k.now()).toBe(10);
    k.runUntil(60);
    expect(seen).toEqual([50]);
  });

  it('does not define a global window', () => {
    expect((globalThis as { window?: unknown }).window).toBeUndefined();
  });
});
