import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../src/cli/load-scenario.js';
import type { Scenario } from '../src/sim/index.js';
import { CLI, removeTempDirs, requireBuiltCli, ROOT, tempDir, tiersim } from './fixtures/cli/cli.js';

beforeAll(requireBuiltCli);
afterAll(removeTempDirs);

/**
 * The scenario without the fields the optimised overlay may change, and without the CSV paths
 * (a parsed scenario names its CSVs relative to the file it was loaded from).
 */
function withoutChanges(s: Scenario, pools: readonly string[]): unknown {
  const copy = structuredClone(s) as unknown as Record<string, Record<string, unknown>>;
  for (const key of ['name', 'description', 'horizon', 'replications']) delete copy[key];
  for (const pool of pools) delete copy.pools[pool];
  delete (copy.arrivals.weeklyProfile as Record<string, unknown>).file;
  delete copy.costs.file;
  return copy;
}

describe('tiersim optimize --out', () => {
  it('writes an overlay of the input with only what changed, which runs from any folder', () => {
    const out = tempDir();
    // router-cut.json is itself an overlay of baseline.json, whose CSV paths are relative to scenarios/.
    const args = ['scenarios/router-cut.json', '--days', '14', '--reps', '3', '--pools', 'pods,beta'];
    const result = tiersim('optimize', ...args, '--quiet', '--out', out);
    // 3: finished, but not every goal met (a short run); the files are written all the same.
    expect([0, 3], result.stderr).toContain(result.status);

    const overlay = JSON.parse(readFileSync(join(out, 'scenario.json'), 'utf8')) as Record<string, unknown>;
    expect(overlay.extends).toBe(
      relative(out, join(ROOT, 'scenarios/router-cut.json')).split('\\').join('/'),
    );
    expect(overlay.name).toBe('Router cut: two routers fewer (optimised)');
    expect(Object.keys(overlay).sort()).toEqual(
      ['description', 'extends', 'horizon', 'name', 'pools', 'replications'].sort(),
    );
    expect(overlay.horizon).toEqual({ days: 14 });
    expect(overlay.replications).toBe(3);

    // The pools it names are exactly those whose headcount changed, at their new headcount.
    const rows = readFileSync(join(out, 'optimize.csv'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(','))
      .filter((cells) => cells[0] === 'pool');
    const changed = rows.filter((cells) => cells[4] !== cells[5]);
    expect(changed.length).toBeGreaterThan(0);
    expect(Object.keys(overlay.pools as object).sort()).toEqual(changed.map((cells) => cells[1]).sort());
    const optimised = loadScenarioFile(join(out, 'scenario.json'));
    for (const [, pool, , , , after] of changed) {
      const headcount = pool === 'pods' ? optimised.pools.pods.count : optimised.pools.beta.staff;
      expect(headcount, pool).toBe(Number(after));
    }
    // Everything else is the input's, CSV inputs included.
    const input = loadScenarioFile('scenarios/router-cut.json');
    expect(optimised.arrivals.weeklyProfile?.weights).toEqual(input.arrivals.weeklyProfile?.weights);
    const names = changed.map((cells) => cells[1]);
    expect(withoutChanges(optimised, names)).toEqual(withoutChanges(input, names));

    const elsewhere = tempDir();
    const run = spawnSync(
      process.execPath,
      [CLI, 'run', join(out, 'scenario.json'), '--quiet', '--format', 'csv'],
      {
        cwd: elsewhere,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('kpi,scope,mean,halfWidth,replications,unit');
  });
});
