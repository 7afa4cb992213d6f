import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../src/cli/load-scenario.js';
import { estimateRun, runScenario } from '../src/sim/index.js';
import { mapCsvPaths } from '../src/sim/scenario/csv-paths.js';
import { CLI, requireBuiltCli, ROOT } from './fixtures/cli/cli.js';
import { mutants, mutantText, type Mutant } from './support/fuzz.js';
import { mergedScenarioJson } from './support/scenario.js';

// A seeded fuzz of the scenario format: mutants of shipped scenarios (one or two fields set to
// hostile values: out of range, not finite after unit conversion, huge counts, broken
// distributions, wrong types, 2 MB strings, control characters, 100,000 levels of nesting,
// deleted or unknown keys) go through `tiersim validate` and `tiersim run` at a small horizon.
// Every result must be exit 2 with one line per problem naming the file and the field, or
// exit 0 with finite KPIs; never exit 1, a stack trace, or a run past its time limit.

const SEED = 'tiersim-fuzz-1';
const PER_BASE = 60;
const BASES = [
  'scenarios/baseline.json',
  'scenarios/teach/hard-case-hotfix.json',
  'scenarios/textbook-tiers.json',
  'scenarios/trace-replay.json',
];
/** Two levels below the root, like scenarios/teach/, so that `../../data/...` reaches data/. */
const DIR = join(ROOT, 'test-output', `fuzz-${process.pid}`);
/** A run of a mutant that takes longer than this has run away (a 3-day run takes well under 2 s). */
const RUN_LIMIT_MS = 20_000;
/** The longest line an error may print (values are quoted cut short). */
const MAX_LINE = 400;
/** Each file's problems are listed up to 20, then a count. */
const MAX_LINES_PER_FILE = 21;

interface Outcome {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

function cli(args: readonly string[], timeoutMs: number): Promise<Outcome> {
  return new Promise((done) => {
    const began = Date.now();
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, timeout: timeoutMs });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('close', (status, signal) =>
      done({
        status,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        ms: Date.now() - began,
      }),
    );
  });
}

/** A shipped scenario, merged with its bases, made small (3 days, 1 replication), CSV paths from DIR. */
function smallBase(file: string): Record<string, unknown> {
  const from = dirname(resolve(ROOT, file));
  const raw = mapCsvPaths(mergedScenarioJson(file), (_path, csv) => relative(DIR, resolve(from, csv)));
  return { ...(raw as Record<string, unknown>), horizon: { days: 3, warmupDays: 1 }, replications: 1 };
}

interface Case {
  readonly file: string;
  readonly mutant: Mutant;
}

/** Problems with what a command printed on stderr for one file; [] when all is well. */
function stderrProblems(file: string, lines: readonly string[]): string[] {
  const problems: string[] = [];
  if (lines.length > MAX_LINES_PER_FILE) problems.push(`${lines.length} lines of errors`);
  for (const line of lines) {
    if (!line.startsWith(`${file}: `))
      problems.push(`a line that does not name the file: ${line.slice(0, 120)}`);
    if (line.length > MAX_LINE) problems.push(`a line of ${line.length} characters`);
    if (/^\s+at /.test(line)) problems.push('a stack trace');
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(line)) problems.push('a control character');
  }
  return problems;
}

interface IndexRow {
  readonly kpi: string;
  readonly mean: string;
  readonly error: string;
}

/** index.csv's rows by scenario file (its columns: scenario,file,kpi,scope,mean,halfWidth,replications,unit,error). */
function indexRows(csv: string): Map<string, IndexRow[]> {
  const rows = parse(csv, { columns: true }) as Record<string, string>[];
  const byFile = new Map<string, IndexRow[]>();
  for (const r of rows) {
    const list = byFile.get(r.file) ?? [];
    list.push({ kpi: `${r.kpi}|${r.scope}`, mean: r.mean, error: r.error });
    byFile.set(r.file, list);
  }
  return byFile;
}

describe('fuzzed scenarios', () => {
  const cases: Case[] = [];
  const failures: string[] = [];
  let validated: Outcome;
  const counts = { rejected: 0, ran: 0, refusedAtRun: 0 };
  /** Mutants the CLI ran: their events are checked against the estimate in this process. */
  const ran: Case[] = [];

  beforeAll(async () => {
    requireBuiltCli();
    mkdirSync(DIR, { recursive: true });
    BASES.forEach((base, b) => {
      const raw = smallBase(base);
      mutants(raw as never, PER_BASE, `${SEED}/${base}`).forEach((mutant, i) => {
        const file = relative(ROOT, join(DIR, `m${b}-${i}.json`));
        writeFileSync(join(ROOT, file), mutantText(mutant));
        cases.push({ file, mutant });
      });
    });
    const validateBegan = Date.now();
    validated = await cli(['validate', ...cases.map((c) => c.file)], 120_000);
    console.log(`fuzz: validate took ${Date.now() - validateBegan} ms`);
    const errorsOf = new Map<string, string[]>(cases.map((c) => [c.file, []]));
    for (const line of validated.stderr.split('\n').filter((l) => l !== '')) {
      const file = cases.find((c) => line.startsWith(`${c.file}: `))?.file;
      if (file === undefined)
        failures.push(`validate printed a line naming no mutant: ${line.slice(0, 160)}`);
      else errorsOf.get(file)!.push(line);
    }
    const okFiles = new Set(
      validated.stdout
        .split('\n')
        .filter((l) => /: ok( |$)/.test(l))
        .map((l) => l.slice(0, l.indexOf(': ok'))),
    );
    const toRun: Case[] = [];
    cases.forEach((c, i) => {
      const errors = errorsOf.get(c.file)!;
      const ok = okFiles.has(c.file);
      if (ok === errors.length > 0) failures.push(`${c.file} (${c.mutant.what}): ok and errors, or neither`);
      for (const p of stderrProblems(c.file, errors))
        failures.push(`validate ${c.file} (${c.mutant.what}): ${p}`);
      if (!ok) counts.rejected++;
      // Every mutant validate accepts must run; one in eight of the others must be refused by run too.
      if (ok || i % 8 === 0) toRun.push(c);
    });
    // One batch run of them all (a process per mutant cost most of this test's time): a file the
    // run refuses is named on stderr and skipped, each file it runs gets its rows in index.csv.
    const out = join(DIR, 'out');
    const result = await cli(
      ['run', ...toRun.map((c) => c.file), '--out', out, '--quiet', '--jobs', '2'],
      RUN_LIMIT_MS * 4,
    );
    if (result.status !== 0 && result.status !== 3) {
      const how = result.signal ? `killed after ${result.ms} ms (${result.signal})` : `exit ${result.status}`;
      failures.push(`run of ${toRun.length} mutants: ${how}: ${result.stderr.slice(0, 300)}`);
      return;
    }
    const linesOf = new Map<string, string[]>(toRun.map((c) => [c.file, []]));
    for (const line of result.stderr.split('\n')) {
      if (line === '' || line.startsWith('tiersim: ')) continue;
      const file = toRun.find((c) => line.startsWith(`${c.file}: `))?.file;
      if (file === undefined) failures.push(`run printed a line naming no mutant: ${line.slice(0, 160)}`);
      else linesOf.get(file)!.push(line);
    }
    const rowsOf = indexRows(readFileSync(join(out, 'index.csv'), 'utf8'));
    for (const c of toRun) {
      const what = `run ${c.file} (${c.mutant.what})`;
      const rows = rowsOf.get(c.file) ?? [];
      const lines = linesOf.get(c.file)!;
      if (rows.length > 0) {
        counts.ran++;
        ran.push(c);
        if (!okFiles.has(c.file)) failures.push(`${what}: ran although validate refused it`);
        const failed = rows.find((r) => r.error !== '');
        if (failed) failures.push(`${what}: failed: ${failed.error.slice(0, 300)}`);
        const bad = rows.filter((r) => r.mean !== '' && !Number.isFinite(Number(r.mean)));
        if (bad.length > 0)
          failures.push(
            `${what}: KPIs not finite: ${bad
              .slice(0, 3)
              .map((r) => r.kpi)
              .join(' | ')}`,
          );
      } else {
        if (okFiles.has(c.file)) counts.refusedAtRun++;
        if (lines.length === 0) failures.push(`${what}: neither run nor refused with a reason`);
        for (const p of stderrProblems(c.file, lines)) failures.push(`${what}: ${p}`);
      }
    }
  }, 280_000);

  it('runs no mutant past the upper bound of kernel events that the run estimate promised', () => {
    const over: string[] = [];
    for (const c of ran) {
      const scenario = loadScenarioFile(c.file);
      const { events } = runScenario(scenario);
      const bound = estimateRun(scenario).events;
      if (events > bound) over.push(`${c.file} (${c.mutant.what}): ${events} events, estimate ${bound}`);
    }
    expect(ran.length).toBeGreaterThan(20);
    expect(over).toEqual([]);
  });

  afterAll(() => rmSync(DIR, { recursive: true, force: true }));

  it('makes a few hundred mutants of the shipped scenarios, most of them refused', () => {
    expect(cases.length).toBe(PER_BASE * BASES.length);
    // A fuzz that every mutant survives tests nothing: the hostile values must mostly be caught.
    expect(counts.rejected).toBeGreaterThan(cases.length / 2);
    console.log(
      `fuzz: ${cases.length} mutants, ${counts.rejected} refused by validate, ${counts.ran} ran, ` +
        `${counts.refusedAtRun} accepted by validate but refused by run`,
    );
  });

  it('never crashes, prints a stack trace or runs away: exit 2 naming the field, or exit 0 with finite KPIs', () => {
    expect(validated.status).toBe(2);
    expect(failures, failures.slice(0, 20).join('\n')).toEqual([]);
  });
});
