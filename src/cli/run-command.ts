import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  flowsCsv,
  kpisCsv,
  runScenario,
  summaryJson,
  timeseriesCsv,
  traceCsv,
  type RunSummary,
  type Scenario,
} from '../sim/index.js';
import { writeFileAtomic } from './atomic-write.js';
import { formatTable } from './format-table.js';
import { loadScenarioFile } from './load-scenario.js';
import { Progress } from './progress.js';
import { fileProblem, isFileError, UserError } from './user-error.js';

/** Options of `tiersim run`. */
export interface RunCommandOptions {
  reps?: number;
  seed?: number;
  days?: number;
  out?: string;
  format: 'table' | 'json' | 'csv';
  trace?: boolean;
  quiet?: boolean;
}

/** Applies command-line overrides to a scenario. */
export function withOverrides(scenario: Scenario, file: string, o: RunCommandOptions): Scenario {
  let s = scenario;
  if (o.reps !== undefined) s = { ...s, replications: o.reps };
  if (o.seed !== undefined) s = { ...s, seed: o.seed };
  if (o.days !== undefined) {
    if (o.days <= s.horizon.warmupDays) {
      throw new UserError(`${file}: --days ${o.days} must exceed the scenario's warm-up of ${s.horizon.warmupDays} days`);
    }
    s = { ...s, horizon: { ...s.horizon, days: o.days } };
  }
  return s;
}

/** `tiersim run <scenario>`: simulate, print the report, write the output files. */
export function runCommand(file: string, options: RunCommandOptions): RunSummary {
  const scenario = withOverrides(loadScenarioFile(file), file, options);
  // Find out now, not after a long run, that the output folder cannot be made.
  if (options.out !== undefined) prepareOutDir(options.out);
  const progress = new Progress(`${scenario.name}`, options.quiet === true);
  const summary = runScenario(scenario, {
    trace: options.trace === true,
    onProgress: (done, total) => progress.update(done, total),
  });
  progress.finish();
  if (options.out !== undefined) writeOutputs(options.out, summary, options.trace === true);
  if (options.format === 'json') process.stdout.write(summaryJson(summary));
  else if (options.format === 'csv') process.stdout.write(kpisCsv(summary));
  else process.stdout.write(formatTable(summary));
  for (const warning of summary.warnings) process.stderr.write(`tiersim: warning: ${warning}\n`);
  return summary;
}

/** Creates the output folder (and its parents) if need be; a UserError when it cannot. */
export function prepareOutDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    if (isFileError(error)) throw new UserError(`tiersim: --out ${dir}: cannot create the folder: ${fileProblem(error)}`);
    throw error;
  }
}

/**
 * Writes kpis.csv, summary.json, timeseries.csv, flows.csv (and trace.csv) into `dir`, each
 * atomically. A file that cannot be written (permissions, a folder in the way) is a UserError.
 */
export function writeOutputs(dir: string, summary: RunSummary, trace: boolean): void {
  const write = (name: string, text: string): void => {
    const path = join(dir, name);
    try {
      writeFileAtomic(path, text);
    } catch (error) {
      if (isFileError(error)) throw new UserError(`tiersim: --out ${dir}: cannot write ${path}: ${fileProblem(error)}`);
      throw error;
    }
  };
  write('kpis.csv', kpisCsv(summary));
  write('summary.json', summaryJson(summary));
  write('timeseries.csv', timeseriesCsv(summary));
  write('flows.csv', flowsCsv(summary));
  if (trace && summary.trace) write('trace.csv', traceCsv(summary.trace));
}
