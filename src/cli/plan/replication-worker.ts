import { parentPort } from 'node:worker_threads';
import { simulateReplication, type ReplicationResult, type Scenario } from '../../sim/index.js';

/** A request to the worker: the scenario travels only the first time a worker sees its key. */
export interface WorkerRequest {
  readonly id: number;
  readonly scenarioKey: string;
  readonly scenario?: Scenario;
  readonly replication: number;
  readonly trace: boolean;
}

/** The worker's reply to a request of the same id: the result, or the error's stack. */
export type WorkerReply =
  | { readonly id: number; readonly result: ReplicationResult; readonly error?: undefined }
  | { readonly id: number; readonly error: string };

/**
 * For tests only: `TIERSIM_TEST_WORKER_FAULT=<fault>[:<replication>]` makes the worker misbehave
 * when asked for that replication (any replication without one), so that tests can check that
 * the pool fails cleanly instead of hanging. `exit`: the thread exits with code 7; `crash`: an
 * uncaught exception; `garbage`: a reply that is not a result.
 */
const fault = /^(exit|crash|garbage)(?::(\d+))?$/.exec(process.env.TIERSIM_TEST_WORKER_FAULT ?? '');

function misbehave(request: WorkerRequest): void {
  if (!fault || (fault[2] !== undefined && Number(fault[2]) !== request.replication)) return;
  if (fault[1] === 'exit') process.exit(7);
  if (fault[1] === 'crash') throw new Error('injected crash (TIERSIM_TEST_WORKER_FAULT)');
  parentPort!.postMessage('not a result');
}

const scenarios = new Map<string, Scenario>();

parentPort?.on('message', (request: WorkerRequest) => {
  misbehave(request);
  try {
    if (request.scenario) scenarios.set(request.scenarioKey, request.scenario);
    const scenario = scenarios.get(request.scenarioKey);
    if (!scenario) throw new Error(`worker has no scenario ${request.scenarioKey}`);
    const result = simulateReplication(scenario, { replication: request.replication, trace: request.trace });
    parentPort!.postMessage({ id: request.id, result } satisfies WorkerReply);
  } catch (error) {
    const reply: WorkerReply = { id: request.id, error: (error as Error)?.stack ?? String(error) };
    parentPort!.postMessage(reply);
  }
});
