import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScenarioError } from '../sim/index.js';
import { parseScenarioAt, readJsonFile, resolveScenarioFile } from './load-scenario.js';
import { finishedOnly, sweepCsv, variantHeadline, type FinishedVariant } from './plan/aggregate.js';
import type { Plan, Variant } from './plan/plan.js';
import { checkPlanOptions, runPlan, settledOf } from './plan/session.js';
import { EXIT_SKIPPED, prepareOutDir, withOverrides, type RunCommandOptions } from './run-command.js';
import { applyValues } from './sweep/apply.js';
import { sweepGrid } from './sweep/grid.js';
import { parseSetSpecs, type SetSpec } from './sweep/set-spec.js';
import { isSweepFile, loadSweepFile } from './sweep/sweep-file.js';
import { pct } from './text-format.js';
import { UserError } from './user-error.js';

/** Options of `tiersim sweep`: those of `tiersim run` and the `--set` specs (default none). */
export type SweepCommandOptions = RunCommandOptions & { readonly set?: readonly string[] };

/**
 * `tiersim sweep <scenario> --set path=values ...` (or a sweep file): every combination of the
 * values (the full grid) as a variant of the scenario, all with the scenario's seed so they are
 * compared on common random numbers. Writes one folder per variant, `sweep.csv` (one row per
 * variant and KPI) and `variants.csv`, and prints the variants that meet every SLA goal,
 * cheapest first.
 */
export async function sweepCommand(target: string, options: SweepCommandOptions): Promise<void> {
  checkPlanOptions('sweep', options);
  const raw = readJsonFile(target);
  let scenarioFile = target;
  let specs: SetSpec[];
  let reps = options.reps;
  if (isSweepFile(raw)) {
    if ((options.set ?? []).length > 0)
      throw new UserError(`tiersim sweep: ${target} is a sweep file; put extra --set values in its "set"`);
    const sweep = loadSweepFile(target);
    scenarioFile = sweep.scenarioFile;
    specs = sweep.specs;
    reps ??= sweep.replications;
  } else {
    specs = parseSetSpecs(options.set ?? []);
    if (specs.length === 0)
      throw new UserError(
        'tiersim sweep: give at least one --set path=values, e.g. --set pools.router.staff=6..10',
      );
  }
  // Variants vary the merged scenario (an overlay's base included), so a path set in a sweep
  // means the same whether the scenario says it itself or inherits it.
  const base = resolveScenarioFile(scenarioFile).raw;
  const variants: Variant[] = [];
  let invalid = 0;
  for (const cell of sweepGrid(specs)) {
    try {
      const scenario = parseScenarioAt(
        applyValues(base, cell.values),
        scenarioFile,
        `${scenarioFile} [${cell.id} ${cell.label}]`,
      );
      variants.push({
        id: cell.id,
        label: cell.label,
        file: scenarioFile,
        values: cell.values,
        scenario: withOverrides(scenario, scenarioFile, { ...options, reps }),
      });
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      process.stderr.write(`${error.message.replace(/\n$/, '')}\n`);
      invalid++;
    }
  }
  if (variants.length === 0) throw new UserError(`tiersim sweep: none of the variants is a valid scenario`);
  if (options.out !== undefined) prepareOutDir(options.out);
  const plan: Plan = { kind: 'sweep', variants, parameters: specs.map((s) => s.path) };
  const { outcomes } = await runPlan(plan, options, `sweep of ${variants.length}`);
  const settled = settledOf(outcomes);
  const finished = finishedOnly(settled);
  if (options.format === 'csv')
    process.stdout.write(
      options.out ? readFileSync(join(options.out, 'sweep.csv'), 'utf8') : sweepCsv(plan.parameters, settled),
    );
  else if (options.format === 'json') process.stdout.write(sweepJson(finished));
  else process.stdout.write(formatSweepTable(finished, variants.length, settled.length - finished.length));
  if (invalid > 0 && process.exitCode === undefined) {
    process.stderr.write(`tiersim: ${invalid} variants skipped (invalid scenario)\n`);
    process.exitCode = EXIT_SKIPPED;
  }
}

function sweepJson(finished: readonly FinishedVariant[]): string {
  const rows = finished.map((v) => {
    const h = variantHeadline(v.report);
    return {
      variant: v.id,
      label: v.label,
      values: v.values,
      costPerWeek: h.cost,
      slaAttainment: h.attainment,
      meetsGoals: h.meetsGoals,
      unstablePools: h.unstable,
    };
  });
  return JSON.stringify(rows, null, 2) + '\n';
}

/**
 * The variants that meet every SLA goal with every pool keeping up, cheapest first (fits 100
 * columns); a last line counts those that meet the goals with a pool that cannot keep up (their
 * figures depend on the run length, so they are no plan). `total` counts the sweep's variants,
 * `failed` those that failed; when not all of them finished (stopped, failed, another shard's)
 * the first line says how many did, and counts the feasible among them.
 */
export function formatSweepTable(finished: readonly FinishedVariant[], total: number, failed = 0): string {
  const feasible = finished
    .map((v) => ({ v, h: variantHeadline(v.report) }))
    .filter((x) => x.h.meetsGoals && x.h.unstable.length === 0)
    .sort((a, b) => a.h.cost - b.h.cost || a.v.id.localeCompare(b.v.id));
  const tail = feasible.length > 0 ? ', cheapest first:' : '.';
  const out = [
    finished.length === total
      ? `${feasible.length} of ${total} variants meet every SLA goal${tail}`
      : `${finished.length} of ${total} variants finished${failed > 0 ? ` (${failed} failed)` : ''}; ${feasible.length} of those meet every SLA goal${tail}`,
  ];
  if (feasible.length > 0) {
    out.push(
      `${'variant'.padEnd(8)} ${'values'.padEnd(44)} ${'cost/week'.padStart(10)} ${'SLA A'.padStart(7)} ${'SLA B'.padStart(7)} ${'SLA C'.padStart(7)}`,
    );
    for (const { v, h } of feasible) {
      const label = v.label.length > 44 ? v.label.slice(0, 43) + '…' : v.label;
      out.push(
        `${v.id.padEnd(8)} ${label.padEnd(44)} ${Math.round(h.cost).toString().padStart(10)} ${pct(h.attainment.A).padStart(7)} ${pct(h.attainment.B).padStart(7)} ${pct(h.attainment.C).padStart(7)}`,
      );
    }
  }
  const unstable = finished.filter((v) => {
    const h = variantHeadline(v.report);
    return h.meetsGoals && h.unstable.length > 0;
  });
  if (unstable.length > 0)
    out.push(
      `! ${unstable.length} more meet the goals with a pool that cannot keep up (not listed): ${unstable
        .slice(0, 5)
        .map((v) => v.id)
        .join(', ')}${unstable.length > 5 ? ', …' : ''}`,
    );
  return out.join('\n') + '\n';
}
