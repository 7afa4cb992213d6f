import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Progress } from '../progress.js';
import { fileProblem, isFileError, UserError } from '../user-error.js';
import { writeAggregates, type FinishedVariant } from './aggregate.js';
import { executePlan, type VariantOutcome } from './execute-plan.js';
import { manifestOf, type Plan, type Shard } from './plan.js';
import { rareTierWarnings } from './precision.js';
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

/**
 * Runs a plan from the command line: --jobs workers, a progress line, Ctrl-C to stop cleanly
 * (what finished is written, checkpoints are kept for --resume; a second Ctrl-C quits at once),
 * and the aggregate files of a batch or sweep folder.
 */
export async function runPlan(
  plan: Plan,
  options: PlanCliOptions,
  label: string,
): Promise<{ outcomes: VariantOutcome[]; stopped: boolean }> {
  const flat = plan.kind === 'run';
  const manifest = manifestOf(
    plan,
    options.precision ?? null,
    options.precision === undefined ? null : (options.maxReps ?? 100),
  );
  if (options.out !== undefined && !flat) checkManifest(options.out, manifest, options.resume === true);
  const runner = createRunner(options.jobs ?? 1);
  const controller = new AbortController();
  let interrupts = 0;
  const onInterrupt = (): void => {
    if (++interrupts > 1) process.exit(EXIT_STOPPED);
    process.stderr.write(
      '\ntiersim: stopping after the replications in progress (Ctrl-C again to quit at once)\n',
    );
    controller.abort();
  };
  process.on('SIGINT', onInterrupt);
  const progress = new Progress(label, options.quiet === true);
  let result: { outcomes: VariantOutcome[]; stopped: boolean };
  try {
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
    if (options.out !== undefined && !flat) {
      const finished: FinishedVariant[] = result.outcomes
        .filter((o) => o.report !== null)
        .map((o) => ({
          id: o.variant.id,
          label: o.variant.label,
          file: o.variant.file,
          values: o.variant.values,
          report: o.report!,
        }));
      writeAggregates(options.out, manifest, finished);
    }
  } catch (error) {
    if (isFileError(error)) throw new UserError(`tiersim: --out ${options.out}: ${fileProblem(error)}`);
    throw error;
  } finally {
    progress.finish();
    process.off('SIGINT', onInterrupt);
    await runner.close();
  }
  if (options.precision !== undefined) {
    for (const o of result.outcomes) {
      if (!o.report) continue;
      process.stderr.write(
        `tiersim: ${o.variant.id}: ${o.report.replications} replications for a relative half-width below ${options.precision}\n`,
      );
      for (const w of rareTierWarnings(o.report))
        process.stderr.write(`tiersim: warning: ${o.variant.id}: ${w}\n`);
    }
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

/** A batch/sweep folder belongs to one plan: --resume needs the same one; a fresh run replaces it. */
function checkManifest(outDir: string, manifest: ReturnType<typeof manifestOf>, resume: boolean): void {
  const path = join(outDir, 'manifest.json');
  if (!resume || !existsSync(path)) return;
  const existing = readFileSync(path, 'utf8');
  if (existing !== JSON.stringify(manifest, null, 2) + '\n') {
    throw new UserError(
      `tiersim: --resume: ${outDir} holds the results of a different run (manifest.json differs); use another --out or run without --resume`,
    );
  }
}
