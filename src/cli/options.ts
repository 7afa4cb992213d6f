import { InvalidArgumentError, Option, type Command, type OptionValues } from '@commander-js/extra-typings';
import type { Shard } from './plan/plan.js';

/** A whole number in decimal digits (no sign, hex, exponent or spaces). */
const WHOLE = /^\d+$/;

/** A number in decimal notation: digits, an optional fraction and exponent (no sign, hex or spaces). */
const DECIMAL = /^(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?$/;

export function wholeNumber(name: string, min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!WHOLE.test(value) || !Number.isSafeInteger(n) || n < min) {
      throw new InvalidArgumentError(`${name} must be a whole number >= ${min}, got "${value}"`);
    }
    return n;
  };
}

/** A number > 0 in decimal notation: `9.5`, `0.05`, `1e-3`; `0x10`, `Infinity` and ` 5` are refused. */
export function positiveNumber(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!DECIMAL.test(value) || !Number.isFinite(n) || n <= 0)
      throw new InvalidArgumentError(`${name} must be a number > 0, got "${value}"`);
    return n;
  };
}

/** `--shard K/N`: 1 <= K <= N. */
export function shardOption(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new InvalidArgumentError(`--shard must be K/N with 1 <= K <= N, e.g. 2/8, got "${value}"`);
  }
  return { index, count };
}

/** The options every planning command shares: parallel workers, resume, shards, precision. */
export function addPlanOptions<Args extends unknown[], Opts extends OptionValues>(
  command: Command<Args, Opts>,
) {
  return command
    .option(
      '--jobs <n>',
      'worker threads for replications and variants, at most one per replication to run and twice the processors (results do not depend on it)',
      wholeNumber('--jobs', 1),
      1,
    )
    .option('--resume', 'continue a stopped run in the same --out folder without redoing finished work')
    .option('--shard <k/n>', 'run only slice K of N of the variants (see tiersim merge)', shardOption)
    .option(
      '--precision <r>',
      'add replications until every headline KPI has a relative half-width below r (not reached by --max-reps: the KPIs that missed are named, the files written, exit 3)',
      positiveNumber('--precision'),
    )
    .option(
      '--max-reps <n>',
      'cap on replications with --precision (default 100)',
      wholeNumber('--max-reps', 2),
    )
    .option('--quiet', 'no progress on stderr');
}

/**
 * The options every simulating command shares: scenario overrides (--reps, --seed, --days),
 * --out, and --format. `minReps` is 2 where an interval is needed (compare, optimize).
 */
export function addRunOptions<Args extends unknown[], Opts extends OptionValues>(
  command: Command<Args, Opts>,
  help: { reps: string; out: string; minReps?: number },
) {
  return command
    .option('--reps <n>', help.reps, wholeNumber('--reps', help.minReps ?? 1))
    .option('--seed <n>', 'random seed (overrides the scenario)', wholeNumber('--seed', 0))
    .option(
      '--days <n>',
      'simulated days including the warm-up (overrides the scenario)',
      positiveNumber('--days'),
    )
    .option('--out <dir>', help.out)
    .addOption(
      new Option('--format <format>', 'report on stdout')
        .choices(['table', 'json', 'csv'] as const)
        .default('table' as const),
    );
}

/** --jobs and --quiet for the commands that take no other planning options. */
export function addJobsOptions<Args extends unknown[], Opts extends OptionValues>(
  command: Command<Args, Opts>,
) {
  return command
    .option(
      '--jobs <n>',
      'worker threads, at most one per replication to run and twice the processors (results do not depend on it)',
      wholeNumber('--jobs', 1),
      1,
    )
    .option('--quiet', 'no progress on stderr');
}

/** The parsed option values of a command, as commander's typings infer them from its definition. */
type OptionsOf<C> = C extends Command<unknown[], infer O> ? O : never;

/** A command without options yet. */
type NoOptions = Record<never, never>;

/**
 * Parsed values of {@link addRunOptions} and {@link addJobsOptions} (compare, optimize): `reps`,
 * `seed`, `days` (overrides; undefined when not given), `out` (a folder), `format` (default
 * 'table'), `jobs` (worker threads, default 1) and `quiet`.
 */
export type RunOptionValues = OptionsOf<ReturnType<typeof addRunOptions<[], NoOptions>>> &
  OptionsOf<ReturnType<typeof addJobsOptions<[], NoOptions>>>;
