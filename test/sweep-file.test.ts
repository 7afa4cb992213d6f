import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyValues } from '../src/cli/sweep/apply.js';
import { sweepGrid } from '../src/cli/sweep/grid.js';
import { isSweepFile, loadSweepFile, parseSweepFile } from '../src/cli/sweep/sweep-file.js';
import { UserError } from '../src/cli/user-error.js';
import { parseScenario } from '../src/sim/index.js';

const FIXTURES = 'test/fixtures/sweep';
const EXAMPLE = 'scenarios/sweeps/xadm-teams-by-volume.json';

/** The lines of the UserError `run` must throw. */
function mistakeLines(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error.message.split('\n');
    throw error;
  }
  throw new Error('no UserError was thrown');
}

describe('a sweep file', () => {
  it('loads its name, scenario (relative to the sweep file) and every set, in the file order', () => {
    expect(loadSweepFile(`${FIXTURES}/good.json`)).toEqual({
      name: 'Fixture sweep',
      description: '',
      scenarioFile: `${FIXTURES}/base.json`,
      specs: [
        { path: 'pools.se.specialties.XADM.teams', values: [1, 2, 3] },
        { path: 'arrivals.casesPerHour', values: [20, 25.5] },
        { path: 'pools.router.staff', values: [4, 6] },
        { path: 'escalation.toEscalation', values: [0.1, 0.2, 0.3] },
        { path: 'seed', values: [7] },
      ],
    });
  });

  it('gives variants that parse as scenarios of its base file', () => {
    const sweep = loadSweepFile(`${FIXTURES}/good.json`);
    const raw: unknown = JSON.parse(readFileSync(sweep.scenarioFile, 'utf8'));
    const grid = sweepGrid(sweep.specs);
    expect(grid).toHaveLength(3 * 2 * 2 * 3 * 1);
    const last = parseScenario(applyValues(raw, grid[grid.length - 1].values), { file: sweep.scenarioFile });
    const { pools, arrivals, escalation, seed } = last;
    const got = [
      pools.se.specialties.XADM.teams,
      arrivals.casesPerHour,
      pools.router.staff,
      escalation.toEscalation,
      seed,
    ];
    expect(got).toEqual([3, 25.5, 6, 0.3, 7]);
  });

  it('reports every problem of a bad file on its own line, with its path, in the order of the file', () => {
    const file = `${FIXTURES}/bad.json`;
    expect(mistakeLines(() => loadSweepFile(file))).toEqual([
      `${file}: name: expected a non-empty string, got 3`,
      `${file}: scenario: expected the scenario file's name, relative to this file, got nothing`,
      `${file}: set.pools..staff: expected a dotted path of field names like pools.router.staff, got 1`,
      `${file}: set.arrivals.casesPerHour: expected numbers like 20,25,30 or a range like 1..4, got "abc"`,
      `${file}: set.pools.router.staff: expected a list of numbers like [20, 25, 30] or a string like "20,25,30" or "1..4", got [1,"2"]`,
      `${file}: set.horizon.days: expected a range from low to high, like 1..4, got "4..1"`,
      `${file}: set.seed: expected a list of numbers like [20, 25, 30] or a string like "20,25,30" or "1..4", got true`,
      `${file}: set.pools.beta.staff: expected each value once (2 is given twice), got [2,2]`,
      `${file}: set.pools.pods.count: expected a list of numbers like [20, 25, 30] or a string like "20,25,30" or "1..4", got []`,
      `${file}: replications: expected a whole number >= 1, got 0`,
      `${file}: colour: unknown field`,
    ]);
  });

  it('needs at least one path in set', () => {
    const file = `${FIXTURES}/empty-set.json`;
    expect(mistakeLines(() => loadSweepFile(file))).toEqual([
      `${file}: set: expected an object of paths to values, like {"arrivals.casesPerHour": "20,25,30"}, got {}`,
    ]);
  });

  it('says so in one line when the file is missing or not JSON', () => {
    expect(mistakeLines(() => loadSweepFile(`${FIXTURES}/absent.json`))).toEqual([
      `${FIXTURES}/absent.json: cannot read the file: no such file or folder`,
    ]);
    const lines = mistakeLines(() => loadSweepFile(`${FIXTURES}/not-json.json`));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${FIXTURES}/not-json.json: not valid JSON: `));
  });

  it('keeps an absolute scenario path as it is', () => {
    const scenario = resolve(FIXTURES, 'base.json');
    expect(parseSweepFile({ name: 'x', scenario, set: { seed: 1 } }, 'elsewhere/x.json').scenarioFile).toBe(
      scenario,
    );
  });

  it('is told from a scenario by its set object and scenario string', () => {
    expect(isSweepFile({ name: 'x', scenario: 'base.json', set: { seed: '1..2' } })).toBe(true);
    expect(isSweepFile(JSON.parse(readFileSync('scenarios/baseline.json', 'utf8')))).toBe(false);
    expect(isSweepFile({ scenario: 'base.json', set: 'seed=1' })).toBe(false);
    expect(isSweepFile({ scenario: 3, set: {} })).toBe(false);
    expect(isSweepFile([])).toBe(false);
    expect(isSweepFile(null)).toBe(false);
  });
});

describe('the example sweep of scenarios/sweeps', () => {
  const sweep = loadSweepFile(EXAMPLE);

  it('sweeps XADM teams 2..4 by 7.5, 8.5 and 9.5 cases per hour on the baseline, 5 replications each', () => {
    expect(sweep.scenarioFile).toBe('scenarios/baseline.json');
    expect(sweep.replications).toBe(5);
    expect(sweep.specs).toEqual([
      { path: 'pools.se.specialties.XADM.teams', values: [2, 3, 4] },
      { path: 'arrivals.casesPerHour', values: [7.5, 8.5, 9.5] },
    ]);
    expect(sweepGrid(sweep.specs).map((v) => `${v.id} ${v.label}`)).toEqual([
      'v001 XADM.teams=2 casesPerHour=7.5',
      'v002 XADM.teams=2 casesPerHour=8.5',
      'v003 XADM.teams=2 casesPerHour=9.5',
      'v004 XADM.teams=3 casesPerHour=7.5',
      'v005 XADM.teams=3 casesPerHour=8.5',
      'v006 XADM.teams=3 casesPerHour=9.5',
      'v007 XADM.teams=4 casesPerHour=7.5',
      'v008 XADM.teams=4 casesPerHour=8.5',
      'v009 XADM.teams=4 casesPerHour=9.5',
    ]);
  });

  it('has variants that all parse as scenarios with their values', () => {
    const raw: unknown = JSON.parse(readFileSync(sweep.scenarioFile, 'utf8'));
    const base = dirname(resolve(sweep.scenarioFile));
    const readText = (path: string) => readFileSync(resolve(base, path), 'utf8');
    for (const variant of sweepGrid(sweep.specs)) {
      const scenario = parseScenario(applyValues(raw, variant.values), {
        file: sweep.scenarioFile,
        readText,
      });
      expect([scenario.pools.se.specialties.XADM.teams, scenario.arrivals.casesPerHour]).toEqual(
        variant.values.map((v) => v.value),
      );
    }
  });
});
