import { basename, join } from 'node:path';
import { csvTable, formatNumber, summarise, type ReplicationResult, type Scenario } from '../sim/index.js';
import type { HistoryTier } from '../fit/case-history.js';
import { HISTORY_TIERS } from '../fit/case-history.js';
import { backtest, type BacktestRow, type SimulatedReplication } from '../fit/backtest.js';
import { buildScenario } from '../fit/build-scenario.js';
import { estimateAll } from '../fit/fit-estimates.js';
import { fitReport, isoOf } from '../fit/fit-report.js';
import { HistoryError } from '../fit/history-error.js';
import { parseMapping } from '../fit/mapping.js';
import { observeHistory } from '../fit/observed.js';
import { readHistoryStream } from '../fit/read-history.js';
import { restrictWindow } from '../fit/restrict-window.js';
import { simulatedCases } from '../fit/simulated-cases.js';
import { writeFileAtomic } from './atomic-write.js';
import { formatBacktestTable } from './fit-table.js';
import { historyText, minutesOnClock, readTextFile } from './fit-input.js';
import { loadScenarioFile } from './load-scenario.js';
import { createRunner } from './plan/runner.js';
import { Progress } from './progress.js';
import { checkRunSize } from './run-budget.js';
import { prepareOutDir } from './run-command.js';
import { UserError } from './user-error.js';

/** Options of `tiersim fit`. */
export interface FitCommandOptions {
  readonly map: string;
  readonly out: string;
  /** Replications of the backtest (default 5) and its seed (default 1); also written into the scenario. */
  readonly reps?: number;
  readonly seed?: number;
  readonly jobs: number;
  /** Dates (`2016-03-07[T08:00]`, the history's local time) narrowing the arrival window. */
  readonly from?: string;
  readonly to?: string;
  /** `tier=people`, repeatable: a tier's headcount instead of the seats the history shows. */
  readonly staff: readonly string[];
  readonly name?: string;
  readonly quiet?: boolean;
  readonly format: 'table' | 'json' | 'csv';
}

/** Exit code when the backtest ran but some headline KPI disagrees. */
export const EXIT_DISAGREES = 3;
/** Default replications of the backtest. */
export const FIT_REPLICATIONS = 5;

/**
 * `tiersim fit <history> --map <mapping.json> --out DIR`: reads a ticket history through its
 * mapping, estimates a scenario from it (`DIR/scenario.json` with its CSV inputs), simulates it
 * over the history's window and compares (`DIR/backtest.csv`, `DIR/fit-report.json`, a table on
 * stdout). Exit 0 when every headline KPI agrees, 3 when one does not (named on stderr), 2 for
 * a history or mapping that cannot be read (one line naming the row or mapping key).
 */
export async function fitCommand(file: string, options: FitCommandOptions): Promise<void> {
  const staff = parseStaff(options.staff);
  const mappingText = readTextFile(options.map, 'mapping');
  const mapping = await userErrors(() => parseMapping(mappingText, options.map));
  const text = historyText(file);
  const read = await userErrors(() => readHistoryStream(text, mapping, { file, mappingFile: options.map }));
  const fromAt = options.from === undefined ? undefined : minutesOnClock('--from', options.from, read.origin);
  const toAt = options.to === undefined ? undefined : minutesOnClock('--to', options.to, read.origin);
  let history;
  try {
    history = restrictWindow(read, fromAt, toAt);
  } catch (error) {
    if (error instanceof RangeError) throw new UserError(`${file}: --from/--to: ${error.message}`);
    throw error;
  }

  const estimates = estimateAll(history);
  const seed = options.seed ?? 1;
  const replications = options.reps ?? FIT_REPLICATIONS;
  const name = options.name ?? `Fitted from ${basename(file)}`;
  const built = buildScenario(estimates, history.windowEndAt, {
    name,
    description: `Fitted by tiersim fit from ${basename(file)} (${estimates.cases.length} cases opened ${isoOf(history, estimates.arrivals.startAt).slice(0, 10)} to ${isoOf(history, estimates.arrivals.endAt).slice(0, 10)}) with the mapping ${basename(options.map)}; see fit-report.json for what was estimated and how.${sourceOf(mappingText)}`,
    seed,
    replications,
    staff,
  });
  prepareOutDir(options.out);
  for (const f of built.files) writeFileAtomic(join(options.out, f.name), f.content);
  const scenarioFile = join(options.out, 'scenario.json');
  writeFileAtomic(scenarioFile, `${JSON.stringify(built.json, null, 2)}\n`);
  // Read back as `tiersim run` would: the file must run as it is.
  const scenario = loadScenarioFile(scenarioFile);
  checkRunSize(scenario, scenarioFile, { trace: true, jobs: options.jobs });

  const startedAt = Date.now();
  const { sims, results } = await simulate(
    scenario,
    estimates.arrivals.startAt,
    estimates.arrivals.endAt,
    options,
  );
  const seconds = (Date.now() - startedAt) / 1000;
  const summary = summarise(scenario, results);
  const observed = observeHistory(history, {
    fromAt: estimates.arrivals.startAt,
    toAt: estimates.arrivals.endAt,
  });
  const rows = backtest(history, observed, sims, { hasRouter: estimates.flow.hasRouter });
  const report = fitReport(file, history, estimates, built, rows, {
    replications,
    seed,
    seconds,
    warnings: summary.warnings,
  });
  writeFileAtomic(join(options.out, 'backtest.csv'), backtestCsv(rows));
  writeFileAtomic(join(options.out, 'fit-report.json'), `${JSON.stringify(report, null, 2)}\n`);

  if (options.format === 'csv') process.stdout.write(backtestCsv(rows));
  else if (options.format === 'json') process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else process.stdout.write(formatBacktestTable(name, rows, { replications, seed, seconds }));
  for (const warning of summary.warnings) process.stderr.write(`tiersim: warning: ${warning}\n`);
  const disagree = rows.filter((r) => r.headline && r.verdict === 'disagree');
  if (disagree.length > 0) {
    process.stderr.write(
      `tiersim: fit: ${disagree.length} headline KPI(s) disagree with the history: ${disagree.map((r) => `${r.kpi} ${r.scope}`).join(', ')}\n`,
    );
    process.exitCode = EXIT_DISAGREES;
  }
}

/**
 * Runs the backtest's replications with their traces (--jobs worker threads) and reduces each
 * trace to its cases as it arrives, keeping the results without their traces.
 */
async function simulate(
  scenario: Scenario,
  fromAt: number,
  toAt: number,
  options: FitCommandOptions,
): Promise<{ sims: SimulatedReplication[]; results: ReplicationResult[] }> {
  const endAt = scenario.horizon.days * 1440;
  const runner = createRunner(options.jobs);
  const progress = new Progress('fit backtest', options.quiet === true);
  const tasks = Array.from({ length: scenario.replications }, (_, replication) => ({
    scenario,
    replication,
    scenarioKey: 'fit',
    trace: true,
  }));
  const sims: SimulatedReplication[] = [];
  const results: ReplicationResult[] = [];
  let done = 0;
  try {
    await runner.run(tasks, {
      collect: false,
      onResult: (i, result) => {
        sims[i] = { kpis: result.kpis, cases: simulatedCases(result.trace ?? [], fromAt, toAt, endAt) };
        results[i] = { ...result, trace: null };
        progress.update(++done, tasks.length);
      },
    });
  } finally {
    progress.finish();
    await runner.close();
  }
  return { sims, results };
}

/** backtest.csv: `kpi,scope,observed,simulated,halfWidth,verdict`. */
export function backtestCsv(rows: readonly BacktestRow[]): string {
  return csvTable(
    ['kpi', 'scope', 'observed', 'simulated', 'halfWidth', 'verdict'],
    rows.map((r) => [r.kpi, r.scope, cell(r.observed), cell(r.simulated), cell(r.halfWidth), r.verdict]),
  );
}

/** A number as kpis.csv writes it; empty for none (NaN). */
function cell(x: number): string {
  return Number.isFinite(x) ? formatNumber(x) : '';
}

/** `--staff se=40 --staff router=6` → people per tier; a UserError naming a bad one. */
function parseStaff(values: readonly string[]): Partial<Record<HistoryTier, number>> {
  const out: Partial<Record<HistoryTier, number>> = {};
  for (const v of values) {
    const m = /^([A-Za-z]+)=(\d+)$/.exec(v.trim());
    if (m === null || !(HISTORY_TIERS as readonly string[]).includes(m[1]) || Number(m[2]) > 10000)
      throw new UserError(
        `--staff: expected tier=people with a tier of ${HISTORY_TIERS.join(', ')} and at most 10000 people, got "${v}"`,
      );
    out[m[1] as HistoryTier] = Number(m[2]);
  }
  return out;
}

/**
 * The mapping's own `description`, which says where the history comes from (and its citation,
 * as data/mappings/servicenow.json's does), carried into the fitted scenario: a derivative of
 * the data names its source.
 */
function sourceOf(mappingText: string): string {
  const description = (JSON.parse(mappingText) as { description?: unknown }).description;
  return typeof description === 'string' && description.trim() !== ''
    ? ` Source (the mapping): ${description.trim()}`
    : '';
}

/** The history reader's one-line errors as the CLI's (exit 2). */
async function userErrors<T>(read: () => T | Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof HistoryError) throw new UserError(error.message);
    throw error;
  }
}
