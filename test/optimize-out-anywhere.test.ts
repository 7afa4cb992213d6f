import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, removeTempDirs, requireBuiltCli, ROOT, tempDir } from './fixtures/cli/cli.js';

beforeAll(requireBuiltCli);
afterAll(removeTempDirs);

/** Runs the built CLI with `cwd` as the working folder. */
function tiersimIn(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  if (result.error) throw result.error;
  return result;
}

/** `kpi|scope` -> mean of a kpis.csv text (or a comparison.csv's `otherMean`, column 6). */
function means(csv: string, column: number): Map<string, number> {
  const [, ...lines] = csv.trim().split('\n');
  return new Map(lines.map((l) => l.split(',')).map((c) => [`${c[0]}|${c[1]}`, Number(c[column])]));
}

/**
 * Optimises `input` from the folder `cwd` (paths as given) into `out`, then runs the written
 * scenario from yet another folder: it must run as it is, and give the optimised scenario's
 * KPIs that the comparison printed (the same seed and replications).
 */
function optimiseThenRun(cwd: string, input: string, out: string, ...args: string[]) {
  const optimised = tiersimIn(cwd, 'optimize', input, '--out', out, '--quiet', ...args);
  expect([0, 3], optimised.stderr).toContain(optimised.status);
  const outDir = join(cwd, out);
  const scenario = JSON.parse(readFileSync(join(outDir, 'scenario.json'), 'utf8')) as Record<string, unknown>;
  const run = tiersimIn(tempDir(), 'run', join(outDir, 'scenario.json'), '--quiet', '--format', 'csv');
  expect([run.status, run.stderr]).toEqual([0, '']);
  const comparison = means(readFileSync(join(outDir, 'comparison.csv'), 'utf8'), 6);
  const kpis = means(run.stdout, 2);
  for (const key of ['cost.perWeek|all', 'headcount|all', 'sla.attainment|severity:C'])
    expect(kpis.get(key), key).toBeCloseTo(comparison.get(key)!, 6);
  return { outDir, scenario, kpis };
}

describe('tiersim optimize --out writes a scenario that runs from any folder, wherever it is written', () => {
  it('writes a scenario of its own folder in full, with its CSV input copied beside it, when an overlay could not read the input', () => {
    // The day/night desk in a folder of its own, its profile in data/ below it; the command runs
    // from a third folder, naming both by relative paths.
    const [home, elsewhere, cwd] = [tempDir(), tempDir(), tempDir()];
    const desk = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/optimize/day-night-desk.json'), 'utf8'));
    desk.arrivals.weeklyProfile = 'data/day-night.csv';
    mkdirSync(join(home, 'data'));
    copyFileSync(join(ROOT, 'test/fixtures/optimize/day-night.csv'), join(home, 'data/day-night.csv'));
    writeFileSync(join(home, 'desk.json'), JSON.stringify(desk));

    const input = relative(cwd, join(home, 'desk.json'));
    const out = relative(cwd, join(elsewhere, 'deep/opt'));
    const { outDir, scenario } = optimiseThenRun(cwd, input, out, '--days', '4', '--reps', '3');
    expect(scenario.extends).toBeUndefined();
    expect(scenario.name).toBe('Day and night desk (optimised)');
    expect((scenario.arrivals as Record<string, unknown>).weeklyProfile).toBe('inputs/day-night.csv');
    expect(readFileSync(join(outDir, 'inputs/day-night.csv'), 'utf8')).toBe(
      readFileSync(join(home, 'data/day-night.csv'), 'utf8'),
    );
    expect(scenario.replications).toBe(3);
  });

  it("writes the user's scenario (an overlay of the baseline) in full when the out folder is below it, its CSVs named in the project's data/", () => {
    // A scenario of the user's that extends the shipped baseline: results/scenario.json could
    // not read ../my.json (a scenario reads only its own folder tree and the project's data/
    // and scenarios/), so the optimised scenario is written whole.
    const [home, cwd] = [tempDir(), tempDir()];
    const my = { extends: join(ROOT, 'scenarios/baseline.json'), name: 'My baseline' };
    writeFileSync(join(home, 'my.json'), JSON.stringify(my));
    const args = ['--days', '9', '--reps', '2', '--on', 'mean', '--pools', 'beta'];
    const { scenario } = optimiseThenRun(
      cwd,
      join(home, 'my.json'),
      relative(cwd, join(home, 'results')),
      ...args,
    );
    expect(scenario.extends).toBeUndefined();
    expect(scenario.name).toBe('My baseline (optimised)');
    const profile = (scenario.arrivals as Record<string, unknown>).weeklyProfile as string;
    expect(join(home, 'results', profile)).toBe(join(ROOT, 'data/weekly-profile.csv'));
    expect(existsSync(join(home, 'results/inputs'))).toBe(false);
  });

  it('writes an overlay (extends by a path relative to the out folder) of a shipped scenario, run from elsewhere', () => {
    const cwd = tempDir();
    const out = relative(cwd, join(tempDir(), 'opt'));
    const input = join(ROOT, 'scenarios/baseline.json');
    const args = ['--days', '9', '--reps', '2', '--on', 'mean', '--pools', 'beta'];
    const { outDir, scenario } = optimiseThenRun(cwd, input, out, ...args);
    expect(scenario.extends).toBe(relative(outDir, input).split('\\').join('/'));
    expect(scenario.name).toBe('Exchange support baseline (optimised)');
    expect(scenario.horizon).toEqual({ days: 9 });
  });
});
