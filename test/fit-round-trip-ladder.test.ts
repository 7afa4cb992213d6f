/**
 * The round trip with a ladder: tiersim simulates an organisation where some cases skip the
 * router or enter at Problem Control and some come back down to be closed; its trace, written
 * as an events history, is fitted again and must give back the entry shares, the return shares
 * and the closing work within their sampling intervals.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../src/cli/load-scenario.js';
import { simulateReplication } from '../src/sim/index.js';
import { estimateAll, type FitEstimates } from '../src/fit/fit-estimates.js';
import { parseMapping } from '../src/fit/mapping.js';
import { readHistory } from '../src/fit/read-history.js';
import { removeTempDirs, requireBuiltCli, tempDir, tiersim } from './fixtures/cli/cli.js';
import { backtestVerdicts, familyWiseZ } from './support/backtest-checks.js';
import { eventRowsOfTrace, eventsCsv } from './support/trace-history.js';

const SCENARIO = 'test/fixtures/fit/round-trip-ladder.json';
const MAPPING = 'test/fixtures/fit/round-trip-mapping.json';

/** Checks in this file that compare an estimate with its true value. */
const CHECKS = 9;
const Z = familyWiseZ(CHECKS);

/** Expects a share within Z binomial standard errors of `truth`. */
function expectShare(what: string, share: { share: number; of: number }, truth: number, scale = 1): void {
  const se = (scale * Math.sqrt((truth / scale) * (1 - truth / scale))) / Math.sqrt(share.of);
  const z = Math.abs(share.share - truth) / se;
  expect(
    z,
    `${what}: ${share.share} of ${share.of} against ${truth} (|z| ${z.toFixed(2)})`,
  ).toBeLessThanOrEqual(Z);
}

let dir: string;
let csvFile: string;
let e: FitEstimates;

beforeAll(() => {
  requireBuiltCli();
  const trace = simulateReplication(loadScenarioFile(SCENARIO), { replication: 0, trace: true }).trace ?? [];
  dir = tempDir();
  csvFile = join(dir, 'history.csv');
  writeFileSync(csvFile, eventsCsv(eventRowsOfTrace(trace)));
  e = estimateAll(
    readHistory(readFileSync(csvFile, 'utf8'), parseMapping(readFileSync(MAPPING, 'utf8'), MAPPING)),
  );
});
afterAll(removeTempDirs);

describe('fitting a history with entries above the router and returns down', () => {
  it('recovers the shares entering at the SE tier (15%) and at Problem Control (5%), and none at an escalation engineer', () => {
    expectShare('entered at SE', e.flow.entry.se, 0.15);
    expectShare('entered at Problem Control', e.flow.entry.problemControl, 0.05);
    expect(e.flow.entry.escalation.count).toBe(0);
  });

  it('recovers the shares up, counting only the cases that climbed from below', () => {
    expectShare('to Problem Control', e.flow.toProblemControl, 0.15);
    expectShare('to escalation', e.flow.toEscalation, 0.2);
  });

  it('recovers the shares handed back down (30% from Problem Control, 25% of the escalation engineers’ cases without a hotfix) and the hotfix share (20%, open cases waiting on the vendor counted)', () => {
    expectShare('back down from Problem Control', e.flow.returnsFromProblemControl, 0.3);
    // Cases that needed a hotfix (20%) are closed from the product group: left out of the share.
    expectShare('back down from escalation', e.flow.returnsFromEscalation, 0.25);
    const hotfix = e.work.escalation.hotfix!;
    expectShare(
      'needed a hotfix',
      { share: hotfix.share, of: Math.round(hotfix.visits / hotfix.share) },
      0.2,
    );
  });

  it('fits the closing work after coming back down (exponential, mean 20 min) and finds nothing the ladder cannot do', () => {
    const fit = e.returnWork?.work.pooled;
    expect(fit).toBeTruthy();
    const z = Math.abs(fit!.mean - 20) / (20 / Math.sqrt(fit!.n));
    expect(z, `closing work mean ${fit!.mean} of ${fit!.n}`).toBeLessThanOrEqual(Z);
    expect(e.flow.notModelled).toEqual([]);
  });
});

describe('tiersim fit on that history', () => {
  it('writes the ladder into the scenario, and its backtest agrees on entries, reach and returns', () => {
    const out = join(dir, 'fitted');
    const fit = tiersim('fit', csvFile, '--map', MAPPING, '--out', out, '--reps', '3', '--quiet');
    expect(fit.stderr).not.toContain('internal error');
    expect([0, 3]).toContain(fit.status);
    const scenario = JSON.parse(readFileSync(join(out, 'scenario.json'), 'utf8')) as {
      ladder: { entry: Record<string, number>; returns: Record<string, number>; returnWork: object };
    };
    expect(scenario.ladder.entry.se).toBeCloseTo(e.flow.entry.se.share, 6);
    expect(scenario.ladder.returns.fromEscalation).toBeCloseTo(e.flow.returnsFromEscalation.share, 6);
    expect(Object.keys(scenario.ladder.returnWork)).toEqual(['A', 'B', 'C']);
    const verdict = backtestVerdicts(join(out, 'backtest.csv'));
    for (const kpi of [
      'returned.share all',
      'reached.share tier:router',
      'reached.share tier:se',
      'reached.share tier:problemControl',
      'reached.share tier:escalation',
    ])
      expect(verdict.get(kpi), `${kpi}\n${fit.stdout}`).toBe('agree');
  }, 60_000);
});
