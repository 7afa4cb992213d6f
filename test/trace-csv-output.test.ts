import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulateReplication, traceCsv } from '../src/sim/index.js';
import { removeTempDirs, requireBuiltCli, tempDir, tiersim } from './fixtures/cli/cli.js';
import { allRowsOf, teachScenario } from './fixtures/trace/harness.js';

beforeAll(requireBuiltCli);
afterAll(removeTempDirs);

describe('trace.csv written by tiersim run --trace', () => {
  // The understaffed teaching days: 2 days, one replication, every kind of row but hotfixes.
  const file = 'scenarios/teach/understaffed-day.json';
  let text = '';
  beforeAll(() => {
    const dir = tempDir();
    const result = tiersim('run', file, '--trace', '--out', dir, '--quiet');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    text = readFileSync(join(dir, 'trace.csv'), 'utf8');
  });
  const trace = allRowsOf(
    simulateReplication(teachScenario('understaffed-day'), { replication: 0, trace: true }),
  );

  it('is traceCsv of the first replication, byte for byte', () => {
    expect(text).toBe(traceCsv(trace));
  });

  it('has a header and one line per trace row', () => {
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('at,caseId,event,place,engineer,detail');
    expect(lines).toHaveLength(trace.length + 1);
    expect(trace.length).toBeGreaterThan(3000);
  });

  it('lists the rows in time order, each with six plain fields', () => {
    const rows = text
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','));
    expect(rows.filter((cells) => cells.length !== 6)).toEqual([]);
    const at = rows.map((cells) => Number(cells[0]));
    expect(at.every((t, i) => Number.isFinite(t) && (i === 0 || t >= at[i - 1]))).toBe(true);
    expect(rows.map((cells) => `${cells[1]} ${cells[2]}`)).toEqual(
      trace.map((r) => `${r.caseId} ${r.event}`),
    );
  });
});
