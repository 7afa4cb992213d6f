import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Paced } from '../../src/viz/paced.js';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('partial results drawn at a pace', () => {
  it('draws the first value at once and only the newest of those offered while it waits', () => {
    const drawn: number[] = [];
    const paced = new Paced<number>((v) => drawn.push(v), 200, 0.1);
    paced.offer(1);
    vi.advanceTimersByTime(0);
    expect(drawn).toEqual([1]);
    paced.offer(2);
    paced.offer(3);
    vi.advanceTimersByTime(199);
    expect(drawn).toEqual([1]);
    vi.advanceTimersByTime(1);
    expect(drawn).toEqual([1, 3]);
  });

  it('waits nine times as long as a draw took, so drawing takes a tenth of the time', () => {
    const drawn: number[] = [];
    const paced = new Paced<number>(
      (v) => {
        drawn.push(v);
        // The draw takes 100 ms of the clock the pacing reads.
        vi.advanceTimersByTime(100);
      },
      200,
      0.1,
    );
    paced.offer(1);
    vi.advanceTimersByTime(0);
    paced.offer(2);
    vi.advanceTimersByTime(899);
    expect(drawn).toEqual([1]);
    vi.advanceTimersByTime(1);
    expect(drawn).toEqual([1, 2]);
  });

  it('draws nothing more once stopped', () => {
    const drawn: number[] = [];
    const paced = new Paced<number>((v) => drawn.push(v));
    paced.offer(1);
    paced.stop();
    vi.advanceTimersByTime(10_000);
    expect(drawn).toEqual([]);
  });
});
