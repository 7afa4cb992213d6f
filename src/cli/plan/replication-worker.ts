import { parentPort } from 'node:worker_threads';
import { simulateReplication, type ReplicationResult, type Scenario } from '../../sim/index.js';
import { injectedCrash, testFault } from './test-fault.js';
import { tracedReplication } from './trace-file.js';

/** A request to the worker: the scenario travels only the first time a worker sees its key. */
export interface WorkerRequest {
  readonly id: number;
  readonly scenarioKey: string;
  readonly scenario?: Scenario;
  readonly replication: number;
  readonly trace: boolean;
  /** Write the trace to this file (trace.csv) as the replication runs, instead of replying with it. */
  readonly traceFile?: string;
}

/** The worker's reply to a request of the same id: the result, or the error's stack. */
export type WorkerReply =
  | { readonly id: number; readonly result: ReplicationResult; readonly error?: undefined }
  | { readonly id: number; readonly error: string };

/** Test hook (see test-fault.ts): misbehave as TIERSIM_TEST_WORKER_FAULT asks, if it does. */
function misbehave(scenario: Scenario, replication: number): void {
  const fault = testFault(scenario.name, replication);
  if (fault === 'exit') process.exit(7);
  if (fault === 'crash') throw injectedCrash();
  if (fault === 'garbage') parentPort!.postMessage('not a result');
}

const scenarios = new Map<string, Scenario>();

parentPort?.on('message', (request: WorkerRequest) => {
  if (request.scenario) scenarios.set(request.scenarioKey, request.scenario);
  const scenario = scenarios.get(request.scenarioKey);
  if (scenario) misbehave(scenario, request.replication);
  try {
    if (!scenario) throw new Error(`worker has no scenario ${request.scenarioKey}`);
    const { options, traceFile } = tracedReplication(request);
    let result: ReplicationResult;
    try {
      result = simulateReplication(scenario, options);
    } catch (error) {
      traceFile?.abort();
      throw error;
    }
    traceFile?.commit();
    parentPort!.postMessage({ id: request.id, result } satisfies WorkerReply);
  } catch (error) {
    const reply: WorkerReply = { id: request.id, error: (error as Error)?.stack ?? String(error) };
    parentPort!.postMessage(reply);
  }
});
