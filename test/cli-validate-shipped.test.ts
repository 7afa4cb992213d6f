import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs, requireBuiltCli, STACK_FRAME, tempDir, tiersim } from './fixtures/cli/cli.js';

beforeAll(requireBuiltCli);
afterAll(removeTempDirs);

/** Every file under `dir`, as paths from the repository root, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort();
}

const FIXTURES = 'test/fixtures/overlays';

describe('tiersim validate on what ships in scenarios/', () => {
  it('accepts every file under scenarios/: scenarios, overlays, sweep files and the JSON Schemas', () => {
    const files = filesUnder('scenarios');
    expect(files).toEqual(
      expect.arrayContaining([
        'scenarios/teach/quiet-day.json',
        'scenarios/sweeps/xadm-teams-by-volume.json',
        'scenarios/scenario.schema.json',
        'scenarios/sweep.schema.json',
      ]),
    );
    const result = tiersim('validate', ...files);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(files.length);
    files.forEach((file, i) => expect(lines[i]).toMatch(new RegExp(`^${file}: ok \\(.+\\)$`)));
    expect(lines).toContain('scenarios/router-cut.json: ok (Router cut: two routers fewer)');
    expect(lines).toContain(
      'scenarios/sweeps/xadm-teams-by-volume.json: ok (sweep "XADM teams by volume": 9 variants of scenarios/baseline.json "Exchange support baseline")',
    );
    expect(lines).toContain(
      'scenarios/scenario.schema.json: ok (the JSON Schema of scenario files, up to date)',
    );
  });

  it('names the file that wrote a bad value, in an overlay and in its base', () => {
    const result = tiersim('validate', `${FIXTURES}/bad-overlay.json`);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `${FIXTURES}/bad-base.json: arrivals.betaShare: expected a share in [0, 1], got 2\n` +
        `${FIXTURES}/bad-overlay.json: pools.router.staff: expected a whole number >= 0, got -2\n`,
    );
  });

  it('refuses a cycle of extends with one line naming the chain, and a missing base naming extends', () => {
    const cycle = tiersim('run', `${FIXTURES}/cycle-a.json`, '--quiet');
    expect(cycle.status).toBe(2);
    expect(cycle.stderr).toBe(
      `${FIXTURES}/cycle-b.json: extends: a cycle of extends: ` +
        `${FIXTURES}/cycle-a.json -> ${FIXTURES}/cycle-b.json -> ${FIXTURES}/cycle-a.json\n`,
    );
    const missing = tiersim('validate', `${FIXTURES}/missing-base.json`);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(
      `${FIXTURES}/missing-base.json: extends: cannot read ${FIXTURES}/no-such-base.json (no such file)\n`,
    );
    expect(missing.stderr).not.toMatch(STACK_FRAME);
  });

  it('checks every variant of a sweep file, over an overlay too', () => {
    const result = tiersim('validate', `${FIXTURES}/bad-sweep.json`);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `${FIXTURES}/bad-sweep.json [v001 router.staff=-1]: pools.router.staff: expected a whole number >= 0, got -1\n`,
    );
  });

  it('refuses a JSON Schema that is not the one this version generates', () => {
    const stale = JSON.parse(readFileSync('scenarios/scenario.schema.json', 'utf8')) as Record<
      string,
      unknown
    >;
    stale.title = 'an older scenario schema';
    const file = join(tempDir(), 'scenario.schema.json');
    writeFileSync(file, JSON.stringify(stale));
    const result = tiersim('validate', file);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${file}: a JSON Schema, but not one this version of tiersim generates`);
  });
});
