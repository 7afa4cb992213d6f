import { join } from 'node:path';
import { kpiRows, unstablePools } from '../sim/index.js';
import { writeFileAtomic } from './atomic-write.js';
import {
  compareReplications,
  comparisonCsv,
  comparisonJson,
  formatComparisonTable,
} from './compare/index.js';
import { loadScenarioFile } from './load-scenario.js';
import type { RunOptionValues } from './options.js';
import { createRunner, runManyWith } from './plan/runner.js';
import { Progress } from './progress.js';
import { prepareOutDir, withOverrides } from './run-command.js';
import { UserError } from './user-error.js';

/** Options of `tiersim compare`. */
export type CompareCommandOptions = RunOptionValues;

/**
 * `tiersim compare a.json b.json [more...]`: runs every scenario with the same seed and the
 * same replication indices (common random numbers: the same cases arrive and decide the same
 * way in each), and reports every KPI's difference to the first scenario with the 95% interval
 * of the paired differences.
 */
export async function compareCommand(
  files: readonly string[],
  options: CompareCommandOptions,
): Promise<void> {
  if (files.length < 2) throw new UserError('tiersim compare: give at least two scenario files');
  const loaded = files.map((f) => withOverrides(loadScenarioFile(f), f, options));
  // Pairing needs the same seed and replications everywhere: the first file's, unless given.
  const seed = options.seed ?? loaded[0].seed;
  const replications = options.reps ?? loaded[0].replications;
  if (replications < 2)
    throw new UserError('tiersim compare: needs at least 2 replications for an interval (--reps)');
  const scenarios = loaded.map((s) => ({ ...s, seed, replications }));
  if (options.out !== undefined) prepareOutDir(options.out);
  const runner = createRunner(options.jobs ?? 1);
  const progress = new Progress(`compare ${files.length}`, options.quiet === true);
  let results;
  try {
    results = await runManyWith(runner)(scenarios, {
      onProgress: (done, total) => progress.update(done, total),
    });
  } finally {
    progress.finish();
    await runner.close();
  }
  const rows = compareReplications(
    scenarios.map((s) => s.name),
    results,
  );
  const unstable = new Map(
    scenarios.map((s, i) => [s.name, unstablePools(s, kpiRows(results[i])).map((u) => u.pool)] as const),
  );
  for (const [name, pools] of unstable)
    for (const pool of pools)
      process.stderr.write(`tiersim: warning: ${name}: pool:${pool} cannot keep up\n`);
  if (options.out !== undefined) writeFileAtomic(join(options.out, 'comparison.csv'), comparisonCsv(rows));
  const same = scenarios.every(
    (s) =>
      s.horizon.days === scenarios[0].horizon.days &&
      s.horizon.warmupDays === scenarios[0].horizon.warmupDays,
  );
  if (options.format === 'csv') process.stdout.write(comparisonCsv(rows));
  else if (options.format === 'json') process.stdout.write(comparisonJson(rows));
  else {
    process.stdout.write(
      formatComparisonTable(
        rows,
        same
          ? {
              seed,
              days: scenarios[0].horizon.days,
              warmupDays: scenarios[0].horizon.warmupDays,
              unstable,
            }
          : { seed, unstable },
      ),
    );
  }
}
