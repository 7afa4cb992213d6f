/**
 * The round trip: tiersim simulates a known scenario, its trace is written as a ticket history
 * (an events CSV with ISO times), `tiersim fit` reads it through a mapping and must recover the
 * scenario's parameters within their sampling intervals; the fitted scenario must run as it is,
 * from another folder, and its backtest agree with the history.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../src/cli/load-scenario.js';
import { simulateReplication } from '../src/sim/index.js';
import { estimateAll, type FitEstimates } from '../src/fit/fit-estimates.js';
import { parseMapping } from '../src/fit/mapping.js';
import { readHistory } from '../src/fit/read-history.js';
import { requireBuiltCli, removeTempDirs, tempDir, tiersim, ROOT } from './fixtures/cli/cli.js';
import { backtestVerdicts, familyWiseZ } from './support/backtest-checks.js';
import { eventRowsOfTrace, eventsCsv } from './support/trace-history.js';

const SCENARIO = 'test/fixtures/fit/round-trip.json';
const MAPPING = 'test/fixtures/fit/round-trip-mapping.json';

/** Checks in this file that compare an estimate with its true value. */
const CHECKS = 24;
/** z of a 1% family-wise false-alarm rate over CHECKS two-sided checks (Bonferroni). */
const Z = familyWiseZ(CHECKS);

/** Expects `estimate` within Z standard errors of `truth`. */
function expectWithin(what: string, estimate: number, truth: number, se: number): void {
  const z = Math.abs(estimate - truth) / se;
  expect(z, `${what}: ${estimate} against ${truth} (se ${se}, |z| ${z.toFixed(2)})`).toBeLessThanOrEqual(Z);
}

let dir: string;
let csvFile: string;
let e: FitEstimates;

beforeAll(() => {
  requireBuiltCli();
  const scenario = loadScenarioFile(SCENARIO);
  const trace = simulateReplication(scenario, { replication: 0, trace: true }).trace ?? [];
  dir = tempDir();
  csvFile = join(dir, 'history.csv');
  writeFileSync(csvFile, eventsCsv(eventRowsOfTrace(trace)));
  const history = readHistory(
    readFileSync(csvFile, 'utf8'),
    parseMapping(readFileSync(MAPPING, 'utf8'), MAPPING),
  );
  e = estimateAll(history);
});
afterAll(removeTempDirs);

describe('fitting a history tiersim wrote recovers the scenario', () => {
  it('recovers the arrival rate and the mixes', () => {
    expect(e.arrivals.cases).toBeGreaterThan(3000);
    expectWithin('cases per hour', e.arrivals.casesPerHour, 6, e.arrivals.casesPerHourSe);
    for (const [s, truth] of [
      ['A', 0.1],
      ['B', 0.3],
      ['C', 0.6],
    ] as const) {
      const share = e.mixes.severity.shares[s];
      expectWithin(`severity ${s}`, share.share, truth, Math.sqrt((truth * (1 - truth)) / share.of));
    }
    const xadm = e.mixes.specialty.shares.XADM;
    expectWithin('XADM', xadm.share, 0.6, Math.sqrt((0.6 * 0.4) / xadm.of));
    expect(e.specialtiesApart).toBe(true);
    expect(e.arrivals.surges).toEqual([]);
    expect(e.arrivals.trend.significant).toBe(false);
  });

  it('recovers the escalation shares, and finds nothing the ladder cannot do', () => {
    const f = e.flow;
    const binomial = (p: number, n: number) => Math.sqrt((p * (1 - p)) / n);
    expectWithin('closed by the router', f.closeShare.share, 0.1, binomial(0.1, f.closeShare.of));
    expectWithin('to Problem Control', f.toProblemControl.share, 0.15, binomial(0.15, f.toProblemControl.of));
    expectWithin('to escalation', f.toEscalation.share, 0.2, binomial(0.2, f.toEscalation.of));
    expect(f.hasRouter).toBe(true);
    expect(f.notModelled).toEqual([]);
  });

  it('recovers the mean work per tier and the customer waits', () => {
    const meanOf = (
      what: string,
      fit: { mean: number; sd: number; n: number } | null | undefined,
      truth: number,
    ) => {
      expect(fit, what).toBeTruthy();
      expectWithin(what, fit!.mean, truth, truth / Math.sqrt(fit!.n));
    };
    meanOf('triage', e.work.router.work.pooled, 4);
    meanOf('SE work A', e.work.se.work.bySeverity.A?.fit, 60);
    meanOf('SE work B', e.work.se.work.bySeverity.B?.fit, 45);
    meanOf('SE work C', e.work.se.work.bySeverity.C?.fit, 30);
    meanOf('Problem Control work', e.work.problemControl.work.pooled, 90);
    meanOf('escalation work', e.work.escalation.work.pooled, 180);
    expect(e.work.se.sessions).toBe(2);
    const waits = e.work.se.betweenSessions;
    meanOf('SE customer wait B', waits?.bySeverity.B?.fit, 120);
    meanOf('SE customer wait C', waits?.bySeverity.C?.fit, 240);
    // Textbook SEs spend all of a case's effort before sending it up.
    expect(e.work.se.diagnosisShare).toBeGreaterThan(0.8);
    // Exponential times: a family fits (no empirical fallback) where there are many visits.
    expect(e.work.se.work.bySeverity.C?.fit.chosen).not.toBe('empirical');
  });
});

describe('tiersim fit on that history', () => {
  it('writes a scenario that runs from anywhere, and a backtest that agrees on flows and resolution', () => {
    const out = join(dir, 'fitted');
    const fit = tiersim('fit', csvFile, '--map', MAPPING, '--out', out, '--reps', '3', '--quiet');
    expect(fit.stderr).not.toContain('internal error');
    expect([0, 3]).toContain(fit.status);
    expect(fit.stdout).toContain('backtest against the history');
    expect(readFileSync(join(out, 'backtest.csv'), 'utf8').split('\n')[0]).toBe(
      'kpi,scope,observed,simulated,halfWidth,verdict',
    );
    const verdict = backtestVerdicts(join(out, 'backtest.csv'));
    for (const kpi of [
      'arrivals.perWeek all',
      'reached.share tier:router',
      'reached.share tier:se',
      'reached.share tier:problemControl',
      'reached.share tier:escalation',
      'severity.share severity:A',
      'severity.share severity:B',
      'severity.share severity:C',
      'resolution.p50 all',
      'resolution.p50 severity:A',
      'resolution.p50 severity:B',
    ])
      expect(verdict.get(kpi), `${kpi}\n${fit.stdout}`).toBe('agree');
    const report = JSON.parse(readFileSync(join(out, 'fit-report.json'), 'utf8')) as {
      backtest: {
        disagree: string[];
        headline: string[];
        rows: Array<{ kpi: string; observed: number; simulated: number }>;
      };
    };
    expect(report.backtest.headline).toContain('reached.share tier:problemControl');
    // Exit 3 names the headline KPIs that disagree, and only those.
    if (fit.status === 3) expect(fit.stderr).toContain(report.backtest.disagree.join(', '));
    else expect(report.backtest.disagree).toEqual([]);
    // The fitted seats are those seen at work: the backlog comes out near the history's.
    const backlog = report.backtest.rows.find((r) => r.kpi === 'backlog.mean')!;
    expect(backlog.simulated / backlog.observed).toBeGreaterThan(1 / 1.5);
    expect(backlog.simulated / backlog.observed).toBeLessThan(1.5);

    expect(tiersim('validate', join(out, 'scenario.json')).status).toBe(0);
    // From another folder (the CLI runs at the repository's root): its CSV inputs are beside it.
    expect(out.startsWith(ROOT)).toBe(false);
    const run = tiersim('run', join(out, 'scenario.json'), '--reps', '1', '--format', 'csv');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^kpi,scope,mean/);
  }, 60_000);
});
