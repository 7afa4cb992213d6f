import { estimateRun, LIMITS, overBudget, type Scenario } from '../sim/index.js';
import { UserError } from './user-error.js';

/** The command-line options that change how large a run is. */
export interface RunSizeOptions {
  readonly reps?: number;
  readonly days?: number;
  readonly trace?: boolean;
  /** With --out a trace is written to trace.csv as it is made rather than held. */
  readonly out?: string;
  readonly jobs?: number;
  readonly precision?: number;
  readonly maxReps?: number;
}

/**
 * Refuses, before it starts, a run that is larger than the format allows (`--reps`, `--days`,
 * `--max-reps` beyond LIMITS) or than the run budget (memory and time, see RUN_BUDGET): a
 * UserError of one line with the estimate and what to lower. `scenario` has the command line's
 * overrides applied.
 */
export function checkRunSize(scenario: Scenario, file: string, options: RunSizeOptions): void {
  const beyond = (option: string, value: number, max: number, what: string): void => {
    if (value > max) throw new UserError(`${file}: ${option} ${value}: at most ${max} ${what}`);
  };
  if (options.reps !== undefined) beyond('--reps', options.reps, LIMITS.replications, 'replications');
  if (options.days !== undefined) beyond('--days', options.days, LIMITS.days, 'days (100 years)');
  if (options.maxReps !== undefined)
    beyond('--max-reps', options.maxReps, LIMITS.replications, 'replications');
  // With --precision, replications are added up to --max-reps (default 100).
  const replications =
    options.precision === undefined
      ? scenario.replications
      : Math.max(scenario.replications, options.maxReps ?? 100);
  const estimate = estimateRun(scenario, {
    trace: options.trace === true,
    traceStreamed: options.out !== undefined,
    replications,
    concurrent: options.jobs ?? 1,
  });
  const problem = overBudget(estimate);
  if (problem !== null) throw new UserError(`${file}: ${problem}`);
}

/**
 * V8's RangeErrors for an array, typed array or string too large to allocate: what a run too
 * large for memory throws when it gets past the budget. (A heap that fills up aborts the process
 * instead, which no handler can catch; the budget is there to refuse such runs first.)
 */
const OUT_OF_MEMORY = /^(Invalid (typed )?array length|Invalid string length|Array buffer allocation failed)/;

/** One line for an out-of-memory RangeError (see {@link OUT_OF_MEMORY}), or null for any other error. */
export function outOfMemory(error: unknown): string | null {
  if (!(error instanceof RangeError) || !OUT_OF_MEMORY.test(error.message)) return null;
  return (
    `out of memory (${error.message}): the run is too large for this machine; ` +
    'lower replications (--reps), horizon.days (--days), arrivals.casesPerHour or the headcounts'
  );
}
