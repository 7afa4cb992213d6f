#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from '@commander-js/extra-typings';
import { printable, ScenarioError } from '../sim/index.js';
import { compareCommand } from './compare-command.js';
import { fitCommand } from './fit-command.js';
import { mergeCommand } from './merge-command.js';
import { optimizeCommand } from './optimize-command.js';
import { GOAL_RULES, type GoalRule } from './optimize/index.js';
import { ReplicationFailure } from './plan/tasks.js';
import { addInputPathOptions } from './input-path-options.js';
import { addJobsOptions, addPlanOptions, addRunOptions, wholeNumber } from './options.js';
import { outOfMemory } from './run-budget.js';
import { runCommand } from './run-command.js';
import { sweepCommand } from './sweep-command.js';
import { EXIT, UserError } from './user-error.js';
import { validateCommand } from './validate-command.js';

/** The package's version, from package.json two folders up (from src/cli and from dist/cli alike). */
function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: unknown;
    };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('tiersim')
    .description('Discrete-event simulator of a tiered technical-support organisation')
    .version(packageVersion(), '-V, --version', 'print the version')
    .exitOverride()
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({ outputError: (text, write) => write(text.replace(/^error: /, 'tiersim: ')) });
  program.addHelpText(
    'after',
    `
Exit codes:
  0    success
  1    an internal error (a single run whose replication fails)
  2    a user mistake: bad scenario, bad option, an --out folder that cannot be used
  3    finished, but short of what was asked: files of a batch skipped, a variant failed, shards
       missing from a merge, goals the optimiser could not meet, --precision not reached by
       --max-reps, or a fit whose backtest disagrees with the history on a headline KPI (every
       file is still written)
  130  stopped with Ctrl-C`,
  );
  addInputPathOptions(program);

  addPlanOptions(
    addRunOptions(
      program
        .command('run')
        .description(
          'simulate scenarios and report their KPIs with 95% confidence intervals (several files: a batch)',
        )
        .argument('<scenarios...>', 'scenario JSON files'),
      {
        reps: 'replications (overrides the scenario)',
        out: 'write kpis.csv, summary.json, timeseries.csv, flows.csv (and trace.csv) here; a batch: one folder per scenario and index.csv',
      },
    ).option('--trace', 'also write trace.csv: every state change of every case (first replication)'),
  ).action(async (files, options) => {
    await runCommand(files, options);
  });

  addPlanOptions(
    addRunOptions(
      program
        .command('sweep')
        .description(
          'run every combination of values of numeric fields (a grid) and list the variants that meet every SLA goal, cheapest first',
        )
        .argument('<scenario>', 'scenario JSON file, or a sweep file (see scenarios/sweeps/)')
        .option(
          '--set <path=values>',
          'a numeric field by its path and its values: 20,25,30 or 1..4 or 10..30:5 (repeatable)',
          (v: string, all: string[]) => [...all, v],
          [] as string[],
        ),
      {
        reps: 'replications per variant (overrides the scenario)',
        out: 'one folder per variant, sweep.csv, variants.csv and manifest.json',
      },
    ),
  ).action(async (target, options) => {
    await sweepCommand(target, options);
  });

  addJobsOptions(
    addRunOptions(
      program
        .command('compare')
        .description(
          'run scenarios on common random numbers and report every KPI against the first, with paired 95% intervals',
        )
        .argument('<scenarios...>', 'two or more scenario JSON files; the first is the base'),
      {
        reps: "replications (default: the first file's; all scenarios share it and its seed)",
        out: 'also write comparison.csv here',
        minReps: 2,
      },
    ),
  ).action(async (files, options) => {
    await compareCommand(files, options);
  });

  addJobsOptions(
    addRunOptions(
      program
        .command('optimize')
        .description(
          'find the lowest-cost headcount per pool that meets every goal and leaves no pool above 95% utilisation (Erlang C seeds, refined by simulation)',
        )
        .argument('<scenario>', 'scenario JSON file')
        .option(
          '--goal <goal>',
          'kpi[@scope](>=|<=)value, e.g. sla.attainment>=0.9 (repeatable; default: every severity and every severity x contract cell meets sla.goal)',
          (v: string, all: string[]) => [...all, v],
          [] as string[],
        )
        .addOption(
          new Option(
            '--on <rule>',
            'when a goal is met: at the 95% confidence bound (mean − half-width >= target; needs 2 replications) or at the mean',
          )
            .choices(GOAL_RULES)
            .default('bound' as GoalRule),
        )
        .option(
          '--pools <list>',
          'pools that may change, e.g. se,router or se/XADM,pods (default: every pool that holds cases; Problem Control and escalation engineers only upwards unless a goal names them)',
        ),
      {
        reps: 'replications per staffing (overrides the scenario)',
        out: 'write scenario.json (the optimised scenario, runnable from anywhere), optimize.csv and comparison.csv here',
        minReps: 2,
      },
    ),
  ).action(async (file, options) => {
    await optimizeCommand(file, options);
  });

  addJobsOptions(
    program
      .command('fit')
      .description(
        'estimate a scenario from a ticket history (events or tickets CSV, .gz too) and backtest it against the history',
      )
      .argument('<history>', 'the history export (CSV, or gzipped CSV)')
      .requiredOption(
        '--map <mapping.json>',
        'how the export reads: columns, time format, value maps (see README)',
      )
      .requiredOption(
        '--out <dir>',
        'write scenario.json (with its CSV inputs), backtest.csv and fit-report.json here',
      )
      .option(
        '--reps <n>',
        'replications of the backtest, also written into the scenario (default 5)',
        wholeNumber('--reps', 1),
      )
      .option(
        '--seed <n>',
        'random seed of the backtest and the scenario (default 1)',
        wholeNumber('--seed', 0),
      )
      .option(
        '--from <date>',
        "fit only cases opened from this date (2016-03-07 or 2016-03-07T08:00, the history's local time)",
      )
      .option('--to <date>', 'fit only cases opened before this date')
      .option(
        '--staff <tier=people>',
        'people of 40 hours a week for a tier (router, se, pods, beta, problemControl, escalation) instead of the seats the history shows (repeatable)',
        (v: string, all: string[]) => [...all, v],
        [] as string[],
      )
      .option('--name <name>', 'the fitted scenario\'s name (default "Fitted from <history file>")')
      .addOption(
        new Option('--format <format>', 'report on stdout')
          .choices(['table', 'json', 'csv'] as const)
          .default('table' as const),
      ),
  ).action(async (file, options) => {
    await fitCommand(file, options);
  });

  program
    .command('merge')
    .description(
      'combine the --out folders of shards (--shard K/N) into the files one run would have written',
    )
    .argument('<dirs...>', 'output folders of the shards')
    .requiredOption('--out <dir>', 'folder for the merged results')
    .option('--quiet', 'no summary line on stderr')
    .action((dirs, options) => {
      mergeCommand(dirs, options);
    });

  program
    .command('validate')
    .description('check scenario files and report every problem with its field path')
    .argument('<files...>', 'scenario JSON files')
    .action((files) => {
      const bad = validateCommand(files);
      if (bad > 0) process.exitCode = EXIT.user;
    });
  return program;
}

/** Runs the CLI; user mistakes exit 2 with one line, internal errors exit 1. */
export async function main(argv: readonly string[]): Promise<void> {
  // A reader that stops early (`tiersim run x --format csv | head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    throw error;
  });
  try {
    await buildProgram().parseAsync(argv as string[], { from: 'node' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander already printed its one-line message (or the help text).
      process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.user;
      return;
    }
    if (error instanceof ScenarioError || error instanceof UserError) {
      process.stderr.write(error.message.endsWith('\n') ? error.message : `${error.message}\n`);
      process.exitCode = EXIT.user;
      return;
    }
    if (error instanceof ReplicationFailure) {
      // Not the user's mistake, but a known way to fail: one line, no stack trace.
      // The message names the scenario, whose control characters are escaped.
      process.stderr.write(`tiersim: ${printable(error.message)}\n`);
      process.exitCode = EXIT.internal;
      return;
    }
    const memory = outOfMemory(error);
    if (memory !== null) {
      // The size of the run, not a bug: the run budget should have refused it (see run-budget.ts).
      process.stderr.write(`tiersim: ${memory}\n`);
      process.exitCode = EXIT.user;
      return;
    }
    process.stderr.write(`tiersim: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = EXIT.internal;
  }
}

await main(process.argv);
