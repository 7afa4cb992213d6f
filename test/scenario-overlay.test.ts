import { describe, expect, it } from 'vitest';
import { parseScenario, ScenarioError, type Scenario } from '../src/sim/index.js';
import { folderOf, joinPath, normalizePath } from '../src/sim/scenario/file-path.js';
import { resolveOverlays } from '../src/sim/scenario/overlay.js';

/** A weekly profile CSV whose weights are all `weight`. */
const profile = (weight: number) => `weight\n${Array.from({ length: 168 }, () => weight).join('\n')}\n`;

/** Files of a small in-memory tree, by path from its root. */
type Tree = Record<string, unknown>;

/** Parses `entry` of `tree` as the CLI and the app do: every read is relative to the entry's folder. */
function load(tree: Tree, entry: string): Scenario {
  return parseScenario(tree[entry], { file: entry, readText: reader(tree, entry) });
}

function reader(tree: Tree, entry: string) {
  return (path: string): string => {
    const found = tree[joinPath(folderOf(entry), path)];
    if (found === undefined) throw Object.assign(new Error(`no ${path}`), { code: 'ENOENT' });
    return typeof found === 'string' ? found : JSON.stringify(found);
  };
}

/** The one-line messages of the ScenarioError `run` throws. */
function problems(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ScenarioError) return error.message.split('\n');
    throw error;
  }
  throw new Error('no ScenarioError was thrown');
}

const base = {
  $schema: '../scenario.schema.json',
  name: 'Base',
  seed: 3,
  arrivals: { casesPerHour: 5, weeklyProfile: 'profile.csv', mix: { severity: { A: 0.1, B: 0.3, C: 0.6 } } },
  pools: {
    router: { staff: 4, triage: { dist: 'lognormal', mean: '6m', sd: '3m' }, patience: null },
    se: { specialties: { XADM: { teams: 2, sesPerTeam: 10 } } },
  },
};

describe('a scenario that extends another', () => {
  it('merges objects key by key, replaces lists and values, and removes what the overlay sets to null', () => {
    const tree: Tree = {
      'shared/base.json': base,
      'shared/profile.csv': profile(1),
      'x.json': {
        extends: 'shared/base.json',
        name: 'Overlay',
        specialties: ['XADM'],
        arrivals: { mix: { severity: { A: 0.2, B: 0.2 }, specialty: { XADM: 1 } } },
        pools: {
          router: { staff: 6, triage: { dist: 'constant', value: '5m', mean: null, sd: null } },
          se: { specialties: { XADM: { teams: 3 } } },
        },
      },
    };
    const s = load(tree, 'x.json');
    expect(s.name).toBe('Overlay');
    expect(s.seed).toBe(3);
    expect(s.specialties).toEqual(['XADM']);
    expect(s.arrivals.casesPerHour).toBe(5);
    expect(s.arrivals.mix.severity).toEqual({ A: 0.2, B: 0.2, C: 0.6 });
    expect(s.pools.router.staff).toBe(6);
    expect(s.pools.router.triage).toEqual({ dist: 'constant', value: 5 });
    // The base's null is its value (nobody abandons); only an overlay's null removes.
    expect(s.pools.router.patience).toBeNull();
    expect(s.pools.se.specialties.XADM).toEqual({ teams: 3, sesPerTeam: 10 });
  });

  it('reads a chain of files, each extends relative to the file that wrote it', () => {
    const tree: Tree = {
      'a/base.json': base,
      'a/profile.csv': profile(1),
      'a/b/middle.json': {
        extends: '../base.json',
        name: 'Middle',
        seed: 4,
        pools: { router: { staff: 9 } },
      },
      'c/top.json': { extends: '../a/b/middle.json', name: 'Top', pools: { router: { patience: null } } },
    };
    const resolved = resolveOverlays(tree['c/top.json'], {
      file: 'c/top.json',
      readText: reader(tree, 'c/top.json'),
    });
    expect(resolved.files).toEqual(['c/top.json', 'a/b/middle.json', 'a/base.json']);
    const s = load(tree, 'c/top.json');
    expect([s.name, s.seed, s.pools.router.staff, s.arrivals.casesPerHour]).toEqual(['Top', 4, 9, 5]);
  });

  it('reads each CSV path relative to the file that wrote it', () => {
    const tree: Tree = {
      'scenarios/base.json': {
        ...base,
        arrivals: { ...base.arrivals, weeklyProfile: '../data/profile.csv' },
      },
      'data/profile.csv': profile(1),
      'scenarios/teach/day.json': { extends: '../base.json', name: 'Day' },
      'scenarios/teach/own.json': {
        extends: '../base.json',
        name: 'Own',
        arrivals: { weeklyProfile: 'own.csv' },
      },
      'scenarios/teach/own.csv': profile(2),
      'scenarios/teach/emp.json': {
        extends: '../base.json',
        name: 'Empirical',
        pools: {
          router: { triage: { dist: 'empirical', file: 'minutes.csv', column: 'm', mean: null, sd: null } },
        },
      },
      'scenarios/teach/minutes.csv': 'm\n4\n6\n',
    };
    const day = load(tree, 'scenarios/teach/day.json');
    expect(day.arrivals.weeklyProfile?.file).toBe('../../data/profile.csv');
    expect(day.arrivals.weeklyProfile?.weights[0]).toBe(1);
    const own = load(tree, 'scenarios/teach/own.json');
    expect(own.arrivals.weeklyProfile).toEqual({ file: 'own.csv', weights: Array(168).fill(2) });
    expect(load(tree, 'scenarios/teach/emp.json').pools.router.triage).toMatchObject({ values: [4, 6] });
  });

  it('names the file that wrote a bad value: the overlay, or the base', () => {
    const tree: Tree = {
      'scenarios/baseline.json': {
        ...base,
        arrivals: { ...base.arrivals, weeklyProfile: undefined, betaShare: 2 },
      },
      'scenarios/router-cut.json': {
        extends: 'baseline.json',
        name: 'Cut',
        pools: { router: { staff: -2 } },
      },
    };
    expect(problems(() => load(tree, 'scenarios/router-cut.json'))).toEqual([
      'scenarios/baseline.json: arrivals.betaShare: expected a share in [0, 1], got 2',
      'scenarios/router-cut.json: pools.router.staff: expected a whole number >= 0, got -2',
    ]);
  });

  it('names the overlay for a problem its change makes (a mix that no longer sums to 1, a key it removed)', () => {
    const tree: Tree = {
      'base.json': { ...base, arrivals: { ...base.arrivals, weeklyProfile: null } },
      'x.json': { extends: 'base.json', name: null, arrivals: { mix: { severity: { A: 0.5 } } } },
    };
    expect(problems(() => load(tree, 'x.json'))).toEqual([
      'x.json: name: expected a non-empty string, got nothing',
      'x.json: arrivals.mix.severity: shares must sum to 1, got 1.4',
    ]);
  });

  it('refuses a cycle of extends with one line naming the chain', () => {
    const tree: Tree = {
      'scenarios/a.json': { extends: 'sub/b.json', name: 'A' },
      'scenarios/sub/b.json': { extends: '../a.json', name: 'B' },
      'scenarios/self.json': { extends: './self.json', name: 'Self' },
    };
    expect(problems(() => load(tree, 'scenarios/a.json'))).toEqual([
      'scenarios/sub/b.json: extends: a cycle of extends: scenarios/a.json -> scenarios/sub/b.json -> scenarios/a.json',
    ]);
    expect(problems(() => load(tree, 'scenarios/self.json'))).toEqual([
      'scenarios/self.json: extends: a cycle of extends: scenarios/self.json -> scenarios/self.json',
    ]);
  });

  it('names the file and its extends field when the base cannot be read or is not a scenario object', () => {
    const tree: Tree = {
      'scenarios/x.json': { extends: 'nope.json', name: 'X' },
      'scenarios/y.json': { extends: 'list.json', name: 'Y' },
      'scenarios/list.json': [1, 2],
      'scenarios/z.json': { extends: 'broken.json', name: 'Z' },
      'scenarios/broken.json': '{ "name": ',
      'scenarios/w.json': { extends: 3, name: 'W' },
    };
    expect(problems(() => load(tree, 'scenarios/x.json'))).toEqual([
      'scenarios/x.json: extends: cannot read scenarios/nope.json (no such file)',
    ]);
    expect(problems(() => load(tree, 'scenarios/y.json'))).toEqual([
      'scenarios/list.json: expected a scenario object, got [1,2]',
    ]);
    expect(problems(() => load(tree, 'scenarios/z.json'))[0]).toMatch(
      /^scenarios\/broken\.json: not valid JSON: /,
    );
    expect(problems(() => load(tree, 'scenarios/w.json'))).toEqual([
      'scenarios/w.json: extends: expected the path of the scenario file this one varies, relative to this file, got 3',
    ]);
    expect(problems(() => parseScenario({ extends: 'b.json', name: 'x' }, { file: 'x.json' }))).toEqual([
      'x.json: extends: cannot read b.json: no file reader was given to the parser',
    ]);
  });

  it('refuses __proto__ in a base file, naming the base and the field', () => {
    const tree: Tree = {
      'base.json': '{ "name": "b", "pools": { "__proto__": { "router": { "staff": 1 } } } }',
      'x.json': { extends: 'base.json' },
    };
    expect(problems(() => load(tree, 'x.json'))).toEqual([
      'base.json: pools.__proto__: not allowed as a field name',
    ]);
  });

  it('refuses a specialty named after a prototype field (it would name fields of the file)', () => {
    expect(
      problems(() => parseScenario({ name: 'x', specialties: ['XADM', 'constructor'] }, { file: 'x.json' })),
    ).toEqual(['x.json: specialties[1]: "constructor" is not allowed as a specialty name']);
  });

  it('ignores $schema, in a full file as in an overlay, and the label names the entry', () => {
    const tree: Tree = {
      'base.json': { ...base, arrivals: { casesPerHour: 5 } },
      'x.json': { $schema: './scenario.schema.json', extends: 'base.json', pools: { router: { staff: -1 } } },
    };
    expect(load(tree, 'base.json').name).toBe('Base');
    const options = { file: 'x.json', label: 'x.json [v001]', readText: reader(tree, 'x.json') };
    expect(problems(() => parseScenario(tree['x.json'], options))).toEqual([
      'x.json [v001]: pools.router.staff: expected a whole number >= 0, got -1',
    ]);
  });
});

describe('paths worked out on their text', () => {
  it('joins and folds paths, keeping what lies above the start', () => {
    expect(joinPath('scenarios/teach', '../baseline.json')).toBe('scenarios/baseline.json');
    expect(joinPath('teach', '../../data/x.csv')).toBe('../data/x.csv');
    expect(joinPath('', './a/./b/../c.json')).toBe('a/c.json');
    expect(joinPath('x', '/abs/y.json')).toBe('/abs/y.json');
    expect(joinPath('x', 'C:\\data\\y.csv')).toBe('C:\\data\\y.csv');
    expect(normalizePath('a\\b\\..\\c')).toBe('a/c');
    expect(folderOf('scenarios/teach/x.json')).toBe('scenarios/teach');
    expect(folderOf('x.json')).toBe('');
    expect(folderOf('/x.json')).toBe('/');
  });
});
