import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLI,
  removeTempDirs,
  requireBuiltCli,
  ROOT,
  STACK_FRAME,
  tempDir,
  tiersim,
  type CliResult,
} from './fixtures/cli/cli.js';
import { treeOf } from './support/tree.js';

// --resume and merge used to trust the folder: after a finished run, editing the scenario (or a
// file it extends, or a CSV it reads) or giving another --seed / --reps and resuming returned the
// old results with exit 0, and damaged files gave a stack trace. Each folder now records what its
// results were made from; what differs is refused with a one-line message (exit 2).

beforeAll(requireBuiltCli);
afterAll(removeTempDirs);

const SHORT = ['--days', '8', '--reps', '2', '--quiet'];

/** A one-line refusal: exit 2, no stack trace, the message naming what it must. */
function expectRefusal(result: CliResult, ...parts: string[]): void {
  expect(result.status, result.stderr).toBe(2);
  expect(result.stderr).not.toMatch(STACK_FRAME);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  for (const part of parts) expect(result.stderr).toContain(part);
}

/**
 * A folder with base.json (the baseline, its CSV inputs beside it) and over.json, an overlay that
 * extends it: the files a test edits.
 */
function editableScenario(): { dir: string; base: string; over: string; profile: string } {
  const dir = tempDir();
  const raw = JSON.parse(readFileSync(join(ROOT, 'scenarios/baseline.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  delete raw.$schema;
  const text = JSON.stringify(raw, null, 2)
    .replace('"../data/weekly-profile.csv"', '"weekly-profile.csv"')
    .replace('"../data/role-costs.csv"', '"role-costs.csv"');
  const base = join(dir, 'base.json');
  writeFileSync(base, text);
  for (const csv of ['weekly-profile.csv', 'role-costs.csv'])
    writeFileSync(join(dir, csv), readFileSync(join(ROOT, 'data', csv)));
  const over = join(dir, 'over.json');
  writeFileSync(
    over,
    JSON.stringify({ extends: 'base.json', name: 'Baseline, 9 routers', pools: { router: { staff: 9 } } }),
  );
  return { dir, base, over, profile: join(dir, 'weekly-profile.csv') };
}

/** Edits base.json: XADM in 1 team instead of 3. */
function cutXadmTeams(base: string): void {
  const text = readFileSync(base, 'utf8');
  const edited = text.replace(/("XADM": \{\s*"teams": )3/, '$11');
  expect(edited).not.toBe(text);
  writeFileSync(base, edited);
}

describe('--resume after a finished run', () => {
  it('refuses another --seed or --reps, saying what differs, and leaves the results alone', () => {
    const out = tempDir();
    expect(tiersim('run', 'scenarios/baseline.json', ...SHORT, '--out', out).status).toBe(0);
    const before = treeOf(out);
    expectRefusal(
      tiersim('run', 'scenarios/baseline.json', ...SHORT, '--out', out, '--resume', '--seed', '5'),
      `${out} holds results made with other settings (seed 2026 then, 5 now)`,
      'use a new --out, or run without --resume',
    );
    expectRefusal(
      tiersim(
        'run',
        'scenarios/baseline.json',
        '--days',
        '8',
        '--reps',
        '3',
        '--quiet',
        '--out',
        out,
        '--resume',
      ),
      '(replications 2 then, 3 now)',
    );
    expectRefusal(
      tiersim('run', 'scenarios/baseline.json', ...SHORT, '--out', out, '--resume', '--trace'),
      '(no --trace then, --trace now)',
    );
    expect(treeOf(out)).toEqual(before);
    // The same command resumes: nothing to do, the same files.
    expect(tiersim('run', 'scenarios/baseline.json', ...SHORT, '--out', out, '--resume').status).toBe(0);
    expect(treeOf(out)).toEqual(before);
  });

  it('refuses a scenario whose overlay base or CSV input was edited; without --resume it runs afresh', () => {
    const { over, base, profile } = editableScenario();
    const out = tempDir();
    expect(tiersim('run', over, ...SHORT, '--out', out).status).toBe(0);
    const first = readFileSync(join(out, 'kpis.csv'), 'utf8');

    cutXadmTeams(base);
    expectRefusal(
      tiersim('run', over, ...SHORT, '--out', out, '--resume'),
      "the scenario's content (its file, a file it extends or a CSV file it reads was edited)",
    );
    expect(tiersim('run', over, ...SHORT, '--out', out).status).toBe(0);
    const fewerTeams = readFileSync(join(out, 'kpis.csv'), 'utf8');
    expect(fewerTeams).not.toBe(first);

    // A CSV input: the weekly profile's first hour weighs more.
    writeFileSync(profile, readFileSync(profile, 'utf8').replace(/\n0,[^\n]*\n/, '\n0,2.5\n'));
    expectRefusal(tiersim('run', over, ...SHORT, '--out', out, '--resume'), "the scenario's content");
  });

  it('sweep --resume refuses a folder made before the scenario was edited, naming the variant', () => {
    const { over, base } = editableScenario();
    const out = tempDir();
    const sweep = ['sweep', over, '--set', 'pools.router.staff=8,10', ...SHORT, '--out', out];
    expect(tiersim(...sweep).status).toBe(0);
    cutXadmTeams(base);
    expectRefusal(
      tiersim(...sweep, '--resume'),
      `${out} holds the results of a different run (v001: the scenario's content`,
    );
  });
});

describe('merge', () => {
  it('refuses shards made from different contents of the same file', () => {
    const { over, base } = editableScenario();
    const batch = (out: string, shard: string): number | null =>
      tiersim('run', over, 'scenarios/baseline.json', ...SHORT, '--out', out, '--shard', shard).status;
    const one = tempDir();
    const two = tempDir();
    expect(batch(one, '1/2')).toBe(0);
    cutXadmTeams(base);
    expect(batch(two, '2/2')).toBe(0);
    expectRefusal(
      tiersim('merge', one, two, '--out', tempDir()),
      `${two} is not a shard of the same run as ${one} (manifest.json differs: over: the scenario's content`,
    );
  });

  it('refuses a variant folder left by an earlier run that its manifest does not describe', () => {
    const shard = tempDir();
    const batch = ['scenarios/baseline.json', 'scenarios/router-cut.json'];
    expect(tiersim('run', ...batch, ...SHORT, '--out', shard, '--shard', '1/2').status).toBe(0);
    // A router-cut folder that holds other results (the baseline's), as if left there earlier.
    const stale = join(shard, 'router-cut');
    mkdirSync(stale);
    for (const [name, text] of treeOf(join(shard, 'baseline'))) writeFileSync(join(stale, name), text);
    expectRefusal(
      tiersim('merge', shard, '--out', tempDir()),
      `${stale} holds results of other settings than ${join(shard, 'manifest.json')}`,
    );
  });
});

describe('damaged files in the --out folder', () => {
  /** A single run whose replication 1 failed: replication 0 is checkpointed. */
  function stoppedRun(): string {
    const out = tempDir();
    const failed = spawnSync(
      process.execPath,
      [CLI, 'run', 'scenarios/baseline.json', ...SHORT, '--out', out],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, TIERSIM_TEST_WORKER_FAULT: 'crash:1' },
      },
    );
    expect(failed.status).toBe(1);
    expect(existsSync(join(out, '.replications', 'rep-00000.json'))).toBe(true);
    return out;
  }

  it('a checkpoint cut short, emptied or {} is named, with what to do (exit 2)', () => {
    const out = stoppedRun();
    const checkpoint = join(out, '.replications', 'rep-00000.json');
    for (const [text, why] of [
      ['{}', 'not the record of replication 0'],
      ['{"replication":0,"kpis":[["x",1]', 'not valid JSON, perhaps cut short'],
      ['', 'empty'],
    ]) {
      writeFileSync(checkpoint, text);
      expectRefusal(
        tiersim('run', 'scenarios/baseline.json', ...SHORT, '--out', out, '--resume'),
        `tiersim: ${checkpoint} is damaged (${why}); delete it to redo that replication with --resume, or run without --resume`,
      );
    }
  });

  it('a damaged checkpoint deleted as told: --resume ends with the files of an uninterrupted run', () => {
    const whole = tempDir();
    expect(tiersim('run', 'scenarios/baseline.json', ...SHORT, '--out', whole).status).toBe(0);
    const out = stoppedRun();
    writeFileSync(join(out, '.replications', 'rep-00000.json'), '{}');
    expect(tiersim('run', 'scenarios/baseline.json', ...SHORT, '--out', out, '--resume').status).toBe(2);
    const deleted = spawnSync('rm', [join(out, '.replications', 'rep-00000.json')]);
    expect(deleted.status).toBe(0);
    expect(tiersim('run', 'scenarios/baseline.json', ...SHORT, '--out', out, '--resume').status).toBe(0);
    expect(treeOf(out)).toEqual(treeOf(whole));
  });

  it('summary.json emptied to {} is named, with what to do (exit 2)', () => {
    const out = tempDir();
    expect(tiersim('run', 'scenarios/baseline.json', ...SHORT, '--out', out).status).toBe(0);
    writeFileSync(join(out, 'summary.json'), '{}');
    expectRefusal(
      tiersim('run', 'scenarios/baseline.json', ...SHORT, '--out', out, '--resume'),
      `tiersim: ${join(out, 'summary.json')} is damaged (no number "seed"); delete it to run ${out} again with --resume, or run without --resume`,
    );
  });

  it('a truncated manifest.json is named by --resume and by merge (exit 2)', () => {
    const out = tempDir();
    const batch = ['run', 'scenarios/baseline.json', 'scenarios/router-cut.json', ...SHORT, '--out', out];
    expect(tiersim(...batch).status).toBe(0);
    const manifest = join(out, 'manifest.json');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').slice(0, 100));
    expectRefusal(
      tiersim(...batch, '--resume'),
      `tiersim: ${manifest} is damaged (not valid JSON, perhaps cut short); delete it, or run without --resume to start again`,
    );
    expectRefusal(
      tiersim('merge', out, '--out', tempDir()),
      `tiersim: ${manifest} is damaged (not valid JSON, perhaps cut short); run that shard again (without --resume)`,
    );
    writeFileSync(manifest, '{}');
    expectRefusal(
      tiersim('merge', out, '--out', tempDir()),
      `${manifest} is damaged (not a tiersim manifest)`,
    );
    // Without --resume, the run replaces it.
    expect(tiersim(...batch).status).toBe(0);
    expect(JSON.parse(readFileSync(manifest, 'utf8')).tool).toBe('tiersim');
  });
});

describe('what an earlier run left in the same --out', () => {
  /** The id of a process that has ended (its temporary files are orphans). */
  function deadPid(): number {
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    return Number(child.stdout);
  }

  it('a fresh run removes the variant folders of the earlier plan it does not write, and orphaned .tmp files', () => {
    const out = tempDir();
    const three = ['scenarios/baseline.json', 'scenarios/router-cut.json', 'scenarios/extra-pod.json'];
    expect(tiersim('run', ...three, ...SHORT, '--out', out).status).toBe(0);
    const pid = deadPid();
    const orphans = [
      join(out, `.index.csv.${pid}.0.tmp`),
      join(out, 'baseline', `.kpis.csv.${pid}.3.tmp`),
      join(out, 'router-cut', `.summary.json.${pid}.7.tmp`),
    ];
    for (const orphan of orphans) writeFileSync(orphan, 'half a file');
    // Someone's own file in a stale folder stays, with its folder.
    writeFileSync(join(out, 'extra-pod', 'notes.txt'), 'mine');

    const straight = tempDir();
    expect(
      tiersim('run', 'scenarios/baseline.json', 'scenarios/router-cut.json', ...SHORT, '--out', straight)
        .status,
    ).toBe(0);
    expect(
      tiersim('run', 'scenarios/baseline.json', 'scenarios/router-cut.json', ...SHORT, '--out', out).status,
    ).toBe(0);
    for (const orphan of orphans) expect(existsSync(orphan), orphan).toBe(false);
    const left = treeOf(out);
    expect(left.get('extra-pod/notes.txt')).toBe('mine');
    left.delete('extra-pod/notes.txt');
    expect(left).toEqual(treeOf(straight));
  });

  it('--resume of a single run refuses a folder that holds a batch, and the other way round', () => {
    const batchDir = tempDir();
    expect(
      tiersim('run', 'scenarios/baseline.json', 'scenarios/router-cut.json', ...SHORT, '--out', batchDir)
        .status,
    ).toBe(0);
    expectRefusal(
      tiersim('run', 'scenarios/baseline.json', ...SHORT, '--out', batchDir, '--resume'),
      `${batchDir} holds a batch or sweep (manifest.json), not a single run`,
    );
    const single = tempDir();
    expect(tiersim('run', 'scenarios/baseline.json', ...SHORT, '--out', single).status).toBe(0);
    expectRefusal(
      tiersim(
        'run',
        'scenarios/baseline.json',
        'scenarios/router-cut.json',
        ...SHORT,
        '--out',
        single,
        '--resume',
      ),
      `${single} holds the results of a single run, not a batch or sweep`,
    );
  });
});
