import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs, requireBuiltCli, tempDir, tiersim, type CliResult } from './fixtures/cli/cli.js';

beforeAll(requireBuiltCli);
afterAll(removeTempDirs);

/**
 * The baseline restated: another name and description, the router staff it already has, and
 * the same weekly profile with every weight ten times larger. The weights are relative, so the
 * cases are the same, but their arrival rates are computed from other numbers: times differ in
 * the last bits, and so do the KPIs, by rounding alone.
 */
const RESTATED = 'test/fixtures/compare/baseline-restated.json';

describe('tiersim compare of a scenario with itself restated', () => {
  let out: string;
  let table: CliResult;
  let rows: string[][];
  beforeAll(() => {
    out = tempDir();
    const args = ['compare', 'scenarios/baseline.json', RESTATED, '--days', '9', '--reps', '10'];
    table = tiersim(...args, '--out', out, '--quiet');
    rows = readFileSync(join(out, 'comparison.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.replace(/"[^"]*"/g, 'name').split(','));
  });

  it('differs from it by rounding only, so the test is about noise', () => {
    expect(table.status, table.stderr).toBe(0);
    const moved = rows.filter((r) => Number(r[7]) !== 0);
    expect(moved.length).toBeGreaterThan(10);
    for (const r of moved) expect(Math.abs(Number(r[7]))).toBeLessThan(1e-9 * Math.abs(Number(r[5])));
  });

  it('marks nothing significant, in the table or comparison.csv', () => {
    expect(rows.filter((r) => r[10] !== 'false')).toEqual([]);
    expect(table.stdout).not.toMatch(/ \*$/m);
    expect(table.stdout).toMatch(/Significant changes: B − A: 0 of \d+ KPIs/);
  });

  it("leaves Little's-law gaps out of the comparison (they stay in kpis.csv)", () => {
    expect(rows.filter((r) => r[0] === 'little.relativeGap')).toEqual([]);
    const run = tiersim('run', RESTATED, '--days', '9', '--reps', '2', '--format', 'csv', '--quiet');
    expect(run.stdout).toMatch(/^little\.relativeGap,pool:router,/m);
  });
});
