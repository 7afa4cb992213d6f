import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIXTURES,
  ROOT,
  requireBuiltCli,
  removeTempDirs,
  tempDir,
  tiersim,
  type CliResult,
} from './fixtures/cli/cli.js';

beforeAll(requireBuiltCli);
afterAll(removeTempDirs);

const RUNS: Record<string, string[]> = {
  baseline: ['scenarios/baseline.json', '--days', '10', '--reps', '2'],
  'textbook tiers': ['scenarios/textbook-tiers.json', '--days', '12', '--reps', '2'],
  'textbook M/M/c': ['scenarios/textbook-mmc.json', '--days', '3', '--reps', '2'],
};

/** A successful run: exit 0 and, with stderr piped, not a byte of progress on it. */
function ok(result: CliResult): string {
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

/** A successful run that may warn (understaffed-tier1's XADM cannot keep up): no progress, only warnings. */
function okWithWarnings(result: CliResult): string {
  expect(result.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('tiersim: warning: '))).toEqual(
    [],
  );
  expect(result.status).toBe(0);
  return result.stdout;
}

describe('tiersim run --format', () => {
  it('prints the summary as valid JSON with json', () => {
    const summary = JSON.parse(ok(tiersim('run', ...RUNS.baseline, '--format', 'json'))) as {
      kpis: unknown[];
      sla: unknown[];
    };
    expect(summary.kpis.length).toBeGreaterThan(50);
    // The three severities, then the baseline's six contract cells with targets of their own (premier and tier3).
    expect(summary.sla).toHaveLength(3 + 6);
  });

  it('prints exactly the kpis.csv it writes with csv', () => {
    const dir = tempDir();
    const stdout = ok(tiersim('run', ...RUNS.baseline, '--format', 'csv', '--out', dir));
    expect(stdout.split('\n')[0]).toBe('kpi,scope,mean,halfWidth,replications,unit');
    expect(stdout).toBe(readFileSync(join(dir, 'kpis.csv'), 'utf8'));
  });

  it('prints the same summary.json on stdout as in --out', () => {
    const dir = tempDir();
    const stdout = ok(tiersim('run', ...RUNS['textbook M/M/c'], '--format', 'json', '--out', dir));
    expect(stdout).toBe(readFileSync(join(dir, 'summary.json'), 'utf8'));
  });
});

/** Every scenario of the repository, with two days past its warm-up (a short run). */
const SHORT_RUNS = readdirSync(join(ROOT, 'scenarios'))
  // Every scenario; the JSON Schemas beside them are for editors.
  .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
  .sort()
  .map((name) => {
    const raw = JSON.parse(readFileSync(join(ROOT, 'scenarios', name), 'utf8')) as {
      horizon?: { warmupDays?: number };
    };
    const days = (raw.horizon?.warmupDays ?? 7) + 2;
    return [`scenarios/${name}`, '--days', String(days), '--reps', '2'];
  });

/** The lines of a table wider than 100 characters (counted as characters, not bytes: "±" is one). */
function tooWide(table: string): string[] {
  return table
    .trimEnd()
    .split('\n')
    .filter((l) => [...l].length > 100);
}

describe('the table of tiersim run', () => {
  for (const args of SHORT_RUNS) {
    it(`fits in 100 columns for ${args[0]} (--days ${args[2]} --reps 2)`, () => {
      expect(tooWide(okWithWarnings(tiersim('run', ...args)))).toEqual([]);
    });
  }

  it('cuts a long scenario name and a long specialty name with an ellipsis to fit in 100 columns', () => {
    const table = ok(tiersim('run', `${FIXTURES}/long-names.json`));
    expect(tooWide(table)).toEqual([]);
    expect(table.split('\n')[0]).toMatch(/^A scenario whose name .*…$/);
    expect(table).toMatch(/^ {2}se\/ExchangeOnline… +6 /m);
  });

  it('shows PASS or FAIL for each severity of the baseline', () => {
    const table = ok(tiersim('run', ...RUNS.baseline));
    for (const severity of ['A', 'B', 'C'])
      expect(table).toMatch(new RegExp(`^ +Sev ${severity} .* (PASS|FAIL)$`, 'm'));
  });

  it('shows FAIL for a 1-minute Sev C target that a 2-minute triage cannot meet', () => {
    const table = ok(tiersim('run', `${FIXTURES}/strict-sla.json`));
    expect(table).toMatch(/^ +Sev C +1m .* FAIL$/m);
    // Sev A and B have no cases in a textbook tiers run, so there is nothing to judge.
    expect(table).toMatch(/^ +Sev A .* n\/a$/m);
  });

  it('keeps the columns of a long resolution time (whole minutes from 1000 up)', () => {
    const table = ok(tiersim('run', ...RUNS.baseline));
    const header = table.split('\n').find((l) => l.startsWith('Cases (minutes)')) ?? '';
    expect(header.trimEnd().endsWith('resolution p90')).toBe(true);
    const all = table.split('\n').find((l) => l.startsWith('  all ')) ?? '';
    expect(all.length).toBe(header.length);
  });

  it('prints nothing on stderr with --quiet either', () => {
    expect(tiersim('run', ...RUNS['textbook M/M/c'], '--quiet').stderr).toBe('');
  });
});
