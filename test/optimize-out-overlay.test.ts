import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../src/cli/load-scenario.js';
import { splitPeople, type Scenario } from '../src/sim/index.js';
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

  it('writes people moved between shifts as shares that parse to the people per shift it reports', () => {
    // Routers split 8 + 8 on a desk whose calls come by day (see test/optimize-shift-moves.test.ts),
    // copied next to the output: a scenario may extend files of its own folder (or scenarios/).
    const out = tempDir();
    for (const name of ['day-night-desk.json', 'day-night.csv'])
      copyFileSync(join(ROOT, 'test/fixtures/optimize', name), join(out, name));
    const args = [join(out, 'day-night-desk.json'), '--days', '20', '--reps', '5'];
    const result = tiersim('optimize', ...args, '--quiet', '--out', out);
    expect(result.status, result.stderr).toBe(0);

    const overlay = JSON.parse(readFileSync(join(out, 'scenario.json'), 'utf8')) as Record<string, object>;
    // The schedule is the router's alone, so the overlay changes it where the file names it.
    expect(Object.keys(overlay.schedules)).toEqual(['day-night']);
    const shifts = readFileSync(join(out, 'optimize.csv'), 'utf8')
      .split('\n')
      .map((line) => line.split(','))
      .filter((cells) => cells[0] === 'shift')
      .map((cells) => [cells[1], Number(cells[4]), Number(cells[5])]);
    const optimised = loadScenarioFile(join(out, 'scenario.json'));
    const router = optimised.pools.router;
    const people = splitPeople(
      router.schedule.shifts.map((s) => s.share),
      router.staff,
    );
    expect(shifts).toEqual([
      ['router/day', 8, people[0]],
      ['router/night', 8, people[1]],
    ]);
    // People were moved to the day, where the calls are.
    expect(people[0]).toBeGreaterThan(8);

    const run = spawnSync(process.execPath, [CLI, 'run', join(out, 'scenario.json'), '--quiet'], {
      cwd: tempDir(),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect([run.status, run.stderr]).toEqual([0, '']);
  });
});
