import { describe, expect, it } from 'vitest';
import type { KpiRow } from '../../src/sim/index.js';
import { backtestLabel, parseBacktestCsv, prepareBacktest } from '../../src/viz/views/backtest-data.js';

const CSV = [
  'kpi,scope,observed,simulated,halfWidth,verdict',
  'arrivals.perWeek,all,1929.4,1928.2,21.1,agree',
  'reached.share,tier:problemControl,0.48,0.479,0.006,agree',
  'severity.share,severity:A,0.027,0.027,0.001,agree',
  'resolution.p50,all,1224,1623.6,24,disagree',
  'resolution.p50,severity:C,,90,6,info',
  'emd.cycleTime,all,,2681.4,172.2,info',
  'arrivals,week:2016-02-29,1857,1902.6,23.8,agree',
  'backlog,week:2016-02-29,900,1000,30,disagree',
].join('\n');

const kpi = (name: string, scope: string, mean: number, halfWidth: number): KpiRow => ({
  kpi: name,
  scope,
  mean,
  halfWidth,
  replications: 5,
  unit: '',
});

describe('the backtest of a fitted scenario in the browser', () => {
  it('reads backtest.csv as tiersim fit writes it, an empty cell as no value', () => {
    const rows = parseBacktestCsv(CSV);
    expect(rows).toHaveLength(8);
    expect(rows[3]).toEqual({
      kpi: 'resolution.p50',
      scope: 'all',
      observed: 1224,
      simulated: 1623.6,
      halfWidth: 24,
      verdict: 'disagree',
    });
    expect(rows[5].observed).toBeNaN();
  });

  it('names the row of a file that is not a backtest', () => {
    expect(() => parseBacktestCsv('kpi,scope,mean\nx,y,1')).toThrow('row 1: expected the header');
    expect(() => parseBacktestCsv(`${CSV}\nreached.share,tier:se,1,1,0`)).toThrow(
      'row 10: expected 6 cells, got 5',
    );
    expect(() => parseBacktestCsv(`${CSV}\nreached.share,tier:se,one,1,0,agree`)).toThrow(
      'row 10: observed "one" is not a number',
    );
  });

  it('puts shares and times (minutes to hours) beside the fit, leaving out what the history has no value for', () => {
    const data = prepareBacktest(parseBacktestCsv(CSV), null);
    expect(data.shares.map(backtestLabel)).toEqual(['reach Problem Control', 'severity A']);
    expect(data.times).toHaveLength(1);
    expect(data.times[0]).toMatchObject({
      observed: 20.4,
      fit: { mean: 1623.6 / 60, halfWidth: 0.4 },
      now: null,
    });
    expect(data.arrivals).toEqual([
      { week: '2016-02-29', observed: 1857, fit: { mean: 1902.6, halfWidth: 23.8 }, verdict: 'agree' },
    ]);
    expect(data.backlog[0].verdict).toBe('disagree');
  });

  it("adds this page's run: reach as it is, the severity mix from arrivals, quantiles in hours", () => {
    const kpis = [
      kpi('reached.share', 'tier:problemControl', 0.5, 0.01),
      kpi('arrivals', 'all', 2000, 10),
      kpi('arrivals', 'severity:A', 60, 3),
      kpi('resolution.p50', 'all', 1500, 30),
    ];
    const data = prepareBacktest(parseBacktestCsv(CSV), kpis);
    expect(data.shares.map((p) => p.now)).toEqual([
      { mean: 0.5, halfWidth: 0.01 },
      { mean: 0.03, halfWidth: NaN },
    ]);
    expect(data.times[0].now).toEqual({ mean: 25, halfWidth: 0.5 });
  });
});
