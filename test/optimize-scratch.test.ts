import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { it } from 'vitest';
import { parseScenario } from '../src/sim/index.js';
import { runManySequential } from '../src/cli/plan/run-many.js';
import { optimizeStaffing, formatOptimizeTable, optimizeCsv, parseGoals } from '../src/cli/optimize/index.js';

const file = 'scenarios/baseline.json';
const parse = (raw: unknown) => parseScenario(raw, { file, readText: (p) => readFileSync(resolve(dirname(resolve(file)), p), 'utf8') });

it('scratch baseline', async () => {
  const raw = JSON.parse(readFileSync(file, 'utf8'));
  raw.horizon = { days: 21, warmupDays: 7 };
  raw.replications = 4;
  const pools = process.env.POOLS ? process.env.POOLS.split(',') : ['se/XADM', 'se/XCON', 'se/XCSI'];
  const t0 = performance.now();
  const r = await optimizeStaffing(raw, { file, parse, runMany: runManySequential, pools, goals: process.env.GOALS ? parseGoals([process.env.GOALS]) : undefined, onStep: (m) => console.log(`[${((performance.now()-t0)/1000).toFixed(1)}s] ${m}`) });
  console.log(`${((performance.now() - t0) / 1000).toFixed(2)} s`);
  console.log(formatOptimizeTable(r));
  console.log(optimizeCsv(r));
});
