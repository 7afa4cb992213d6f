/**
 * For tests only: `TIERSIM_TEST_WORKER_FAULT=<fault>[:<replication>][@<scenario name>]` makes a
 * replication misbehave when it is that replication (any without one) of that scenario (any
 * without one), so that tests can check that a failure is reported cleanly instead of hanging or
 * losing other work. In a worker thread (--jobs 2 and more): `exit`, the thread exits with code
 * 7; `crash`, an uncaught exception; `garbage`, a reply that is not a result. In this thread
 * (--jobs 1) only `crash` applies: the replication throws.
 */
export type TestFault = 'exit' | 'crash' | 'garbage';

const FAULT = /^(exit|crash|garbage)(?::(\d+))?(?:@(.+))?$/;

/** The fault to inject into this replication, or null (always null without the variable). */
export function testFault(scenarioName: string, replication: number): TestFault | null {
  const spec = FAULT.exec(process.env.TIERSIM_TEST_WORKER_FAULT ?? '');
  if (!spec) return null;
  if (spec[2] !== undefined && Number(spec[2]) !== replication) return null;
  if (spec[3] !== undefined && spec[3] !== scenarioName) return null;
  return spec[1] as TestFault;
}

/** The error a `crash` fault throws. */
export function injectedCrash(): Error {
  return new Error('injected crash (TIERSIM_TEST_WORKER_FAULT)');
}
