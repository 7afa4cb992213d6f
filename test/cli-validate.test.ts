import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, requireBuiltCli, STACK_FRAME, tiersim } from './fixtures/cli/cli.js';

beforeAll(requireBuiltCli);

const SCENARIOS = readdirSync(join(ROOT, 'scenarios'))
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => `scenarios/${name}`);

describe('tiersim validate', () => {
  it('finds the three scenarios of the repository', () => {
    expect(SCENARIOS).toEqual(
      expect.arrayContaining([
        'scenarios/baseline.json',
        'scenarios/textbook-mmc.json',
        'scenarios/textbook-tiers.json',
      ]),
    );
  });

  it('says ok, with the name, for every scenario of the repository', () => {
    const result = tiersim('validate', ...SCENARIOS);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(SCENARIOS.length);
    SCENARIOS.forEach((file, i) => expect(lines[i]).toMatch(new RegExp(`^${file}: ok \\(.+\\)$`)));
    expect(lines).toContain('scenarios/baseline.json: ok (Exchange support baseline)');
    expect(lines).toContain('scenarios/textbook-tiers.json: ok (Textbook tiers)');
  });

  it('checks every file after a bad one and exits 2', () => {
    const bad = `${FIXTURES}/negative-staff.json`;
    const missing = `${FIXTURES}/absent.json`;
    const result = tiersim('validate', bad, 'scenarios/baseline.json', missing, `${FIXTURES}/good.json`);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe(
      `scenarios/baseline.json: ok (Exchange support baseline)\n${FIXTURES}/good.json: ok (CLI fixture)\n`,
    );
    expect(result.stderr).toBe(
      `${bad}: pools.router.staff: expected a whole number >= 0, got -2\n` +
        `${missing}: cannot read the file: no such file or folder\n`,
    );
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });

  it('lists every issue of every bad fixture, each line starting with its file name', () => {
    const bad = [
      'wrong-type.json',
      'negative-staff.json',
      'shares-sum.json',
      'unknown-specialty.json',
      'missing-csv.json',
      'malformed-csv.json',
      'unknown-dist.json',
      'unknown-field.json',
      'invalid-json.json',
      'several-mistakes.json',
    ].map((name) => `${FIXTURES}/${name}`);
    const result = tiersim('validate', ...bad);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(bad.length - 1 + 5);
    for (const line of lines) expect(bad.some((file) => line.startsWith(`${file}: `))).toBe(true);
    for (const file of bad) expect(lines.some((line) => line.startsWith(`${file}: `))).toBe(true);
  });

  it('needs at least one file', () => {
    const result = tiersim('validate');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("missing required argument 'files'");
  });
});
