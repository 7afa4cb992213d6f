import { parentPort } from 'node:worker_threads';
import { simulateReplication, type Scenario } from '../../sim/index.js';

/** A request to the worker: the scenario travels only the first time a worker sees its key. */
export interface WorkerRequest {
  readonly id: number;
  readonly scenarioKey: string;
  readonly scenario?: Scenario;
  readonly replication: number;
  readonly trace: boolean;
}

const scenarios = new Map<string, Scenario>();

parentPort?.on('message', (request: WorkerRequest) => {
  try {
    if (request.scenario) scenarios.set(request.scenarioKey, request.scenario);
    const scenario = scenarios.get(request.scenarioKey);
    if (!scenario) throw new Error(`worker has no scenario ${request.scenarioKey}`);
    const result = simulateReplication(scenario, { replication: request.replication, trace: request.trace });
    parentPort!.postMessage({ id: request.id, result });
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: (error as Error)?.stack ?? String(error) });
  }
});
