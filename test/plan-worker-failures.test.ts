import { spawnSync } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WorkerFailure, WorkerPoolRunner } from '../src/cli/plan/worker-pool.js';
import type { ReplicationTask } from '../src/cli/plan/tasks.js';
import {
  CLI,
  removeTempDirs,
  requireBuiltCli,
  ROOT,
  STACK_FRAME,
  tempDir,
  tiersim,
} from './fixtures/cli/cli.js';
import { scenarioFile } from './support/scenario.js';
import { treeOf } from './support/tree.js';

// TIERSIM_TEST_WORKER_FAULT=<fault>[:<replication>] makes the compiled worker (dist/) misbehave:
// `exit` (the thread exits with code 7), `crash` (an uncaught exception), `garbage` (a reply that
// is not a result). Before, a worker that died or answered nonsense left the run waiting forever.

beforeAll(requireBuiltCli);
afterAll(removeTempDirs);

const SHORT = ['scenarios/baseline.json', '--days', '8', '--reps', '4', '--jobs', '2', '--quiet'];

/** The CLI with a fault injected into its workers; a hang would hit the 60 s timeout (status null). */
function tiersimWithFault(fault: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, TIERSIM_TEST_WORKER_FAULT: fault },
  });
  if (result.error) throw result.error;
  return result;
}

describe('a worker that fails under tiersim run --jobs 2', () => {
  const cases: Array<[string, RegExp]> = [
    [
      // Every worker exits on its first replication (0 or 1): whichever the pool hears of first.
      'exit',
      /^tiersim: a worker thread exited unexpectedly \(exit code 7\) while running replication [01] of "Exchange support baseline"\n$/,
    ],
    [
      'crash:2',
      /^tiersim: a worker thread crashed: injected crash \(TIERSIM_TEST_WORKER_FAULT\) while running replication 2 of "Exchange support baseline"\n$/,
    ],
    [
      'garbage:1',
      /^tiersim: a worker thread sent a message that is not the reply to its task \("not a result"\) while running replication 1 of "Exchange support baseline"\n$/,
    ],
  ];
  it.each(cases)('%s: the run ends with exit code 1 and one line naming the replication', (fault, line) => {
    const result = tiersimWithFault(fault, 'run', ...SHORT);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(line);
    expect(result.stderr).not.toMatch(STACK_FRAME);
    expect(result.stdout).toBe('');
  });

  it('keeps the finished replications: --resume then ends with the files of an uninterrupted run', () => {
    const whole = tempDir();
    expect(tiersim('run', ...SHORT, '--out', whole).status).toBe(0);
    const out = tempDir();
    const failed = tiersimWithFault('exit:3', 'run', ...SHORT, '--out', out);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('exited unexpectedly (exit code 7) while running replication 3');
    const checkpoints = [...treeOf(out).keys()].filter((k) => /^\.replications\/rep-/.test(k));
    expect(checkpoints.length).toBeGreaterThan(0);
    expect(checkpoints).not.toContain('.replications/rep-00003.json');
    const resumed = tiersim('run', ...SHORT, '--out', out, '--resume');
    expect(resumed.status).toBe(0);
    expect(treeOf(out)).toEqual(treeOf(whole));
  });
});

describe('WorkerPoolRunner', () => {
  let pool: WorkerPoolRunner | null = null;
  afterEach(async () => {
    await pool?.close();
    pool = null;
    delete process.env.TIERSIM_TEST_WORKER_FAULT;
  });

  function tasks(n: number): ReplicationTask[] {
    const base = scenarioFile('scenarios/baseline.json');
    const scenario = { ...base, horizon: { ...base.horizon, days: 8 } };
    return Array.from({ length: n }, (_, replication) => ({ scenario, replication, scenarioKey: 'b' }));
  }

  it('rejects with a WorkerFailure when a worker exits, and refuses to run again', async () => {
    process.env.TIERSIM_TEST_WORKER_FAULT = 'exit:1'; // read by the workers as they start
    pool = new WorkerPoolRunner(2);
    const work = tasks(4);
    const failure = await pool.run(work).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(WorkerFailure);
    expect((failure as Error).message).toContain('while running replication 1 of');
    await expect(pool.run(work)).rejects.toBe(failure);
  });

  it('runs every task when no worker fails (the same results as in this thread)', async () => {
    pool = new WorkerPoolRunner(2);
    const work = tasks(3);
    const results = await pool.run(work);
    expect(results.map((r) => r.replication)).toEqual([0, 1, 2]);
    expect(results.every((r) => r.casesGenerated > 0)).toBe(true);
  });
});
