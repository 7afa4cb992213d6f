import { dirname, join } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';
import { comparisonCsv, formatComparisonTable } from './compare/index.js';
import { readInputFile } from './input-file.js';
import { parseScenarioAt, resolveScenarioFile } from './load-scenario.js';
import { makeFolder } from './make-folder.js';
import { checkRunSize } from './run-budget.js';
import type { RunOptionValues } from './options.js';
import {
  formatOptimizeTable,
  optimizeCsv,
  optimizeStaffing,
  parseGoals,
  splitPoolList,
  type GoalRule,
  type OptimizeResult,
} from './optimize/index.js';
import { optimisedScenario, type OptimizeInput } from './optimize/out-scenario.js';
import { createRunner, runManyWith } from './plan/runner.js';
import { prepareOutDir } from './run-command.js';
import { UserError } from './user-error.js';

/** Options of `tiersim optimize`. */
export interface OptimizeCommandOptions extends RunOptionValues {
  goal?: string[];
  pools?: string;
  /** When a goal is met: `bound` (the default: at the 95% confidence bound) or `mean`. */
  on?: GoalRule;
}

/**
 * `tiersim optimize <scenario>`: the lowest-cost headcount per pool that meets every goal (at
 * the 95% confidence bound unless `--on mean`) and leaves no pool that holds cases above 95%
 * utilisation, seeded by Erlang C / square-root staffing and refined by simulation on common
 * random numbers. Prints the search's report and a paired comparison of the optimised scenario
 * with the input. With --out, writes `scenario.json` (see optimisedScenario: an overlay of the
 * input, or the whole scenario with its CSV inputs where the overlay could not read them),
 * `optimize.csv` and `comparison.csv`.
 */
export async function optimizeCommand(file: string, options: OptimizeCommandOptions): Promise<void> {
  // The search varies the merged scenario (an overlay's base included); its CSV paths are
  // relative to `file` still.
  const resolved = resolveScenarioFile(file);
  const raw = resolved.raw;
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
      rule: options.on,
      pools,
      onStep: options.quiet ? undefined : (message) => process.stderr.write(`tiersim optimize: ${message}\n`),
    });
  } finally {
    await runner.close();
  }
  const seconds = (Date.now() - startedAt) / 1000;
  if (options.out !== undefined)
    writeOutFiles(options.out, { file, chain: resolved.files, raw: original }, result);
  if (options.format === 'csv') process.stdout.write(optimizeCsv(result));
  else if (options.format === 'json') {
    const { summary, ...rest } = result;
    process.stdout.write(
      JSON.stringify({ ...rest, kpis: summary.kpis, seconds: Number(seconds.toFixed(1)) }, null, 2) + '\n',
    );
  } else {
    process.stdout.write(formatOptimizeTable(result));
    process.stdout.write(
      `${result.evaluations} staffings simulated (${result.replicationsRun} replications) in ${seconds.toFixed(1)} s\n\n`,
    );
    const s = result.summary;
    process.stdout.write(
      formatComparisonTable(result.comparison, { seed: s.seed, days: s.days, warmupDays: s.warmupDays }),
    );
  }
  if (result.outcome !== 'optimal') process.exitCode = 3;
}

/** `scenario.json` (and the CSV inputs it needs copied beside it), `optimize.csv` and `comparison.csv`. */
function writeOutFiles(out: string, input: OptimizeInput, result: OptimizeResult): void {
  const scenario = optimisedScenario(input, out, result.scenario as Record<string, unknown>);
  for (const copy of scenario.copies) {
    makeFolder(dirname(join(out, copy.to)));
    writeFileAtomic(join(out, copy.to), readInputFile(copy.from));
  }
  writeFileAtomic(join(out, 'scenario.json'), JSON.stringify(scenario.json, null, 2) + '\n');
  writeFileAtomic(join(out, 'optimize.csv'), optimizeCsv(result));
  writeFileAtomic(join(out, 'comparison.csv'), comparisonCsv(result.comparison));
}
