// One benchmark case: runs a single replication of a scenario with the compiled engine and
// prints one JSON line. Usage: node bench/one.mjs <scenario.json> [days]
import { loadScenarioFile } from '../dist/cli/load-scenario.js';
import { simulateReplication } from '../dist/sim/index.js';

const [file, days] = process.argv.slice(2);
let scenario = loadScenarioFile(file);
if (days) scenario = { ...scenario, horizon: { ...scenario.horizon, days: Number(days) } };
const t0 = process.hrtime.bigint();
const result = simulateReplication(scenario, { replication: 0 });
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const routerWait = result.kpis.get('wait.mean|pool:router');
// Live heap after a full collection: what the run keeps, without garbage awaiting collection.
globalThis.gc?.();
const heapAfterGcMB = +(process.memoryUsage().heapUsed / 1048576).toFixed(1);
console.log(
  JSON.stringify({
    scenario: scenario.name,
    days: scenario.horizon.days,
    arrivals: result.casesGenerated,
    events: result.events,
    seconds: +seconds.toFixed(3),
    arrivalsPerSecond: Math.round(result.casesGenerated / seconds),
    eventsPerSecond: Math.round(result.events / seconds),
    routerMeanWait: routerWait === undefined ? null : +routerWait.toFixed(4),
    heapAfterGcMB,
    seriesMB: +(result.series.values.byteLength / 1048576).toFixed(1),
  }),
);
