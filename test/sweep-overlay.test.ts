import { beforeAll, describe, expect, it } from 'vitest';
import { parseScenarioAt, resolveScenarioFile } from '../src/cli/load-scenario.js';
import { applyValues } from '../src/cli/sweep/apply.js';
import { parseSweepFile } from '../src/cli/sweep/sweep-file.js';
import { requireBuiltCli, tiersim } from './fixtures/cli/cli.js';

beforeAll(requireBuiltCli);

describe('a sweep over an overlay', () => {
  it('sets each path in the merged scenario: inherited fields stay, the overlay’s own win', () => {
    const file = 'scenarios/router-cut.json';
    const base = resolveScenarioFile(file).raw;
    const varied = applyValues(base, [
      { path: 'pools.router.staff', value: 7 },
      { path: 'pools.se.specialties.XADM.sesPerTeam', value: 12 },
    ]);
    const s = parseScenarioAt(varied, file, `${file} [v001]`);
    expect(s.name).toBe('Router cut: two routers fewer');
    expect(s.pools.router.staff).toBe(7);
    expect(s.pools.se.specialties.XADM).toEqual({ teams: 3, sesPerTeam: 12 });
    expect(s.arrivals.weeklyProfile?.weights).toHaveLength(168);
  });

  it('refuses a path through a value the overlay inherits, as for a full file', () => {
    // router-cut.json writes no arrivals: casesPerHour (8.5) comes from baseline.json.
    const result = tiersim(
      'sweep',
      'scenarios/router-cut.json',
      '--set',
      'arrivals.casesPerHour.peak=1,2',
      '--quiet',
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'cannot set arrivals.casesPerHour.peak: arrivals.casesPerHour is 8.5, not an object\n',
    );
  });

  it('accepts $schema in a sweep file and ignores it', () => {
    const raw = {
      $schema: '../sweep.schema.json',
      name: 'S',
      scenario: '../baseline.json',
      set: { seed: '1..2' },
    };
    const sweep = parseSweepFile(raw, 'scenarios/sweeps/s.json');
    expect(sweep.scenarioFile).toBe('scenarios/baseline.json');
    expect(sweep.specs).toEqual([{ path: 'seed', values: [1, 2] }]);
    expect(() => parseSweepFile({ ...raw, $schema: 3 }, 'x.json')).toThrow(
      'x.json: $schema: expected a string, got 3',
    );
  });
});
