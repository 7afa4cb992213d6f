import { printable } from '../../sim/index.js';
import { Progress } from '../progress.js';
import { fileProblem, isFileError, UserError } from '../user-error.js';
import { writeAggregates, type SettledVariant } from './aggregate.js';
import { executePlan, type VariantOutcome } from './execute-plan.js';
import { manifestOf } from './manifest.js';
import { prepareOutFolder } from './out-folder.js';
import { shardOf, type Plan, type Shard } from './plan.js';
import { rareTierWarnings } from './precision.js';
import { precisionLines } from './precision-verdict.js';
import { createRunner } from './runner.js';

/** Command-line options shared by the planning commands (run, sweep). */
export interface PlanCliOptions {
  readonly out?: string;
  readonly jobs?: number;
  readonly resume?: boolean;
  readonly shard?: Shard;
  readonly quiet?: boolean;
  readonly precision?: number;
  readonly maxReps?: number;
  readonly trace?: boolean;
}

/** Exit code after Ctrl-C (128 + SIGINT), the shell's convention. */
export const EXIT_STOPPED = 130;

/** Exit code of a batch or sweep that finished with something left out (invalid or failed variants). */
export const EXIT_INCOMPLETE = 3;

/**
 * Exit code of a `--precision` run that stopped at `--max-reps` before every headline KPI of
 * every variant reached the target: its files are written, and it is a result, not a mistake.
 */
export const EXIT_IMPRECISE = 3;

/** Default of --max-reps. */
export const DEFAULT_MAX_REPS = 100;

/** Checks combinations of planning options that make no sense (a UserError, exit code 2). */
export function checkPlanOptions(command: string, options: PlanCliOptions): void {
  if (options.maxReps !== undefined && options.precision === undefined)
    throw new UserError(
      `tiersim ${command}: --max-reps caps the replications that --precision adds; give --precision too, or use --reps for a fixed number`,
    );
  if (options.resume && options.out === undefined)
    throw new UserError(`tiersim ${command}: --resume continues a run in its --out folder; give --out`);
}

/**
 * Runs a plan from the command line: --jobs workers, a progress line, Ctrl-C to stop cleanly
 * (what finished is written, checkpoints are kept for --resume; a second Ctrl-C quits at once),
 * and the aggregate files of a batch or sweep folder. A variant that fails is reported on stderr
 * (one line) and in the aggregate files, and the exit code is 3; a single run that fails throws
 * a ReplicationFailure.
 */
export async function runPlan(
  plan: Plan,
  options: PlanCliOptions,
  label: string,
): Promise<{ outcomes: VariantOutcome[]; stopped: boolean }> {
  const flat = plan.kind === 'run';
  const resultOptions = {
    trace: options.trace === true,
    precision: options.precision ?? null,
    maxReplications: options.precision === undefined ? null : (options.maxReps ?? DEFAULT_MAX_REPS),
  };
  const manifest = manifestOf(plan, resultOptions);
  const jobs = options.jobs ?? 1;
  const controller = new AbortController();
  let interrupts = 0;
  const onInterrupt = (): void => {
    if (++interrupts > 1) process.exit(EXIT_STOPPED);
    process.stderr.write(
      jobs <= 1
        ? '\ntiersim: stopping now; the replication in progress is dropped (Ctrl-C again to quit at once)\n'
        : '\ntiersim: stopping after the replications in progress (Ctrl-C again to quit at once)\n',
    );
    controller.abort();
  };
  const progress = new Progress(label, options.quiet === true);
  let result: { outcomes: VariantOutcome[]; stopped: boolean } | undefined;
  let runner: ReturnType<typeof createRunner> | undefined;
  process.on('SIGINT', onInterrupt);
  try {
    if (options.out !== undefined) {
      prepareOutFolder(options.out, {
        flat,
        resume: options.resume === true,
        manifest: flat ? null : manifest,
        written: flat ? [] : shardOf(plan.variants, options.shard).map((v) => v.id),
      });
    }
    runner = createRunner(jobs);
    result = await executePlan(plan, {
      runner,
      outDir: options.out,
      flat,
      resume: options.resume === true,
      shard: options.shard,
      signal: controller.signal,
      precision: options.precision,
      maxReplications: options.maxReps,
      trace: options.trace === true,
      onProgress: (done, total) => progress.update(done, total),
    });
    if (options.out !== undefined && !flat)
      writeAggregates(options.out, manifest, settledOf(result.outcomes));
  } catch (error) {
    if (isFileError(error)) throw new UserError(`tiersim: --out ${options.out}: ${fileProblem(error)}`);
    throw error;
  } finally {
    progress.finish();
    process.off('SIGINT', onInterrupt);
    await runner?.close();
  }
  if (options.precision !== undefined) {
    let short = 0;
    for (const o of result.outcomes) {
      if (!o.report || !o.precision) continue;
      // Ids are file names: their control characters are escaped.
      for (const text of precisionLines(o.variant.id, o.precision))
        process.stderr.write(`tiersim: ${printable(text)}\n`);
      for (const w of rareTierWarnings(o.report))
        process.stderr.write(`tiersim: warning: ${printable(o.variant.id)}: ${w}\n`);
      if (!o.precision.reached) short++;
    }
    if (short > 0) {
      if (!flat)
        process.stderr.write(
          `tiersim: ${short} of ${result.outcomes.length} ${plan.kind === 'sweep' ? 'variants' : 'scenarios'} stopped at --max-reps short of --precision ${options.precision}\n`,
        );
      process.exitCode ??= EXIT_IMPRECISE;
    }
  }
  const failed = result.outcomes.filter((o) => o.failure !== null);
  if (!flat && failed.length > 0) {
    // Ids are file names, and failures name scenarios: their control characters are escaped.
    for (const o of failed) process.stderr.write(printable(`tiersim: ${o.variant.id}: ${o.failure}`) + '\n');
    const what = plan.kind === 'sweep' ? 'variants' : 'scenarios';
    process.stderr.write(
      `tiersim: ${failed.length} of ${result.outcomes.length} ${what} failed${options.out !== undefined ? '; the others were written, and --resume retries the failed' : ''}\n`,
    );
    process.exitCode ??= EXIT_INCOMPLETE;
  }
  if (result.stopped) {
    const done = result.outcomes.filter((o) => o.report !== null).length;
    process.stderr.write(
      `tiersim: stopped; ${done} of ${result.outcomes.length} finished${options.out !== undefined ? ', the rest kept as checkpoints: re-run the same command with --resume to continue' : ''}\n`,
    );
    process.exitCode = EXIT_STOPPED;
  }
  return result;
}

/** The variants that finished or failed, in plan order, as the aggregate files list them. */
export function settledOf(outcomes: readonly VariantOutcome[]): SettledVariant[] {
  const out: SettledVariant[] = [];
  for (const o of outcomes) {
    const name = { id: o.variant.id, label: o.variant.label, file: o.variant.file, values: o.variant.values };
    if (o.report) out.push({ ...name, report: o.report });
    else if (o.failure !== null) out.push({ ...name, failure: o.failure });
  }
  return out;
}
