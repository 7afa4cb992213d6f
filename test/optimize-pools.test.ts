import { describe, expect, it } from 'vitest';
import { parseScenario } from '../src/sim/index.js';
import { UserError } from '../src/cli/user-error.js';
import {
  headcountOf,
  resolvePools,
  seTeams,
  splitPoolList,
  staffablePools,
  stepDown,
  stepUp,
  writeHeadcount,
} from '../src/cli/optimize/pools.js';

const file = 'x.json';
const scenario = parseScenario(
  { name: 'pools', specialties: ['XADM', 'XCON'] },
  { file, readText: () => '' },
);

describe('pools of the staffing search', () => {
  it('splits SEs into teams of at most 14, as even as can be', () => {
    expect(seTeams(14)).toEqual({ teams: 1, sesPerTeam: 14 });
    expect(seTeams(15)).toEqual({ teams: 2, sesPerTeam: 8 });
    expect(seTeams(42)).toEqual({ teams: 3, sesPerTeam: 14 });
    expect(seTeams(43)).toEqual({ teams: 4, sesPerTeam: 11 });
  });

  it('steps SE headcount through the sizes equal teams can hold, and other pools by one', () => {
    expect(stepUp('se/XADM', 14)).toBe(16);
    expect(stepUp('se/XADM', 42)).toBe(44);
    expect(stepDown('se/XADM', 44, 1)).toBe(42);
    expect(stepDown('se/XADM', 30, 1)).toBe(28);
    expect(stepDown('se/XADM', 16, 1)).toBe(14);
    expect(stepUp('router', 7)).toBe(8);
    expect(stepDown('router', 1, 1)).toBeNull();
    expect(stepDown('pods', 1, 0)).toBe(0);
  });

  it('writes headcounts where the scenario keeps them, leaving everything else alone', () => {
    const raw: Record<string, unknown> = { name: 'x', pools: { router: { staff: 3, closeShare: 0.2 } } };
    writeHeadcount(raw, 'router', 7);
    writeHeadcount(raw, 'se/XCON', 20);
    writeHeadcount(raw, 'pods', 3);
    writeHeadcount(raw, 'escalation', 4);
    expect(raw).toEqual({
      name: 'x',
      pools: {
        router: { staff: 7, closeShare: 0.2 },
        se: { specialties: { XCON: { teams: 2, sesPerTeam: 10 } } },
        pods: { count: 3 },
        escalation: { staff: 4 },
      },
    });
    const parsed = parseScenario({ ...raw, specialties: ['XADM', 'XCON'] }, { file, readText: () => '' });
    expect(
      ['router', 'se/XCON', 'pods', 'escalation'].map((p) => headcountOf(parsed, p as 'router')),
    ).toEqual([7, 20, 3, 4]);
  });

  it('reads --pools with "se" for every specialty, in report order, each once', () => {
    expect(staffablePools(scenario)).toEqual([
      'router',
      'se/XADM',
      'se/XCON',
      'pods',
      'beta',
      'problemControl',
      'escalation',
      'escalationManagers',
    ]);
    expect(resolvePools(splitPoolList('beta, se,router,se/XCON'), scenario, file)).toEqual([
      'router',
      'se/XADM',
      'se/XCON',
      'beta',
    ]);
  });

  it('refuses unknown pools and the derived ones with one line', () => {
    const message = (names: string[]): string => {
      try {
        resolvePools(names, scenario, file);
      } catch (error) {
        expect(error).toBeInstanceOf(UserError);
        return (error as Error).message;
      }
      throw new Error('expected a UserError');
    };
    const known =
      '(pools: se, router, se/XADM, se/XCON, pods, beta, problemControl, escalation, escalationManagers)';
    expect(message(['se/XYZ'])).toBe(`x.json: --pools: unknown pool "se/XYZ" ${known}`);
    expect(message(['tl'])).toBe(
      `x.json: --pools: tl is set by the SE teams (one TL per team), not staffed directly ${known}`,
    );
    expect(message([])).toBe(`x.json: --pools: no pool given ${known}`);
  });
});
