import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScenario, ScenarioError, type Scenario } from '../src/sim/scenario/index.js';
import { requireBuiltCli, removeTempDirs, ROOT, STACK_FRAME, tempDir, tiersim } from './fixtures/cli/cli.js';

const FILE = 'scenarios/x.json';

/** A scenario whose router triage is drawn from column `minutes` of a CSV with these cells. */
function empirical(cells: readonly string[]): Scenario {
  const csv = `minutes\n${cells.join('\n')}\n`;
  return parseScenario(
    { name: 'x', pools: { router: { triage: { dist: 'empirical', file: 't.csv', column: 'minutes' } } } },
    { file: FILE, readText: () => csv },
  );
}

function problems(parse: () => unknown): string[] {
  try {
    parse();
  } catch (error) {
    if (error instanceof ScenarioError) return error.message.split('\n');
    throw error;
  }
  throw new Error('the scenario loaded');
}

describe('numbers in CSV files', () => {
  it('are read in every standard decimal notation, exponents included, as a spreadsheet writes them', () => {
    const triage = empirical(['1e-05', '2.5E1', '.5', '3.', '+4', '90m']).pools.router.triage;
    expect(triage.dist === 'empirical' && triage.values).toEqual([0.00001, 25, 0.5, 3, 4, 90]);
  });

  it('are refused in hexadecimal, as Infinity, or beyond what a double holds', () => {
    const hint = 'expected a duration (minutes, or "90m"/"4h"/"2d")';
    expect(problems(() => empirical(['0x10', 'Infinity', '1e400', '-1']))).toEqual([
      `${FILE}: pools.router.triage.file: t.csv row 2: minutes: ${hint}, got "0x10"`,
      `${FILE}: pools.router.triage.file: t.csv row 3: minutes: ${hint}, got "Infinity"`,
      `${FILE}: pools.router.triage.file: t.csv row 4: minutes: ${hint}, got "1e400"`,
      `${FILE}: pools.router.triage.file: t.csv row 5: minutes: ${hint}, got "-1"`,
    ]);
  });

  it('in a weekly profile may use exponents too, but not hexadecimal', () => {
    const profile = (first: string) =>
      `weight\n${first}\n${Array.from({ length: 167 }, () => '1e0').join('\n')}\n`;
    const parse = (first: string) =>
      parseScenario(
        { name: 'x', arrivals: { weeklyProfile: 'p.csv' } },
        { file: FILE, readText: () => profile(first) },
      );
    expect(parse('2.5e-1').arrivals.weeklyProfile?.weights.slice(0, 2)).toEqual([0.25, 1]);
    expect(problems(() => parse('0x10'))).toEqual([
      `${FILE}: arrivals.weeklyProfile: p.csv row 2: weight: expected a number >= 0, got "0x10"`,
    ]);
  });
});

describe('a specialty named after a field of every JavaScript object', () => {
  for (const name of ['__proto__', 'constructor', 'prototype']) {
    it(`(${name}) is refused with one clear line naming the entry`, () => {
      expect(
        problems(() => parseScenario({ name: 'x', specialties: ['XADM', name] }, { file: FILE })),
      ).toEqual([`${FILE}: specialties[1]: "${name}" is not allowed as a specialty name`]);
    });
  }

  it('as a key of the file is refused as a field name, wherever it is', () => {
    const raw = JSON.parse(
      '{ "name": "x", "pools": { "se": { "specialties": { "__proto__": { "teams": 2 } } } } }',
    );
    expect(problems(() => parseScenario(raw, { file: FILE }))).toEqual([
      `${FILE}: pools.se.specialties.__proto__: not allowed as a field name`,
    ]);
  });

  describe('through tiersim', () => {
    beforeAll(requireBuiltCli);
    afterAll(removeTempDirs);

    it('validate and run say so in one line, exit 2', () => {
      const file = relative(ROOT, join(tempDir(), 'proto.json'));
      const raw = {
        name: 'x',
        textbook: true,
        specialties: ['XADM', '__proto__'],
        arrivals: { mix: { specialty: { XADM: 1 } } },
      };
      writeFileSync(join(ROOT, file), JSON.stringify(raw));
      for (const command of ['validate', 'run']) {
        const result = tiersim(command, file);
        expect(result.status).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr).not.toMatch(STACK_FRAME);
        expect(result.stderr).toBe(
          `${file}: specialties[1]: "__proto__" is not allowed as a specialty name\n`,
        );
      }
    });
  });
});
