import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';
import { parseScenarioAt, resolveScenarioFile } from './load-scenario.js';
import { checkRunSize } from './run-budget.js';
import type { RunOptionValues } from './options.js';
import {
  formatOptimizeTable,
  optimizeCsv,
  optimizeStaffing,
  parseGoals,
  splitPoolList,
} from './optimize/index.js';
import { optimisedOverlay } from './optimize/overlay-file.js';
import { createRunner, runManyWith } from './plan/runner.js';
import { prepareOutDir } from './run-command.js';
import { UserError } from './user-error.js';

/** Options of `tiersim optimize`. */
export interface OptimizeCommandOptions extends RunOptionValues {
  goal?: string[];
  pools?: string;
}

/**
 * `tiersim optimize <scenario>`: the lowest-cost headcount per pool that meets every goal,
 * seeded by Erlang C / square-root staffing and refined by simulation on common random numbers.
 * With --out, writes `scenario.json` (an overlay of the input with the optimised staffing, see
 * optimisedOverlay) and `optimize.csv`.
 */
export async function optimizeCommand(file: string, options: OptimizeCommandOptions): Promise<void> {
  // The search varies the merged scenario (an overlay's base included); its CSV paths are
  // relative to `file` still.
  const raw = resolveScenarioFile(file).raw;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new UserError(`${file}: expected a scenario object`);
  const original = raw as Record<string, unknown>;
  // Command-line overrides go into the JSON itself, so the written scenario.json carries them.
  const input: Record<string, unknown> = { ...original };
  if (options.reps !== undefined) input.replications = options.reps;
  if (options.seed !== undefined) input.seed = options.seed;
  if (options.days !== undefined)
    input.horizon = { ...((input.horizon as object | undefined) ?? {}), days: options.days };
  // The search runs the scenario many times over; one run of it must fit the budget at least.
  checkRunSize(parseScenarioAt(input, file), file, { jobs: options.jobs });
  const goals = options.goal && options.goal.length > 0 ? parseGoals(options.goal) : undefined;
  const pools = options.pools === undefined ? undefined : splitPoolList(options.pools);
  if (options.out !== undefined) prepareOutDir(options.out);
  const runner = createRunner(options.jobs ?? 1);
  const startedAt = Date.now();
  let result;
  try {
    result = await optimizeStaffing(input, {
      file,
      parse: (value) => parseScenarioAt(value, file),
      runMany: runManyWith(runner),
      goals,
      pools,
      onStep: options.quiet ? undefined : (message) => process.stderr.write(`tiersim optimize: ${message}\n`),
    });
  } finally {
    await runner.close();
  }
  const seconds = (Date.now() - startedAt) / 1000;
  if (options.out !== undefined) {
    const overlay = optimisedOverlay(file, options.out, original, result.scenario as Record<string, unknown>);
    writeFileAtomic(join(options.out, 'scenario.json'), JSON.stringify(overlay, null, 2) + '\n');
    writeFileAtomic(join(options.out, 'optimize.csv'), optimizeCsv(result));
  }
  if (options.format === 'csv') process.stdout.write(optimizeCsv(result));
  else if (options.format === 'json') {
    const { summary, ...rest } = result;
    process.stdout.write(
      JSON.stringify({ ...rest, kpis: summary.kpis, seconds: Number(seconds.toFixed(1)) }, null, 2) + '\n',
    );
  } else {
    process.stdout.write(formatOptimizeTable(result));
    process.stdout.write(
      `${result.evaluations} staffings simulated (${result.replicationsRun} replications) in ${seconds.toFixed(1)} s\n`,
    );
  }
  if (result.outcome !== 'optimal') process.exitCode = 3;
}
