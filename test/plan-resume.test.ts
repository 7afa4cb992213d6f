import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executePlan } from '../src/cli/plan/execute-plan.js';
import type { Plan } from '../src/cli/plan/plan.js';
import { SequentialRunner } from '../src/cli/plan/tasks.js';
import { CLI, removeTempDirs, requireBuiltCli, ROOT, tempDir, tiersim } from './fixtures/cli/cli.js';
import { scenarioFile } from './support/scenario.js';
import { treeOf } from './support/tree.js';

beforeAll(requireBuiltCli);
afterAll(removeTempDirs);

function shortPlan(): Plan {
  const variants = ['baseline', 'router-cut'].map((id) => {
    const s = scenarioFile(`scenarios/${id}.json`);
    return {
      id,
      label: s.name,
      file: `scenarios/${id}.json`,
      values: [],
      scenario: { ...s, replications: 3, horizon: { days: 10, warmupDays: 7 } },
    };
  });
  return { kind: 'batch', variants, parameters: [] };
}

describe('stopping and resuming a run', () => {
  it('keeps a checkpoint per finished replication when stopped, and --resume ends with the files of an uninterrupted run', async () => {
    const plan = shortPlan();
    const straight = tempDir();
    await executePlan(plan, { runner: new SequentialRunner(), outDir: straight });

    const resumed = tempDir();
    const controller = new AbortController();
    let results = 0;
    const first = await executePlan(plan, {
      runner: new SequentialRunner(),
      outDir: resumed,
      signal: controller.signal,
      // Stop after five of the six replications: baseline done, router-cut two of three.
      onProgress: () => {
        if (++results === 5) controller.abort();
      },
    });
    expect(first.stopped).toBe(true);
    expect(first.outcomes.map((o) => o.report !== null)).toEqual([true, false]);
    expect(
      readdirSync(join(resumed, 'router-cut', '.replications')).filter((n) => n.startsWith('rep-')),
    ).toEqual(['rep-00000.json', 'rep-00001.json']);

    const second = await executePlan(plan, { runner: new SequentialRunner(), outDir: resumed, resume: true });
    expect(second.stopped).toBe(false);
    expect(second.outcomes.map((o) => o.resumed)).toEqual([true, false]);
    expect(treeOf(resumed)).toEqual(treeOf(straight));
  });

  it('stops cleanly on Ctrl-C (exit 130, checkpoints kept) and the same command with --resume finishes it', async () => {
    const args = [
      'run',
      'scenarios/baseline.json',
      'scenarios/router-cut.json',
      '--days',
      '21',
      '--reps',
      '6',
      '--quiet',
    ];
    const straight = tempDir();
    expect(tiersim(...args, '--out', straight).status).toBe(0);

    const out = tempDir();
    const child = spawn(process.execPath, [CLI, ...args, '--out', out], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const checkpoints = join(out, 'baseline', '.replications');
    // Interrupt as soon as the first replication has been checkpointed.
    for (
      let i = 0;
      i < 1000 && !(existsSync(checkpoints) && readdirSync(checkpoints).some((n) => n.startsWith('rep-')));
      i++
    ) {
      await new Promise((r) => setTimeout(r, 10));
    }
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(stderr).toContain('re-run the same command with --resume to continue');
    expect(existsSync(join(out, 'router-cut', 'summary.json'))).toBe(false);

    const resumed = tiersim(...args, '--out', out, '--resume');
    expect(resumed.status).toBe(0);
    expect(treeOf(out)).toEqual(treeOf(straight));
  });

  it('refuses to resume into a folder that holds another run', () => {
    const out = tempDir();
    expect(
      tiersim(
        'run',
        'scenarios/baseline.json',
        'scenarios/router-cut.json',
        '--days',
        '10',
        '--reps',
        '2',
        '--quiet',
        '--out',
        out,
      ).status,
    ).toBe(0);
    const result = tiersim(
      'run',
      'scenarios/baseline.json',
      'scenarios/router-cut.json',
      '--days',
      '10',
      '--reps',
      '3',
      '--quiet',
      '--out',
      out,
      '--resume',
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('holds the results of a different run');
  });
});
