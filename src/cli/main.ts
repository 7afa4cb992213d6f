#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ScenarioError } from '../sim/index.js';
import { runCommand } from './run-command.js';
import { EXIT, UserError } from './user-error.js';
import { validateCommand } from './validate-command.js';

function wholeNumber(name: string, min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min) {
      throw new InvalidArgumentError(`${name} must be a whole number >= ${min}, got "${value}"`);
    }
    return n;
  };
}

function positiveNumber(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`${name} must be a number > 0, got "${value}"`);
    return n;
  };
}

/** The package's version, from package.json two folders up (from src/cli and from dist/cli alike). */
function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
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

  program
    .command('run')
    .description('simulate a scenario and report its KPIs with 95% confidence intervals')
    .argument('<scenario>', 'scenario JSON file')
    .option('--reps <n>', 'replications (overrides the scenario)', wholeNumber('--reps', 1))
    .option('--seed <n>', 'random seed (overrides the scenario)', wholeNumber('--seed', 0))
    .option('--days <n>', 'simulated days including the warm-up (overrides the scenario)', positiveNumber('--days'))
    .option('--out <dir>', 'write kpis.csv, summary.json, timeseries.csv, flows.csv (and trace.csv) here')
    .addOption(new Option('--format <format>', 'report on stdout').choices(['table', 'json', 'csv']).default('table'))
    .option('--trace', 'also write trace.csv: every state change of every case (first replication)')
    .option('--quiet', 'no progress line on stderr')
    .action((file: string, options) => {
      runCommand(file, options);
    });

  program
    .command('validate')
    .description('check scenario files and report every problem with its field path')
    .argument('<files...>', 'scenario JSON files')
    .action((files: string[]) => {
      const bad = validateCommand(files);
      if (bad > 0) process.exitCode = EXIT.user;
    });
  return program;
}

/** Runs the CLI; user mistakes exit 2 with one line, internal errors exit 1. */
export function main(argv: readonly string[]): void {
  // A reader that stops early (`tiersim run x --format csv | head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    throw error;
  });
  try {
    buildProgram().parse(argv as string[], { from: 'node' });
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
    process.stderr.write(`tiersim: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = EXIT.internal;
  }
}

main(process.argv);
