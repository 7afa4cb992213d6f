import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precisionFields, precisionLines, precisionVerdict } from '../src/cli/plan/precision-verdict.js';
import type { KpiRow } from '../src/sim/index.js';
import { removeTempDirs, requireBuiltCli, tempDir, tiersim, type CliResult } from './fixtures/cli/cli.js';

beforeAll(requireBuiltCli);
afterAll(removeTempDirs);

/** A target no 4 replications of 9 days can reach, so that --max-reps 4 comes first. */
const UNREACHABLE = ['--days', '9', '--reps', '2', '--precision', '0.001', '--max-reps', '4', '--quiet'];

interface Verdict {
  target: number;
  maxReplications: number;
  replications: number;
  reached: boolean;
  missed: Array<{ kpi: string; scope: string; relativeHalfWidth: number | null }>;
}

/** The headline KPIs of MODEL.md's questions, as `--precision` checks them. */
function isHeadline(kpi: string, scope: string): boolean {
  if (scope === 'all') return ['firstResponse.mean', 'resolution.mean', 'cost.perWeek'].includes(kpi);
  if (kpi === 'sla.attainment') return /^severity:[^/]+$/.test(scope);
  if (kpi === 'abandoned.share') return scope === 'pool:router';
  return kpi === 'utilisation' && (scope === 'pool:router' || scope.startsWith('pool:se/'));
}

/** Headline rows of a kpis.csv whose relative half-width is at or above `target`: [kpi, scope, ratio]. */
function missedIn(kpisCsv: string, target: number): Array<[string, string, number]> {
  return kpisCsv
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .filter(([kpi, scope, mean]) => isHeadline(kpi, scope) && mean !== '')
    .map(([kpi, scope, mean, hw]): [string, string, number] => [
      kpi,
      scope,
      Math.abs(Number(hw) / Number(mean)),
    ])
    .filter(([, , ratio]) => ratio >= target);
}

/** `3.71%` for 0.0371, as the CLI writes a relative half-width. */
const percent = (ratio: number): string => `${Number((ratio * 100).toPrecision(3))}%`;

describe('--precision cut short by --max-reps', () => {
  let out: string;
  let run: CliResult;
  beforeAll(() => {
    out = tempDir();
    run = tiersim('run', 'scenarios/baseline.json', ...UNREACHABLE, '--out', out);
  });

  it('exits 3 and still writes every output file and the report', () => {
    expect(run.status, run.stderr).toBe(3);
    for (const name of ['kpis.csv', 'summary.json', 'timeseries.csv', 'flows.csv'])
      expect(existsSync(join(out, name)), name).toBe(true);
    expect(run.stdout).toContain('Cost');
    expect(run.stderr).not.toMatch(/replications for a relative half-width below/);
  });

  it('names every headline KPI that missed with the relative half-width it reached and the target', () => {
    const expected = missedIn(readFileSync(join(out, 'kpis.csv'), 'utf8'), 0.001);
    expect(expected.length).toBeGreaterThan(3);
    expect(run.stderr).toContain(
      `tiersim: baseline: --precision 0.001 not reached: stopped at 4 replications (--max-reps 4) with ${expected.length} headline KPI(s) still wider:`,
    );
    const listed = run.stderr
      .split('\n')
      .map((line) => /^tiersim: {3}(\S+) (\S+) +relative half-width (\S+) \(target below 0\.1%\)$/.exec(line))
      .filter((m) => m !== null)
      .map((m) => [m[1], m[2], m[3]]);
    expect(listed).toEqual(expected.map(([kpi, scope, ratio]) => [kpi, scope, percent(ratio)]));
  });

  it('records the verdict in summary.json beside the fields it always had', () => {
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(summary)).toEqual(
      expect.arrayContaining(['scenario', 'seed', 'replications', 'kpis', 'sla', 'flows', 'warnings']),
    );
    expect(summary.replications).toBe(4);
    const verdict = summary.precision as Verdict;
    expect(verdict).toMatchObject({ target: 0.001, maxReplications: 4, replications: 4, reached: false });
    const expected = missedIn(readFileSync(join(out, 'kpis.csv'), 'utf8'), 0.001);
    expect(verdict.missed.map((m) => [m.kpi, m.scope])).toEqual(expected.map(([k, s]) => [k, s]));
    verdict.missed.forEach((m, i) => expect(m.relativeHalfWidth).toBeCloseTo(expected[i][2], 8));
  });

  it('exits 3 again when --resume finds the run finished short of its target', () => {
    const again = tiersim('run', 'scenarios/baseline.json', ...UNREACHABLE, '--out', out, '--resume');
    expect(again.status, again.stderr).toBe(3);
    expect(again.stderr).toContain('tiersim: baseline: --precision 0.001 not reached');
  });

  it('says so for every variant of a sweep, counts them, writes their files and exits 3', () => {
    const sweep = tempDir();
    const result = tiersim(
      'sweep',
      'scenarios/baseline.json',
      '--set',
      'pools.router.staff=10,12',
      ...UNREACHABLE,
      '--out',
      sweep,
    );
    expect(result.status, result.stderr).toBe(3);
    for (const id of ['v001', 'v002']) {
      expect(result.stderr).toContain(`tiersim: ${id}: --precision 0.001 not reached`);
      const summary = JSON.parse(readFileSync(join(sweep, id, 'summary.json'), 'utf8')) as {
        precision: Verdict;
      };
      expect(summary.precision.reached).toBe(false);
    }
    expect(result.stderr).toContain(
      'tiersim: 2 of 2 variants stopped at --max-reps short of --precision 0.001',
    );
    expect(existsSync(join(sweep, 'sweep.csv'))).toBe(true);
  });

  it('exits 3 when merging shards whose variants stopped short of the target, and names them', () => {
    const [one, two, merged] = [tempDir(), tempDir(), tempDir()];
    const sweep = ['sweep', 'scenarios/baseline.json', '--set', 'pools.router.staff=10,12', ...UNREACHABLE];
    expect(tiersim(...sweep, '--shard', '1/2', '--out', one).status).toBe(3);
    expect(tiersim(...sweep, '--shard', '2/2', '--out', two).status).toBe(3);
    const result = tiersim('merge', one, two, '--out', merged);
    expect(result.status, result.stderr).toBe(3);
    expect(result.stderr).toContain(
      'tiersim merge: stopped at --max-reps short of --precision in their shard: v001, v002',
    );
  });

  it('exits 0 when the target is reached, and says on how many replications', () => {
    const result = tiersim(
      'run',
      'scenarios/baseline.json',
      '--days',
      '9',
      '--reps',
      '2',
      '--precision',
      '0.5',
      '--quiet',
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(
      /^tiersim: baseline: \d+ replications for a relative half-width below 0\.5 \(50%\) on every headline KPI$/m,
    );
  });
});

describe('the verdict of a precision run', () => {
  const row = (kpi: string, scope: string, mean: number, halfWidth: number): KpiRow => ({
    kpi,
    scope,
    mean,
    halfWidth,
    replications: 2,
    unit: '',
  });

  it("says the scenario's own 10 replications, not --max-reps 4, stopped a run whose count was above the cap", () => {
    const lines = precisionLines('baseline', {
      target: 0.01,
      maxReplications: 4,
      replications: 10,
      reached: false,
      missed: [{ kpi: 'firstResponse.mean', scope: 'all', relativeHalfWidth: 0.191 }],
    });
    expect(lines[0]).toBe(
      "baseline: --precision 0.01 not reached: stopped at 10 replications (the scenario's own count, above --max-reps 4) with 1 headline KPI(s) still wider:",
    );
  });

  it('counts a headline KPI whose half-width cannot be estimated as missed, and writes it as not estimable', () => {
    const verdict = precisionVerdict(
      {
        replications: 1,
        kpis: [
          row('firstResponse.mean', 'all', 30, NaN),
          row('cost.perWeek', 'all', 1000, 1),
          row('wait.mean', 'pool:router', 1, 5),
        ],
      },
      0.01,
      8,
    );
    expect(verdict.reached).toBe(false);
    expect(verdict.missed).toEqual([
      { kpi: 'firstResponse.mean', scope: 'all', relativeHalfWidth: Infinity },
    ]);
    expect(precisionFields(verdict)).toEqual({
      precision: {
        ...verdict,
        missed: [{ kpi: 'firstResponse.mean', scope: 'all', relativeHalfWidth: null }],
      },
    });
    expect(precisionLines('x', verdict)[1]).toBe(
      '  firstResponse.mean all  relative half-width not estimable (target below 1%)',
    );
  });

  it('skips headline KPIs without observations and adds nothing to summary.json without --precision', () => {
    const verdict = precisionVerdict(
      { replications: 4, kpis: [row('sla.attainment', 'severity:A', NaN, NaN)] },
      0.05,
      8,
    );
    expect(verdict).toEqual({ target: 0.05, maxReplications: 8, replications: 4, reached: true, missed: [] });
    expect(precisionFields(null)).toEqual({});
  });
});
