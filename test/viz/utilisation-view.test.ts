import { describe, expect, it } from 'vitest';
import type { KpiRow } from '../../src/sim/index.js';
import { prepareUtilisation } from '../../src/viz/views/utilisation-view.js';

const row = (kpi: string, scope: string, mean: number, halfWidth = 0.01): KpiRow => ({
  kpi,
  scope,
  mean,
  halfWidth,
  replications: 5,
  unit: '',
});

describe('prepareUtilisation', () => {
  it('makes one bar per pool with visits, in the order of the rows, and skips pools without visits', () => {
    const kpis = [
      row('visits', 'pool:router', 500),
      row('utilisation', 'pool:router', 0.31, 0.003),
      row('visits', 'pool:beta', 0),
      row('utilisation', 'pool:beta', 0),
      row('utilisation', 'pool:tams', 0.2), // no visits row at all
      row('visits', 'pool:se/XADM', 200),
      row('utilisation', 'pool:se/XADM', 0.77, 0.017),
      row('utilisation', 'role:se', 0.5), // not a pool
    ];
    expect(prepareUtilisation(kpis)).toEqual([
      { pool: 'router', mean: 0.31, halfWidth: 0.003, visits: 500 },
      { pool: 'se/XADM', mean: 0.77, halfWidth: 0.017, visits: 200 },
    ]);
  });

  it('skips a pool whose utilisation is NaN but keeps a NaN half-width (one replication)', () => {
    const bars = prepareUtilisation([
      row('visits', 'pool:pods', 3),
      row('utilisation', 'pool:pods', Number.NaN),
      row('visits', 'pool:escalation', 2),
      row('utilisation', 'pool:escalation', 0.4, Number.NaN),
    ]);
    expect(bars.map((b) => b.pool)).toEqual(['escalation']);
    expect(bars[0].halfWidth).toBeNaN();
  });
});
