import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { maxWorkers, WorkerPoolRunner } from '../src/cli/plan/worker-pool.js';
import type { ReplicationTask } from '../src/cli/plan/tasks.js';
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
import { scenarioFile } from './support/scenario.js';

beforeAll(requireBuiltCli);
afterAll(removeTempDirs);

const SHORT = ['--days', '8', '--reps', '2', '--quiet'];

function expectUserMistake(result: CliResult, message: string): void {
  expect(result.status, result.stderr).toBe(2);
  expect(result.stderr).toContain(message);
  expect(result.stderr).not.toMatch(STACK_FRAME);
  expect(result.stdout).toBe('');
}

describe('--jobs is capped at the work available', () => {
  let pool: WorkerPoolRunner | null = null;
  afterEach(async () => {
    await pool?.close();
    pool = null;
  });

  it('a pool asked for 1000 threads starts 2 for 2 replications, and at most twice the processors', async () => {
    pool = new WorkerPoolRunner(1000);
    const base = scenarioFile('scenarios/baseline.json');
    const scenario = { ...base, horizon: { ...base.horizon, days: 8 } };
    const tasks: ReplicationTask[] = [0, 1].map((replication) => ({
      scenario,
      replication,
      scenarioKey: 'b',
    }));
    const results = await pool.run(tasks);
    expect(results.map((r) => r.replication)).toEqual([0, 1]);
    expect(pool.started).toBe(2);
    // A second run of the same size reuses them.
    await pool.run(tasks);
    expect(pool.started).toBe(2);
    expect(maxWorkers()).toBeGreaterThanOrEqual(2);
  });

  it('tiersim run --jobs 1000 of 2 replications gives the files of --jobs 1', () => {
    const many = tiersim('run', 'scenarios/baseline.json', ...SHORT, '--jobs', '1000', '--format', 'csv');
    expect(many.status, many.stderr).toBe(0);
    expect(many.stdout).toBe(tiersim('run', 'scenarios/baseline.json', ...SHORT, '--format', 'csv').stdout);
  });
});

describe('numbers in options are decimal', () => {
  it.each([
    [['--days', '0x10'], '--days must be a number > 0, got "0x10"'],
    [['--days', 'Infinity'], '--days must be a number > 0, got "Infinity"'],
    [['--reps', '0x2'], '--reps must be a whole number >= 1, got "0x2"'],
    [['--seed', '1e3'], '--seed must be a whole number >= 0, got "1e3"'],
    [['--jobs', ' 2'], '--jobs must be a whole number >= 1, got " 2"'],
    [['--precision', '0x1'], '--precision must be a number > 0, got "0x1"'],
  ])('run %j is refused (exit 2)', (option, message) => {
    expectUserMistake(tiersim('run', 'scenarios/baseline.json', '--quiet', ...option), message);
  });

  it('a decimal --days still works (9.5)', () => {
    const result = tiersim(
      'run',
      'scenarios/baseline.json',
      '--days',
      '9.5',
      '--reps',
      '2',
      '--quiet',
      '--format',
      'json',
    );
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).days).toBe(9.5);
  });

  it('optimize --goal refuses a hexadecimal value', () => {
    expectUserMistake(
      tiersim('optimize', 'scenarios/baseline.json', '--goal', 'sla.attainment>=0x1', ...SHORT),
      'expected a number after ">=", got "0x1"',
    );
  });
});

describe('options that would be silently ignored', () => {
  it('--max-reps without --precision is refused (exit 2)', () => {
    expectUserMistake(
      tiersim('run', 'scenarios/baseline.json', ...SHORT, '--max-reps', '5'),
      'tiersim run: --max-reps caps the replications that --precision adds; give --precision too',
    );
    expectUserMistake(
      tiersim(
        'sweep',
        'scenarios/baseline.json',
        '--set',
        'pools.router.staff=8,9',
        ...SHORT,
        '--max-reps',
        '5',
      ),
      'tiersim sweep: --max-reps caps the replications that --precision adds',
    );
  });

  it('--shard 2/2 of a single scenario is refused (exit 2): shards split batches and sweeps', () => {
    expectUserMistake(
      tiersim('run', 'scenarios/baseline.json', ...SHORT, '--shard', '2/2'),
      'tiersim run: --shard splits a batch or sweep by scenario, and scenarios/baseline.json is a single scenario',
    );
  });
});

describe('an interrupted sweep', () => {
  it('says how many variants finished, and counts the feasible among them', async () => {
    const out = tempDir();
    const child = spawn(
      process.execPath,
      [
        CLI,
        'sweep',
        'scenarios/baseline.json',
        '--set',
        'pools.router.staff=8..10',
        '--days',
        '10',
        '--reps',
        '2',
        '--quiet',
        '--out',
        out,
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    const first = join(out, 'v001', 'summary.json');
    for (let i = 0; i < 3000 && !existsSync(first) && child.exitCode === null; i++)
      await new Promise((r) => setTimeout(r, 10));
    child.kill('SIGINT');
    expect(await closed).toBe(130);
    expect(stdout.split('\n')[0]).toMatch(
      /^[12] of 3 variants finished; [0-2] of those meet every SLA goal[,.]/,
    );
  }, 60_000);

  it('a shard of a sweep says the same of its slice', () => {
    const result = tiersim(
      'sweep',
      'scenarios/baseline.json',
      '--set',
      'pools.router.staff=8..10',
      ...SHORT,
      '--shard',
      '2/3',
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(
      /^1 of 3 variants finished; [01] of those meet every SLA goal[,.]/,
    );
  });
});
