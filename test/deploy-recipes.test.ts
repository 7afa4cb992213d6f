import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, removeTempDirs, requireBuiltCli, ROOT, tempDir, tiersim } from './fixtures/cli/cli.js';

// The cluster recipes in deploy/ run here as they are written, on a tiny sweep: every shard's
// command (read out of the files, the shard index set as the cluster would set it), then the
// merge's, and the merged folder must be byte for byte the folder of one unsharded run.

beforeAll(requireBuiltCli);
afterAll(removeTempDirs);

/** Nine variants of the baseline, 8 days (7 warm-up), 1 replication each. */
const TINY_SWEEP = 'test/fixtures/deploy/tiny-sweep.json';

const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

/** Every file below a folder, relative path -> bytes. */
function bytesOf(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return out;
}

let unsharded: Map<string, Buffer>;
beforeAll(() => {
  const dir = tempDir();
  const result = tiersim('sweep', TINY_SWEEP, '--quiet', '--out', dir);
  expect(result.status).toBe(0);
  unsharded = bytesOf(dir);
  expect([...unsharded.keys()]).toContain('v009/timeseries.csv');
});

/**
 * Runs a shell command as the cluster would, from the repository root (the image's /app); it must
 * succeed. Returns what it wrote on stderr.
 */
function shell(command: string, env: Record<string, string>, bin?: string): string {
  const path = bin ? `${bin}:${process.env.PATH ?? ''}` : (process.env.PATH ?? '');
  const result = spawnSync('/bin/sh', ['-c', command], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, ...env, PATH: path },
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stderr;
}

/**
 * The shards of a job, as the cluster runs them: at once (four at a time here), each a shell
 * command that must succeed and say nothing on stderr.
 */
async function shards(
  count: number,
  command: (k: number) => { command: string; env: Record<string, string> },
  bin?: string,
): Promise<void> {
  const path = bin ? `${bin}:${process.env.PATH ?? ''}` : (process.env.PATH ?? '');
  const one = (k: number) =>
    new Promise<{ status: number | null; stderr: string }>((done) => {
      const { command: line, env } = command(k);
      const child = spawn('/bin/sh', ['-c', line], {
        cwd: ROOT,
        env: { ...process.env, ...env, PATH: path },
      });
      let stderr = '';
      child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
      child.stdout.resume();
      child.on('close', (status) => done({ status, stderr }));
    });
  for (let first = 0; first < count; first += 4) {
    const batch = Array.from({ length: Math.min(4, count - first) }, (_, i) => one(first + i));
    for (const result of await Promise.all(batch)) {
      expect(result.status, result.stderr).toBe(0);
      expect(result.stderr).toBe('');
    }
  }
}

describe('deploy/kubernetes', () => {
  /** A container's environment and the command its shell runs (the folded `args` scalar). */
  function container(file: string): { env: Record<string, string>; command: string } {
    const text = read(file);
    const env = Object.fromEntries(
      [...text.matchAll(/- \{ name: (\w+), value: '?([^'}]*?)'? \}/g)].map((m) => [m[1], m[2]]),
    );
    const lines = text.split('\n');
    const start = lines.findIndex((l) => /^\s*- >-\s*$/.test(l));
    expect(start).toBeGreaterThan(0);
    const indent = lines[start].search(/\S/);
    const body: string[] = [];
    for (const line of lines.slice(start + 1)) {
      if (line.trim() === '' || line.search(/\S/) <= indent) break;
      body.push(line.trim());
    }
    expect(lines.slice(0, start).some((l) => /command: \['\/bin\/sh', '-c'\]/.test(l))).toBe(true);
    return { env, command: body.join(' ') };
  }

  it('runs each index of the Indexed Job, then the merge Job: the files of one unsharded run', async () => {
    const job = read('deploy/kubernetes/indexed-job.yaml');
    expect(job).toMatch(/completionMode: Indexed/);
    const completions = Number(/completions: (\d+)/.exec(job)?.[1]);
    expect(Number(/parallelism: (\d+)/.exec(job)?.[1])).toBe(completions);
    const sweep = container('deploy/kubernetes/indexed-job.yaml');
    expect(sweep.env.SHARDS).toBe(String(completions));
    expect(sweep.command).toContain('JOB_COMPLETION_INDEX');
    expect(sweep.env.SWEEP).toBe('scenarios/sweeps/xadm-teams-by-volume.json');

    // The image puts the built CLI on PATH as `tiersim` (deploy/Containerfile); so does this folder.
    const bin = tempDir();
    writeFileSync(join(bin, 'tiersim'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
    chmodSync(join(bin, 'tiersim'), 0o755);
    const results = tempDir();
    await shards(
      completions,
      (index) => ({
        command: sweep.command,
        env: { ...sweep.env, SWEEP: TINY_SWEEP, RESULTS: results, JOB_COMPLETION_INDEX: String(index) },
      }),
      bin,
    );
    expect(readdirSync(results).sort()).toEqual(
      Array.from({ length: completions }, (_, k) => `shard-${k}`).sort(),
    );
    const merge = container('deploy/kubernetes/merge-job.yaml');
    const said = shell(merge.command, { ...merge.env, RESULTS: results }, bin);
    expect(said).toContain(`9 of 9 variants from ${completions} folders`);
    expect(bytesOf(join(results, 'merged'))).toEqual(unsharded);
  });

  it('mounts the claim of results-pvc.yaml, read-write for many nodes, in both Jobs', () => {
    const claim = /name: (\S+)/.exec(read('deploy/kubernetes/results-pvc.yaml'))?.[1];
    expect(read('deploy/kubernetes/results-pvc.yaml')).toMatch(/accessModes: \[ReadWriteMany\]/);
    for (const file of ['deploy/kubernetes/indexed-job.yaml', 'deploy/kubernetes/merge-job.yaml']) {
      expect(read(file)).toContain(`claimName: ${claim}`);
      expect(read(file)).toContain('mountPath: /results');
    }
  });
});

describe('deploy/slurm', () => {
  it('runs every task of the job array script, then the merge script: the files of one unsharded run', async () => {
    const array = read('deploy/slurm/array.sbatch');
    const tasks = Number(/^#SBATCH --array=1-(\d+)$/m.exec(array)?.[1]);
    expect(Number(/^SHARDS=(\d+)$/m.exec(array)?.[1])).toBe(tasks);
    const results = tempDir();
    await shards(tasks, (k) => ({
      command: 'bash deploy/slurm/array.sbatch',
      env: { SWEEP: TINY_SWEEP, RESULTS: results, SLURM_ARRAY_TASK_ID: String(k + 1) },
    }));
    expect(readdirSync(results).length).toBe(tasks);
    expect(shell('bash deploy/slurm/merge.sbatch', { RESULTS: results })).toContain(
      `9 of 9 variants from ${tasks} folders`,
    );
    expect(bytesOf(join(results, 'merged'))).toEqual(unsharded);
  });

  it('submit.sh queues the merge after every task of the array has succeeded', () => {
    // A stand-in sbatch that logs its arguments and answers --parsable as Slurm does ("id;cluster").
    const bin = tempDir();
    const log = join(bin, 'calls.log');
    writeFileSync(
      join(bin, 'sbatch'),
      `#!/bin/sh\necho "$*" >> "${log}"\ncase "$1" in --parsable) echo "4242;main" ;; *) echo "Submitted batch job 4243" ;; esac\n`,
    );
    chmodSync(join(bin, 'sbatch'), 0o755);
    expect(shell('deploy/slurm/submit.sh > /dev/null', {}, bin)).toBe('');
    expect(readFileSync(log, 'utf8')).toBe(
      '--parsable deploy/slurm/array.sbatch\n--dependency=afterok:4242 deploy/slurm/merge.sbatch\n',
    );
  });
});

describe('deploy/Containerfile', () => {
  it('builds from a clean checkout on node 20 and puts the built CLI on PATH as tiersim', () => {
    const file = read('deploy/Containerfile');
    expect(file).toMatch(/^FROM node:20[-\w.]*$/m);
    expect(file).toMatch(/^RUN npm ci --ignore-scripts$/m);
    expect(file).toMatch(/npm run build/);
    expect(file).toContain('ln -s /app/dist/cli/main.js /usr/local/bin/tiersim');
    // The symlinked entry runs by its own shebang.
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    // The build context leaves out what the image makes itself.
    const ignored = read('.dockerignore').split('\n');
    for (const entry of ['node_modules', 'dist', '.git']) expect(ignored).toContain(entry);
  });
});
