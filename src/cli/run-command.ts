import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { kpisCsv, printable, ScenarioError, summaryJson, type Scenario } from '../sim/index.js';
import { formatBatchTable } from './batch-table.js';
import { indexCsv } from './plan/aggregate.js';
import { formatTable } from './format-table.js';
import { precisionFields } from './plan/precision-verdict.js';
import { loadScenarioFile } from './load-scenario.js';
import { makeFolder } from './make-folder.js';
import type { RunOptionValues } from './options.js';
import type { Plan, Variant } from './plan/plan.js';
import { checkRunSize, type RunSizeOptions } from './run-budget.js';
import { checkPlanOptions, runPlan, settledOf, type PlanCliOptions } from './plan/session.js';
import { ReplicationFailure } from './plan/tasks.js';
import { fileProblem, isFileError, UserError } from './user-error.js';

/** Options of `tiersim run`: the planning options, the scenario overrides and the report's format. */
export type RunCommandOptions = PlanCliOptions & Pick<RunOptionValues, 'reps' | 'seed' | 'days' | 'format'>;

/** Exit code when a batch ran but skipped invalid scenario files. */
export const EXIT_SKIPPED = 3;

/**
 * Applies command-line overrides to a scenario, and refuses (UserError) a run too large for
 * the format's limits or the run budget (see run-budget.ts).
 */
export function withOverrides(
  scenario: Scenario,
  file: string,
  o: Pick<RunCommandOptions, 'reps' | 'seed' | 'days'> & RunSizeOptions,
): Scenario {
  let s = scenario;
  if (o.reps !== undefined) s = { ...s, replications: o.reps };
  if (o.seed !== undefined) s = { ...s, seed: o.seed };
  if (o.days !== undefined) {
    if (o.days <= s.horizon.warmupDays) {
      throw new UserError(
        `${file}: --days ${o.days} must exceed the scenario's warm-up of ${s.horizon.warmupDays} days`,
      );
    }
    s = { ...s, horizon: { ...s.horizon, days: o.days } };
  }
  checkRunSize(s, file, o);
  return s;
}

/** Creates the output folder (and its parents) if need be; a UserError when it cannot. */
export function prepareOutDir(dir: string): void {
  try {
    makeFolder(dir);
  } catch (error) {
    if (isFileError(error))
      throw new UserError(`tiersim: --out ${dir}: cannot create the folder: ${fileProblem(error)}`);
    throw error;
  }
}

/**
 * `tiersim run <scenario...>`. One file: simulate it, print its report, write its files into
 * --out. Several files: a batch, one folder per scenario under --out plus `index.csv`; invalid
 * files are reported and skipped, the others still run, and the exit code is 3.
 */
export async function runCommand(files: readonly string[], options: RunCommandOptions): Promise<void> {
  checkPlanOptions('run', options);
  if (files.length === 1) {
    if (options.shard !== undefined && options.shard.count > 1)
      throw new UserError(
        `tiersim run: --shard splits a batch or sweep by scenario, and ${files[0]} is a single scenario; run it whole (--jobs runs its replications in parallel)`,
      );
    const scenario = withOverrides(loadScenarioFile(files[0]), files[0], options);
    if (options.out !== undefined) prepareOutDir(options.out);
    const variant: Variant = {
      id: stem(files[0]),
      label: scenario.name,
      file: files[0],
      values: [],
      scenario,
    };
    const { outcomes } = await runPlan(
      { kind: 'run', variants: [variant], parameters: [] },
      options,
      scenario.name,
    );
    const outcome = outcomes[0];
    if (outcome?.failure) throw new ReplicationFailure(outcome.failure);
    if (!outcome?.report) return;
    if (options.format === 'json')
      process.stdout.write(
        outcome.summary
          ? summaryJson(outcome.summary, precisionFields(outcome.precision))
          : readOut(options.out, 'summary.json'),
      );
    else if (options.format === 'csv')
      process.stdout.write(outcome.summary ? kpisCsv(outcome.summary) : readOut(options.out, 'kpis.csv'));
    else process.stdout.write(formatTable(outcome.report));
    for (const warning of outcome.report.warnings) process.stderr.write(`tiersim: warning: ${warning}\n`);
    return;
  }

  const variants: Variant[] = [];
  const ids = new Set<string>();
  let skipped = 0;
  for (const file of files) {
    try {
      const scenario = withOverrides(loadScenarioFile(file), file, options);
      let id = stem(file);
      for (let k = 2; ids.has(id); k++) id = `${stem(file)}-${k}`;
      ids.add(id);
      variants.push({ id, label: scenario.name, file, values: [], scenario });
    } catch (error) {
      if (!(error instanceof ScenarioError || error instanceof UserError)) throw error;
      process.stderr.write(`${error.message.replace(/\n$/, '')}\n${printable(file)}: skipped\n`);
      skipped++;
    }
  }
  if (variants.length === 0)
    throw new UserError(`tiersim: no valid scenario among the ${files.length} files`);
  if (options.out !== undefined) prepareOutDir(options.out);
  const plan: Plan = { kind: 'batch', variants, parameters: [] };
  const { outcomes } = await runPlan(plan, options, `batch of ${variants.length}`);
  const settled = outcomes.filter((o) => o.report !== null || o.failure !== null);
  if (options.format === 'json') {
    const parsed = settled.map((o) =>
      o.report === null
        ? { id: o.variant.id, file: o.variant.file, failed: o.failure }
        : {
            id: o.variant.id,
            file: o.variant.file,
            ...JSON.parse(
              o.summary
                ? summaryJson(o.summary, precisionFields(o.precision))
                : readOut(options.out && join(options.out, o.variant.id), 'summary.json'),
            ),
          },
    );
    process.stdout.write(JSON.stringify(parsed, null, 2) + '\n');
  } else if (options.format === 'csv') {
    process.stdout.write(indexCsv(settledOf(outcomes)));
  } else
    process.stdout.write(
      formatBatchTable(settled.map((o) => ({ id: o.variant.id, report: o.report, failure: o.failure }))),
    );
  if (skipped > 0 && process.exitCode === undefined) {
    process.stderr.write(`tiersim: ${skipped} of ${files.length} scenario files skipped (invalid)\n`);
    process.exitCode = EXIT_SKIPPED;
  }
}

function stem(file: string): string {
  return basename(file).replace(/\.json$/i, '');
}

function readOut(dir: string | undefined, name: string): string {
  if (dir === undefined) throw new Error(`no output folder to read ${name} from`);
  return readFileSync(join(dir, name), 'utf8');
}
