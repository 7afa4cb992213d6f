import { describe, expect, it } from 'vitest';
import { MAX_WORKERS, workerCount } from '../../src/viz/worker-count.js';

describe('how many Web Workers share a run', () => {
  it('takes one per core, but no more than the replications nor the cap, and at least one', () => {
    expect(workerCount(10, '', 2)).toBe(2);
    expect(workerCount(3, '', 16)).toBe(3);
    expect(workerCount(100, '', 64)).toBe(MAX_WORKERS);
    expect(workerCount(1, '', 8)).toBe(1);
    // A browser that reports no cores (or 0) gets one worker.
    expect(workerCount(10, '', 0)).toBe(1);
    expect(workerCount(10, '', NaN)).toBe(1);
  });

  it('takes the count of ?workers=N over the cores, within the same bounds, and ignores a wrong one', () => {
    expect(workerCount(10, '?workers=3', 2)).toBe(3);
    expect(workerCount(2, '?workers=3', 8)).toBe(2);
    expect(workerCount(100, '?workers=20', 2)).toBe(MAX_WORKERS);
    for (const wrong of ['?workers=0', '?workers=-2', '?workers=1.5', '?workers=many', '?workers=']) {
      expect(workerCount(10, wrong, 4), wrong).toBe(4);
    }
  });
});
