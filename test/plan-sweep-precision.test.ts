import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs, requireBuiltCli, tempDir, tiersim, type CliResult } from './fixtures/cli/cli.js';
import { treeOf } from './support/tree.js';

beforeAll(requireBuiltCli);
afterAll(removeTempDirs);

const SHORT = ['--days', '10', '--reps', '2', '--quiet'];

function csvRows(text: string): string[][] {
  return text
    .trim()
    .split('\n')
    .map((l) => l.split(','));
}

describe('tiersim sweep', () => {
  let out: string;
  let result: CliResult;
  beforeAll(() => {
    out = tempDir();
    result = tiersim(
      'sweep',
      'scenarios/baseline.json',
      '--set',
      'pools.router.staff=6,12',
      '--set',
      'pools.se.specialties.XCSI.sesPerTeam=10..11',
      ...SHORT,
      '--out',
      out,
    );
  });

  it('runs the full grid: 2 x 2 variants, one folder each, first --set varying slowest', () => {
    expect(result.status, result.stderr).toBe(0);
    const variants = csvRows(readFileSync(join(out, 'variants.csv'), 'utf8'));
    expect(variants[0]).toEqual([
      'variant',
      'label',
      'pools.router.staff',
      'pools.se.specialties.XCSI.sesPerTeam',
      'costPerWeek',
      'slaA',
      'slaB',
      'slaC',
      'meetsGoals',
    ]);
    expect(variants.slice(1).map((r) => [r[0], r[2], r[3]])).toEqual([
      ['v001', '6', '10'],
      ['v002', '6', '11'],
      ['v003', '12', '10'],
      ['v004', '12', '11'],
    ]);
    for (const id of ['v001', 'v002', 'v003', 'v004']) expect(treeOf(out).has(`${id}/kpis.csv`)).toBe(true);
  });

  it('writes a tidy sweep.csv: one row per variant and KPI, with the swept values as columns', () => {
    const rows = csvRows(readFileSync(join(out, 'sweep.csv'), 'utf8'));
    expect(rows[0]).toEqual([
      'variant',
      'pools.router.staff',
      'pools.se.specialties.XCSI.sesPerTeam',
      'kpi',
      'scope',
      'mean',
      'halfWidth',
      'replications',
      'unit',
    ]);
    const perVariant =
      readFileSync(join(out, 'v001', 'kpis.csv'), 'utf8')
        .trim()
        .split('\n').length - 1;
    expect(rows.length - 1).toBe(4 * perVariant);
    const headcount = rows
      .filter((r) => r[3] === 'headcount' && r[4] === 'role:router')
      .map((r) => [r[0], r[5]]);
    expect(headcount).toEqual([
      ['v001', '6'],
      ['v002', '6'],
      ['v003', '12'],
      ['v004', '12'],
    ]);
  });

  it('lists the variants that meet every SLA goal, cheapest first', () => {
    const variants = csvRows(readFileSync(join(out, 'variants.csv'), 'utf8')).slice(1);
    const feasible = variants
      .filter((r) => r[8] === 'yes')
      .sort((a, b) => Number(a[4]) - Number(b[4]))
      .map((r) => r[0]);
    const listed = result.stdout
      .split('\n')
      .filter((l) => /^v\d{3} /.test(l))
      .map((l) => l.split(' ')[0]);
    expect(listed).toEqual(feasible);
    expect(result.stdout.split('\n')[0]).toBe(
      `${feasible.length} of 4 variants meet every SLA goal${feasible.length > 0 ? ', cheapest first:' : '.'}`,
    );
  });

  it('gives the same files for a sweep file as for the same --set options', () => {
    const fromFile = tempDir();
    const direct = tempDir();
    expect(
      tiersim(
        'sweep',
        'scenarios/sweeps/xadm-teams-by-volume.json',
        '--days',
        '9',
        '--reps',
        '2',
        '--quiet',
        '--out',
        fromFile,
      ).status,
    ).toBe(0);
    expect(
      tiersim(
        'sweep',
        'scenarios/baseline.json',
        '--set',
        'pools.se.specialties.XADM.teams=2..4',
        '--set',
        'arrivals.casesPerHour=7.5,8.5,9.5',
        '--days',
        '9',
        '--reps',
        '2',
        '--quiet',
        '--out',
        direct,
      ).status,
    ).toBe(0);
    const a = treeOf(fromFile);
    expect(a.size).toBeGreaterThan(9 * 4);
    expect(treeOf(direct)).toEqual(a);
  });

  it('reports a variant that is not a valid scenario with its field path and still runs the others (exit 3)', () => {
    const bad = tiersim('sweep', 'scenarios/baseline.json', '--set', 'pools.router.staff=-1,8', ...SHORT);
    expect(bad.status).toBe(3);
    expect(bad.stderr).toContain('pools.router.staff: expected a whole number >= 0, got -1');
    expect(bad.stdout).toMatch(/of 1 variants meet every SLA goal/);
  });

  it('rejects a sweep without --set and a malformed --set with one line', () => {
    expect(tiersim('sweep', 'scenarios/baseline.json', ...SHORT).stderr).toContain('give at least one --set');
    const bad = tiersim('sweep', 'scenarios/baseline.json', '--set', 'arrivals.casesPerHour=abc', ...SHORT);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')[0]).toBe(
      '--set arrivals.casesPerHour=abc: expected numbers like 20,25,30 or a range like 1..4',
    );
  });
});

describe('--precision', () => {
  it('adds replications until every headline KPI is precise enough, the same with any --jobs', () => {
    const one = tempDir();
    const two = tempDir();
    const args = [
      'run',
      'scenarios/textbook-tiers.json',
      '--days',
      '14',
      '--reps',
      '2',
      '--precision',
      '0.1',
      '--max-reps',
      '64',
    ];
    const a = tiersim(...args, '--out', one, '--jobs', '1');
    const b = tiersim(...args, '--out', two, '--jobs', '2');
    expect(a.status, a.stderr).toBe(0);
    expect(b.status, b.stderr).toBe(0);
    const reps = Number(/(\d+) replications for a relative half-width below 0.1 /.exec(a.stderr)?.[1]);
    // Rounds double from 2: 2, 4, 8, 16, 32, 64; the target is reached before the cap.
    expect([4, 8, 16, 32]).toContain(reps);
    const kpis = csvRows(readFileSync(join(one, 'kpis.csv'), 'utf8'));
    const row = (kpi: string, scope: string) => kpis.find((r) => r[0] === kpi && r[1] === scope)!;
    for (const [kpi, scope] of [
      ['utilisation', 'pool:router'],
      ['utilisation', 'pool:se/XADM'],
      ['firstResponse.mean', 'all'],
    ]) {
      const r = row(kpi, scope);
      expect(Number(r[4])).toBe(reps);
      expect(Number(r[3]) / Math.abs(Number(r[2]))).toBeLessThan(0.1);
    }
    const summary = JSON.parse(readFileSync(join(one, 'summary.json'), 'utf8')) as { precision: unknown };
    expect(summary.precision).toEqual({
      target: 0.1,
      maxReplications: 64,
      replications: reps,
      reached: true,
      missed: [],
    });
    expect(treeOf(two)).toEqual(treeOf(one));
  });

  it('warns when a rare tier saw too few cases for its KPIs to mean much', () => {
    const result = tiersim(
      'run',
      'scenarios/baseline.json',
      '--days',
      '9',
      '--reps',
      '2',
      '--precision',
      '0.5',
      '--max-reps',
      '4',
      '--quiet',
    );
    expect(result.stderr).toMatch(
      /warning: baseline: only [\d.]+ cases per replication reached tier:escalation/,
    );
  });
});
