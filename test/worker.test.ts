import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { kpisCsv, runScenario } from '../src/sim/index.js';
import { scenarioFile } from './support/scenario.js';

function inWorker(file: string, days: number, reps: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./support/worker-run.mjs', import.meta.url), {
      workerData: { file, days, reps },
    });
    worker.once('message', (csv: string) => resolve(csv));
    worker.once('error', reject);
  });
}

describe('the engine in a worker thread', () => {
  it('gives byte-identical KPIs to the same scenario and seed run in the main thread', async () => {
    expect(existsSync('dist/sim/index.js'), 'run npm run build first').toBe(true);
    const file = 'scenarios/baseline.json';
    const base = scenarioFile(file);
    const here = kpisCsv(runScenario({ ...base, replications: 2, horizon: { ...base.horizon, days: 10 } }));
    const there = await inWorker(file, 10, 2);
    expect(there).toBe(here);
    expect(here.split('\n').length).toBeGreaterThan(100);
  });
});
