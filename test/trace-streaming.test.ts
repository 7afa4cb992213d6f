import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  simulateReplication,
  TRACE_CHUNK_ROWS,
  traceCsv,
  traceCsvHeader,
  traceCsvLines,
  type TraceRow,
} from '../src/sim/index.js';
import { CLI, ROOT, removeTempDirs, requireBuiltCli, tempDir, tiersim } from './fixtures/cli/cli.js';
import { scenarioFile } from './support/scenario.js';

beforeAll(requireBuiltCli);
afterAll(removeTempDirs);

/** The M/M/10 for 4 days: about 5,000 cases, 20,000 trace rows (more than two chunks). */
function mmc() {
  const scenario = scenarioFile('scenarios/textbook-mmc.json');
  return { ...scenario, horizon: { ...scenario.horizon, days: 4 } };
}

describe('a trace handed on in chunks as the replication runs', () => {
  const whole = simulateReplication(mmc(), { replication: 0, trace: true });
  const chunks: TraceRow[][] = [];
  const streamed = simulateReplication(mmc(), {
    replication: 0,
    onTraceRows: (rows) => chunks.push([...rows]),
  });

  it('comes in chunks of at most TRACE_CHUNK_ROWS rows and is never kept in the result', () => {
    expect(whole.trace!.length).toBeGreaterThan(2 * TRACE_CHUNK_ROWS);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.every((c) => c.length > 0 && c.length <= TRACE_CHUNK_ROWS)).toBe(true);
    expect(streamed.trace).toBeNull();
  });

  it('holds the same rows in the same order, and changes no result', () => {
    expect(chunks.flat()).toEqual(whole.trace);
    expect(streamed.kpis).toEqual(whole.kpis);
    expect(streamed.series.values).toEqual(whole.series.values);
  });

  it('gives trace.csv byte for byte, chunk by chunk', () => {
    const pieces = traceCsvHeader() + chunks.map((c) => traceCsvLines(c)).join('');
    expect(pieces).toBe(traceCsv(whole.trace!));
  });
});

/** `tiersim ...` with extra environment variables. */
function tiersimWithEnv(env: Record<string, string>, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, ...env },
  });
  if (result.error) throw result.error;
  return result;
}

describe('run --trace --out', () => {
  const args = ['run', 'scenarios/textbook-mmc.json', '--days', '3', '--reps', '2', '--trace', '--quiet'];

  it('writes trace.csv as replication 0 runs: a checkpoint carries neither the trace nor the series', () => {
    const clean = tempDir();
    expect(tiersim(...args, '--out', clean).status).toBe(0);

    // Replication 1 fails, so replication 0 stays as a checkpoint beside its trace and series.
    const dir = tempDir();
    const failed = tiersimWithEnv({ TIERSIM_TEST_WORKER_FAULT: 'crash:1' }, ...args, '--out', dir);
    expect(failed.status).not.toBe(0);
    expect(readFileSync(join(dir, 'trace.csv'), 'utf8')).toBe(readFileSync(join(clean, 'trace.csv'), 'utf8'));
    const checkpoint = readFileSync(join(dir, '.replications', 'rep-00000.json'), 'utf8');
    const record = JSON.parse(checkpoint) as Record<string, unknown>;
    expect(Object.keys(record)).not.toContain('trace');
    expect(Object.keys(record)).not.toContain('series');
    // KPIs and flows: small whatever the horizon (the trace file is 30 times larger); and the
    // counts by hour of the week, 168 for each measure and pool whatever the horizon.
    const hours = JSON.stringify(record.hoursOfWeek);
    expect(checkpoint.length - hours.length).toBeLessThan(32_000);
    // 4 counts of 168 and 168 visits to each of 12 pools, 4 bytes each, in base64: 14 kB.
    expect(hours.length).toBeLessThan(16_000);
    expect(existsSync(join(dir, '.replications', 'series-00000.bin'))).toBe(true);

    // --resume runs replication 1 only, and the files are those of the clean run.
    const resumed = tiersim(...args, '--out', dir, '--resume');
    expect(resumed.stderr).toBe('');
    expect(resumed.status).toBe(0);
    for (const name of ['trace.csv', 'timeseries.csv', 'kpis.csv', 'summary.json'])
      expect(readFileSync(join(dir, name), 'utf8'), name).toBe(readFileSync(join(clean, name), 'utf8'));
    expect(existsSync(join(dir, '.replications'))).toBe(false);
  });
});
