import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesOf, requireBuiltCli, removeTempDirs, tempDir, tiersim } from './fixtures/cli/cli.js';

beforeAll(requireBuiltCli);
afterAll(removeTempDirs);

const BASELINE_SHORT = ['scenarios/baseline.json', '--days', '10', '--reps', '2'];
/** The files, and `.fingerprint.json`: what they were made from, which --resume checks. */
const OUTPUTS = ['.fingerprint.json', 'flows.csv', 'kpis.csv', 'summary.json', 'timeseries.csv'];

/** Runs the short baseline into a new folder and returns the folder. */
function runInto(...extra: string[]): string {
  const dir = tempDir();
  const result = tiersim('run', ...BASELINE_SHORT, '--out', dir, '--format', 'csv', ...extra);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return dir;
}

/** The rows of kpis.csv keyed by `kpi,scope`. */
function kpiRows(dir: string): Map<string, string[]> {
  const lines = readFileSync(join(dir, 'kpis.csv'), 'utf8').trimEnd().split('\n').slice(1);
  return new Map(lines.map((l) => l.split(',')).map((cells) => [`${cells[0]},${cells[1]}`, cells]));
}

describe('tiersim run --out', () => {
  let dir: string;
  let traced: string;
  beforeAll(() => {
    dir = runInto();
    traced = runInto('--trace');
  });

  it('writes kpis.csv, summary.json, timeseries.csv and flows.csv and nothing else', () => {
    expect([...filesOf(dir).keys()]).toEqual(OUTPUTS);
  });

  it('adds trace.csv with --trace, leaving no temporary file', () => {
    expect([...filesOf(traced).keys()]).toEqual([...OUTPUTS, 'trace.csv'].sort());
  });

  it('heads kpis.csv with the columns of the contract', () => {
    expect(readFileSync(join(dir, 'kpis.csv'), 'utf8').split('\n')[0]).toBe(
      'kpi,scope,mean,halfWidth,replications,unit',
    );
  });

  it('names KPIs and scopes as MODEL.md does, with units and 2 replications', () => {
    const rows = kpiRows(dir);
    const expected: [string, string][] = [
      ['wait.mean,pool:router', 'minutes'],
      ['utilisation,pool:se/XADM', 'share'],
      ['reached.share,tier:escalation', 'share'],
      ['sla.attainment,severity:A', 'share'],
      ['cost.perWeek,all', 'currency'],
      ['abandoned.share,pool:router', 'share'],
      ['firstResponse.p90,contract:premier', 'minutes'],
      ['arrivals,all', 'cases'],
    ];
    for (const [key, unit] of expected) {
      const row = rows.get(key);
      expect(row, key).toBeDefined();
      expect(row).toHaveLength(6);
      expect(Number.isFinite(Number(row?.[2])), `${key} mean`).toBe(true);
      expect(row?.[4]).toBe('2');
      expect(row?.[5]).toBe(unit);
    }
  });

  it('writes a summary.json that parses and names the scenario', () => {
    const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as {
      scenario: string;
      replications: number;
      days: number;
    };
    expect(summary).toMatchObject({ scenario: 'Exchange support baseline', replications: 2, days: 10 });
  });

  it('heads the time series, flows and trace with their columns', () => {
    const header = (d: string, name: string) => readFileSync(join(d, name), 'utf8').split('\n')[0];
    expect(header(dir, 'timeseries.csv')).toMatch(/^hour,/);
    expect(header(dir, 'flows.csv')).toBe('from,to,count');
    expect(header(traced, 'trace.csv')).toMatch(/^at,caseId,event,/);
  });

  it('creates a folder that does not exist yet, parents included', () => {
    const nested = join(tempDir(), 'a', 'b');
    const result = tiersim(
      'run',
      'scenarios/textbook-mmc.json',
      '--days',
      '2',
      '--reps',
      '1',
      '--out',
      nested,
      '--quiet',
    );
    expect(result.status).toBe(0);
    expect([...filesOf(nested).keys()]).toEqual(OUTPUTS);
  });
});

describe('tiersim run reproducibility', () => {
  it('writes byte-identical files, with the trace, for the same scenario and seed', () => {
    const a = filesOf(runInto('--trace', '--seed', '42'));
    const b = filesOf(runInto('--trace', '--seed', '42'));
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [name, bytes] of a) expect(bytes.equals(b.get(name) as Buffer), name).toBe(true);
  });

  it('prints the same table twice for the same seed', () => {
    const first = tiersim('run', ...BASELINE_SHORT);
    const second = tiersim('run', ...BASELINE_SHORT);
    expect(first.status).toBe(0);
    expect(second.stdout).toBe(first.stdout);
  });

  it('gives other numbers for another seed', () => {
    const a = kpiRows(runInto('--seed', '1'));
    const b = kpiRows(runInto('--seed', '2'));
    expect([...a.keys()]).toEqual([...b.keys()]);
    expect(a.get('wait.mean,pool:router')?.[2]).not.toBe(b.get('wait.mean,pool:router')?.[2]);
    expect(a.get('firstResponse.mean,all')?.[2]).not.toBe(b.get('firstResponse.mean,all')?.[2]);
  });
});
