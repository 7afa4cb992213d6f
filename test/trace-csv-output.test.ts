import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulateReplication, traceCsv, traceDetail } from '../src/sim/index.js';
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

  it('writes the facts of each kind of row in the detail column in the published format', () => {
    const formats: Partial<Record<string, RegExp>> = {
      arrived: /^[ABC] (standard|premier|tier3)( beta)?( sensitive)?$/,
      queued: /^(for owner)?$/,
      taken: /^(triage|owner|session|handover|misrouted|cross-skill)?$/,
      consult: /^with se\/X[A-Z]+\/t\d+\/\d+$/,
      escalated: /^(difficulty|age)$/,
      away: /^[1-9]\d*$/,
      back: /^(end of shift)?$/,
      calledBack: /^call ([2-9]|[1-9]\d+)$/,
    };
    const rows = text
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','));
    const bad = rows.filter(([, , event, , , detail]) => !(formats[event] ?? /^$/).test(detail));
    expect(bad.slice(0, 5)).toEqual([]);
    const kinds = new Set(rows.map(([, , event, , , detail]) => `${event}${detail === '' ? '' : ' …'}`));
    // Every kind of fact shows on these days but a hotfix wait (plain, like resolved or abandoned).
    expect([...kinds].sort()).toEqual([
      'abandoned',
      'arrived …',
      'away …',
      'back',
      'back …',
      'calledBack …',
      'consult …',
      'customerWait',
      'escalated …',
      'queued',
      'queued …',
      'resolved',
      'taken',
      'taken …',
      'transferred',
    ]);
  });
});

describe('traceDetail: the detail column of trace.csv', () => {
  const row = { at: 0, caseId: 1, place: 'se/XADM', engineer: 'se/XADM/t1/1' };
  const arrived = {
    ...row,
    event: 'arrived',
    severity: 'B',
    contract: 'premier',
    beta: false,
    sensitive: false,
  } as const;

  it('gives severity and contract at arrival, then beta and sensitive when so', () => {
    expect(traceDetail(arrived)).toBe('B premier');
    expect(traceDetail({ ...arrived, severity: 'A', contract: 'tier3', sensitive: true })).toBe(
      'A tier3 sensitive',
    );
    expect(traceDetail({ ...arrived, beta: true, sensitive: true })).toBe('B premier beta sensitive');
  });

  it('names how work was taken, with nothing for plain work', () => {
    const hows = ['triage', 'owner', 'session', 'misrouted', 'crossSkill', 'work'] as const;
    expect(hows.map((how) => traceDetail({ ...row, event: 'taken', how }))).toEqual([
      'triage',
      'owner',
      'session',
      'misrouted',
      'cross-skill',
      '',
    ]);
  });

  it('writes the other facts as before: for owner, with <SE>, the reason, rounded minutes, end of shift', () => {
    expect(traceDetail({ ...row, event: 'queued', forOwner: true })).toBe('for owner');
    expect(traceDetail({ ...row, event: 'queued', forOwner: false })).toBe('');
    expect(traceDetail({ ...row, event: 'consult', se: 'se/XADM/t1/3' })).toBe('with se/XADM/t1/3');
    expect(traceDetail({ ...row, event: 'escalated', reason: 'age' })).toBe('age');
    expect(traceDetail({ ...row, caseId: 0, event: 'away', plannedMinutes: 89.5 })).toBe('90');
    expect(traceDetail({ ...row, caseId: 0, event: 'back', endOfShift: true })).toBe('end of shift');
    expect(traceDetail({ ...row, caseId: 0, event: 'back', endOfShift: false })).toBe('');
    const plain = ['customerWait', 'transferred', 'hotfixWait', 'resolved', 'abandoned'] as const;
    expect(plain.map((event) => traceDetail({ ...row, event }))).toEqual(['', '', '', '', '']);
  });
});
