import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs, requireBuiltCli, tempDir, tiersim } from './fixtures/cli/cli.js';
import { treeOf } from './support/tree.js';

// Four scenarios, 10 days (7 warm-up), 3 replications each: 12 replications in all.
const BATCH = [
  'scenarios/baseline.json',
  'scenarios/router-cut.json',
  'scenarios/extra-pod.json',
  'scenarios/understaffed-tier1.json',
];
const SHORT = ['--days', '10', '--reps', '3', '--quiet'];

beforeAll(requireBuiltCli);
afterAll(removeTempDirs);

describe('a batch run on worker threads', () => {
  it('writes byte-identical folders with --jobs 1 and --jobs 2', () => {
    const one = tempDir();
    const two = tempDir();
    expect(tiersim('run', ...BATCH, ...SHORT, '--out', one, '--jobs', '1').status).toBe(0);
    expect(tiersim('run', ...BATCH, ...SHORT, '--out', two, '--jobs', '2').status).toBe(0);
    const a = treeOf(one);
    expect([...a.keys()]).toContain('baseline/kpis.csv');
    expect([...a.keys()]).toContain('index.csv');
    expect(treeOf(two)).toEqual(a);
  });
});

describe('shards and merge', () => {
  it('merge of --shard 1/3, 2/3 and 3/3 gives the files of one unsharded run', () => {
    const whole = tempDir();
    expect(tiersim('run', ...BATCH, ...SHORT, '--out', whole).status).toBe(0);
    const shards = [1, 2, 3].map((k) => {
      const dir = tempDir();
      expect(tiersim('run', ...BATCH, ...SHORT, '--out', dir, '--shard', `${k}/3`).status).toBe(0);
      return dir;
    });
    // Slices are interleaved: shard 1 has variants 1 and 4, shard 2 variant 2, shard 3 variant 3.
    expect([...treeOf(shards[0]).keys()].filter((k) => k.endsWith('kpis.csv'))).toEqual([
      'baseline/kpis.csv',
      'understaffed-tier1/kpis.csv',
    ]);
    const merged = tempDir();
    const result = tiersim('merge', ...shards, '--out', merged);
    expect(result.status).toBe(0);
    expect(treeOf(merged)).toEqual(treeOf(whole));
  });

  it('merge says which variants are missing and exits 3 when a shard is left out', () => {
    const dir = tempDir();
    expect(tiersim('run', ...BATCH, ...SHORT, '--out', dir, '--shard', '1/2').status).toBe(0);
    const merged = tempDir();
    const result = tiersim('merge', dir, '--out', merged);
    expect(result.status).toBe(3);
    expect(result.stderr).toContain('incomplete, missing router-cut, understaffed-tier1');
  });

  it('refuses to merge folders of different runs', () => {
    const a = tempDir();
    const b = tempDir();
    expect(tiersim('run', ...BATCH, ...SHORT, '--out', a, '--shard', '1/2').status).toBe(0);
    expect(
      tiersim('run', ...BATCH, '--days', '11', '--reps', '3', '--quiet', '--out', b, '--shard', '2/2').status,
    ).toBe(0);
    const result = tiersim('merge', a, b, '--out', tempDir());
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('is not a shard of the same run');
  });

  it('rejects a shard outside 1..N', () => {
    const result = tiersim('run', ...BATCH, ...SHORT, '--shard', '3/2');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--shard must be K/N with 1 <= K <= N');
  });
});

describe('a batch with an invalid file', () => {
  it('reports the file with its field path, runs the others and exits 3', () => {
    const out = tempDir();
    const result = tiersim(
      'run',
      'scenarios/baseline.json',
      'test/fixtures/cli/negative-staff.json',
      'scenarios/router-cut.json',
      ...SHORT,
      '--out',
      out,
    );
    expect(result.status).toBe(3);
    expect(result.stderr).toContain(
      'test/fixtures/cli/negative-staff.json: pools.router.staff: expected a whole number >= 0, got -2',
    );
    expect(result.stderr).toContain('1 of 3 scenario files skipped');
    const files = treeOf(out);
    expect(files.has('baseline/kpis.csv') && files.has('router-cut/kpis.csv')).toBe(true);
    const scenarios = new Set(
      files
        .get('index.csv')!
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(',')[0]),
    );
    expect([...scenarios]).toEqual(['baseline', 'router-cut']);
  });
});
