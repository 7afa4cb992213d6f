import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkerPoolRunner } from '../src/cli/plan/worker-pool.js';
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

// A batch of one valid and one crashing scenario used to exit 1 and write nothing (with --jobs 2
// not even the valid one's folder). A failed replication now fails its scenario alone: the
// others are written, the failed one has its row in index.csv and the table, exit code 3.
// TIERSIM_TEST_WORKER_FAULT=<fault>[:<replication>][@<scenario name>] injects the failure.

beforeAll(requireBuiltCli);
afterAll(removeTempDirs);

const BATCH = ['scenarios/baseline.json', 'scenarios/router-cut.json'];
const SHORT = ['--days', '8', '--reps', '2', '--quiet'];
const ROUTER_CUT = 'Router cut: two routers fewer';

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

describe('a batch in which one scenario fails', () => {
  const cases: Array<[string, string, string]> = [
    // --jobs 1: the replication throws in this thread.
    [
      '1',
      `crash:1@${ROUTER_CUT}`,
      `replication 1 of "${ROUTER_CUT}" failed: Error: injected crash (TIERSIM_TEST_WORKER_FAULT)`,
    ],
    // --jobs 2: the worker thread running it exits; another takes its place.
    [
      '2',
      `exit:1@${ROUTER_CUT}`,
      `a worker thread exited unexpectedly (exit code 7) while running replication 1 of "${ROUTER_CUT}"`,
    ],
  ];
  it.each(cases)(
    '--jobs %s: the others are written, the failed one is reported alone, exit 3; --resume retries it',
    (jobs, fault, why) => {
      const straight = tempDir();
      expect(tiersim('run', ...BATCH, ...SHORT, '--out', straight).status).toBe(0);

      const out = tempDir();
      const result = tiersimWithFault(fault, 'run', ...BATCH, ...SHORT, '--jobs', jobs, '--out', out);
      expect(result.status, result.stderr).toBe(3);
      expect(result.stderr).not.toMatch(STACK_FRAME);
      expect(result.stderr).toBe(
        `tiersim: router-cut: ${why}\ntiersim: 1 of 2 scenarios failed; the others were written, and --resume retries the failed\n`,
      );
      // The table: the valid scenario's figures, the failed one's reason.
      const [header, baseline, routerCut, ...rest] = result.stdout.trimEnd().split('\n');
      expect(header).toMatch(/^scenario\s+SLA A/);
      expect(baseline).toMatch(/^baseline\s+\d+\.\d%/);
      expect(routerCut).toMatch(/^router-cut\s+failed: /);
      expect(routerCut.length).toBeLessThanOrEqual(100);
      expect(rest).toEqual([]);

      const files = treeOf(out);
      expect(files.get('baseline/kpis.csv')).toBe(treeOf(straight).get('baseline/kpis.csv'));
      expect(files.get('router-cut/error.txt')).toBe(`${why}\n`);
      expect(files.has('router-cut/summary.json')).toBe(false);
      const index = files.get('index.csv')!.trimEnd().split('\n');
      expect(index[0]).toBe('scenario,file,kpi,scope,mean,halfWidth,replications,unit,error');
      const failedRows = index.filter((row) => row.startsWith('router-cut,'));
      expect(failedRows).toEqual([
        `router-cut,scenarios/router-cut.json,,,,,,,"${why.replaceAll('"', '""')}"`,
      ]);
      expect(index.filter((row) => row.startsWith('baseline,')).length).toBeGreaterThan(100);

      // Without the fault, --resume runs only what is missing and ends as an uninterrupted run.
      const resumed = tiersim('run', ...BATCH, ...SHORT, '--jobs', jobs, '--out', out, '--resume');
      expect(resumed.status, resumed.stderr).toBe(0);
      expect(treeOf(out)).toEqual(treeOf(straight));
    },
  );

  it('merge carries a failed variant into index.csv and exits 3', () => {
    const shards = [tempDir(), tempDir()];
    expect(tiersim('run', ...BATCH, ...SHORT, '--out', shards[0], '--shard', '1/2').status).toBe(0);
    const failed = tiersimWithFault(
      `crash:0@${ROUTER_CUT}`,
      'run',
      ...BATCH,
      ...SHORT,
      '--out',
      shards[1],
      '--shard',
      '2/2',
    );
    expect(failed.status).toBe(3);
    const merged = tempDir();
    const result = tiersim('merge', ...shards, '--out', merged);
    expect(result.status).toBe(3);
    expect(result.stderr).toContain('failed in their shard: router-cut');
    expect(readFileSync(join(merged, 'index.csv'), 'utf8')).toContain(
      `router-cut,scenarios/router-cut.json,,,,,,,"replication 0 of ""${ROUTER_CUT}"" failed: Error: injected crash (TIERSIM_TEST_WORKER_FAULT)"`,
    );
  });
});

describe('a sweep whose variants fail', () => {
  it('lists them as failed in variants.csv, says none finished and exits 3', () => {
    const out = tempDir();
    const result = tiersimWithFault(
      'crash:1',
      'sweep',
      'scenarios/baseline.json',
      '--set',
      'pools.router.staff=8,9',
      ...SHORT,
      '--out',
      out,
    );
    expect(result.status, result.stderr).toBe(3);
    expect(result.stdout).toBe('0 of 2 variants finished (2 failed); 0 of those meet every SLA goal.\n');
    expect(result.stderr).toContain('tiersim: 2 of 2 variants failed');
    const rows = readFileSync(join(out, 'variants.csv'), 'utf8').trimEnd().split('\n');
    expect(rows).toEqual([
      'variant,label,pools.router.staff,costPerWeek,slaA,slaB,slaC,meetsGoals',
      'v001,router.staff=8,8,,,,,failed',
      'v002,router.staff=9,9,,,,,failed',
    ]);
  });
});

describe('WorkerPoolRunner with onFailure', () => {
  const base = scenarioFile('scenarios/baseline.json');
  const scenario = { ...base, horizon: { ...base.horizon, days: 8 } };
  const tasksOf = (replications: number[]): ReplicationTask[] =>
    replications.map((replication) => ({ scenario, replication, scenarioKey: 'b' }));
  const lost = (replication: number): string =>
    `a worker thread exited unexpectedly (exit code 7) while running replication ${replication} of "Exchange support baseline"`;

  it('reports a lost task and runs every other task', async () => {
    process.env.TIERSIM_TEST_WORKER_FAULT = 'exit:1'; // read by the workers as they start
    const pool = new WorkerPoolRunner(2);
    try {
      const failures: Array<[number, string]> = [];
      const done: number[] = [];
      const results = await pool.run(tasksOf([0, 1, 2, 3]), {
        onFailure: (index, reason) => failures.push([index, reason]),
        onResult: (index) => done.push(index),
      });
      expect(failures).toEqual([[1, lost(1)]]);
      expect(done.sort()).toEqual([0, 2, 3]);
      expect(results.filter(Boolean).map((r) => r.replication)).toEqual([0, 2, 3]);
      // A thread in the lost one's place if work was left when it was lost (timing decides).
      expect(pool.started).toBeLessThanOrEqual(3);
    } finally {
      delete process.env.TIERSIM_TEST_WORKER_FAULT;
      await pool.close();
    }
  });

  it('starts a thread in place of a lost one while work is left (one thread: each task gets its own)', async () => {
    process.env.TIERSIM_TEST_WORKER_FAULT = 'exit';
    const pool = new WorkerPoolRunner(1);
    try {
      const failures: Array<[number, string]> = [];
      await pool.run(tasksOf([0, 1]), { onFailure: (index, reason) => failures.push([index, reason]) });
      expect(failures).toEqual([
        [0, lost(0)],
        [1, lost(1)],
      ]);
      expect(pool.started).toBe(2);
    } finally {
      delete process.env.TIERSIM_TEST_WORKER_FAULT;
      await pool.close();
    }
  });
});
