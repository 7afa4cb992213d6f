import { describe, expect, it } from 'vitest';
import { labelNames, MAX_VARIANTS, sweepGrid } from '../src/cli/sweep/grid.js';
import { parseSetSpecs } from '../src/cli/sweep/set-spec.js';
import { UserError } from '../src/cli/user-error.js';

describe('the grid of a sweep', () => {
  it('has the 2 x 3 combinations, the first --set varying slowest', () => {
    const grid = sweepGrid(
      parseSetSpecs(['pools.se.specialties.XADM.teams=2,3', 'arrivals.casesPerHour=20..30:5']),
    );
    expect(grid.map((v) => [v.index, v.id, v.label])).toEqual([
      [0, 'v001', 'XADM.teams=2 casesPerHour=20'],
      [1, 'v002', 'XADM.teams=2 casesPerHour=25'],
      [2, 'v003', 'XADM.teams=2 casesPerHour=30'],
      [3, 'v004', 'XADM.teams=3 casesPerHour=20'],
      [4, 'v005', 'XADM.teams=3 casesPerHour=25'],
      [5, 'v006', 'XADM.teams=3 casesPerHour=30'],
    ]);
    expect(grid[4].values).toEqual([
      { path: 'pools.se.specialties.XADM.teams', value: 3 },
      { path: 'arrivals.casesPerHour', value: 25 },
    ]);
  });

  it('varies the last of three specs fastest', () => {
    const grid = sweepGrid(parseSetSpecs(['a=1,2', 'b=3,4', 'c=5,6']));
    expect(grid.map((v) => v.values.map((p) => p.value).join(''))).toEqual([
      '135',
      '136',
      '145',
      '146',
      '235',
      '236',
      '245',
      '246',
    ]);
  });

  it('pads ids to the width of the count, at least three digits', () => {
    const grid = sweepGrid(parseSetSpecs(['a=1..50', 'b=1..40']));
    expect(grid).toHaveLength(2000);
    expect([grid[0].id, grid[8].id, grid[1999].id]).toEqual(['v0001', 'v0009', 'v2000']);
    expect(sweepGrid(parseSetSpecs(['a=1..9']))[8].id).toBe('v009');
  });

  it('is one variant without values when nothing is swept', () => {
    expect(sweepGrid([])).toEqual([{ index: 0, id: 'v001', values: [], label: '' }]);
  });

  it('refuses more than the maximum number of variants', () => {
    const specs = parseSetSpecs(['a=1..1000', 'b=1..11']);
    expect(() => sweepGrid(specs)).toThrow(UserError);
    expect(() => sweepGrid(specs)).toThrow(
      `the sweep has 11000 variants (1000 x 11), more than ${MAX_VARIANTS}; sweep fewer values`,
    );
  });
});

describe('the names in labels', () => {
  it('are the last two segments below the section, or the path when it has one segment', () => {
    const paths = [
      'pools.se.specialties.XADM.teams',
      'arrivals.mix.severity.A',
      'arrivals.casesPerHour',
      'pools.router.staff',
      'seed',
    ];
    expect(labelNames(paths)).toEqual(['XADM.teams', 'severity.A', 'casesPerHour', 'router.staff', 'seed']);
  });

  it('are the full paths of the sets whose last two segments clash', () => {
    expect(
      labelNames(['pools.se.specialties.XADM.teams', 'pools.pods.XADM.teams', 'arrivals.casesPerHour']),
    ).toEqual(['pools.se.specialties.XADM.teams', 'pools.pods.XADM.teams', 'casesPerHour']);
    expect(labelNames(['horizon.days', 'surge.days'])).toEqual(['horizon.days', 'surge.days']);
  });
});
