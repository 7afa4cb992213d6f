// Runs a scenario in a worker thread with the compiled engine and posts its kpis.csv back.
import { parentPort, workerData } from 'node:worker_threads';
import { loadScenarioFile } from '../../dist/cli/load-scenario.js';
import { kpisCsv, runScenario } from '../../dist/sim/index.js';

const { file, days, reps } = workerData;
const base = loadScenarioFile(file);
const scenario = { ...base, replications: reps, horizon: { ...base.horizon, days } };
parentPort.postMessage(kpisCsv(runScenario(scenario)));
