import { describe, expect, it } from 'vitest';
import { checkMapping } from '../src/fit/mapping.js';
import { readHistory } from '../src/fit/read-history.js';
import { readEvents } from './fixtures/fit-read/hand-made.js';

// The history's story is told in ./fixtures/fit-read/hand-made.ts, beside its CSV.
const history = readEvents();
const byId = new Map(history.cases.map((c) => [c.id, c]));
const problems = new Map(history.problems.map((p) => [p.kind, p]));

describe('an events history of seven cases worked out by hand', () => {
  it('sets its clock to the Monday 00:00 before the first time seen, and its window to the first and last row', () => {
    expect(history.origin).toBe('2024-01-01T00:00:00');
    expect(history.windowStartAt).toBe(3420); // Wednesday 09:00, C1's first row
    expect(history.windowEndAt).toBe(4860); // Thursday 09:00, C1 closed
    expect(history.arrivalsEndAt).toBe(4860); // nothing incomplete about the openings
    expect(history.rows).toBe(27);
    expect(history.format).toBe('events');
    expect(history.cases.map((c) => c.id)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7']);
  });

  it('turns a plain case into queued, working, resolved and closed spells', () => {
    expect(byId.get('C1')).toEqual({
      id: 'C1',
      openedAt: 3420,
      resolvedAt: 3540,
      firstResponseAt: 3450,
      severity: 'B',
      specialty: 'XADM',
      contract: null,
      tiers: ['se'],
      spells: [
        { status: 'queued', tier: 'se', fromAt: 3420, toAt: 3450, resource: null },
        { status: 'working', tier: 'se', fromAt: 3450, toAt: 3540, resource: 'ann' },
        { status: 'resolved', tier: 'se', fromAt: 3540, toAt: 4860, resource: 'ann' },
        { status: 'closed', tier: 'se', fromAt: 4860, toAt: 4860, resource: 'ann' },
      ],
      startedBeforeWindow: false,
      outcome: 'resolved',
    });
  });

  it('follows a case up to Problem Control and back down to the SE, merging the row that repeats the one before', () => {
    const c2 = byId.get('C2')!;
    expect(c2.tiers).toEqual(['se', 'problemControl', 'se']);
    expect(c2.spells).toEqual([
      { status: 'queued', tier: 'se', fromAt: 3430, toAt: 3440, resource: null },
      // Row 8 (09:40, open, L1, bob) repeats row 7: one spell from 09:20 to 10:00.
      { status: 'working', tier: 'se', fromAt: 3440, toAt: 3480, resource: 'bob' },
      { status: 'working', tier: 'problemControl', fromAt: 3480, toAt: 3600, resource: 'carol' },
      { status: 'working', tier: 'se', fromAt: 3600, toAt: 3660, resource: 'bob' },
      { status: 'resolved', tier: 'se', fromAt: 3660, toAt: 3720, resource: 'bob' },
      { status: 'closed', tier: 'se', fromAt: 3720, toAt: 3720, resource: 'bob' },
    ]);
    expect([c2.openedAt, c2.firstResponseAt, c2.resolvedAt, c2.severity]).toEqual([3430, 3440, 3660, 'A']);
    expect(problems.get('duplicate-row')).toMatchObject({ count: 1, examples: ['row 8 (case C2)'] });
  });

  it('keeps a case still pending at the end as censored, its last spell running to the end of the history', () => {
    const c3 = byId.get('C3')!;
    expect(c3.resolvedAt).toBeNull();
    expect(c3.outcome).toBe('open');
    // Row 15's tier L9 is not in the mapping and there is no "*": that spell's tier is unknown.
    expect(c3.spells.at(-1)).toEqual({
      status: 'customerWait',
      tier: null,
      fromAt: 3540,
      toAt: 4860,
      resource: 'dan',
    });
    expect(c3.tiers).toEqual(['se']);
    expect(problems.get('censored')).toMatchObject({ count: 1, examples: ['C3'] });
    expect(problems.get('unknown-tier')).toMatchObject({ count: 1, examples: ['row 15: "L9"'] });
  });

  it('sorts rows out of time order within their case and says which row was out of place', () => {
    const c4 = byId.get('C4')!;
    expect(c4.spells.map((s) => [s.status, s.fromAt, s.toAt])).toEqual([
      ['queued', 3540, 3555],
      ['working', 3555, 3600],
      ['resolved', 3600, 3600],
    ]);
    expect(problems.get('out-of-order')).toMatchObject({ count: 1, examples: ['row 17 (case C4)'] });
  });

  it('skips a row whose time does not parse, naming its row, and opens the case at its opened column', () => {
    const c5 = byId.get('C5')!;
    expect([c5.openedAt, c5.firstResponseAt, c5.resolvedAt]).toEqual([3650, 3660, 3690]);
    expect(c5.spells.map((s) => s.status)).toEqual(['working', 'resolved']);
    expect(problems.get('unparseable-time')).toMatchObject({
      count: 1,
      examples: ['row 19: "2024-01-03 25:99"'],
      decision: 'row skipped',
    });
    // 10 minutes between its opening and its first row is within the 60-minute grace.
    expect(problems.has('late-first-row')).toBe(false);
  });

  it('skips a row whose status the mapping lacks without a "*", and ends a voided case as cancelled', () => {
    const c6 = byId.get('C6')!;
    expect(c6.spells).toEqual([
      { status: 'queued', tier: 'se', fromAt: 3720, toAt: 3740, resource: null },
      { status: 'working', tier: 'escalation', fromAt: 3740, toAt: 3780, resource: 'gus' },
      { status: 'cancelled', tier: 'escalation', fromAt: 3780, toAt: 3780, resource: 'gus' },
    ]);
    expect([c6.resolvedAt, c6.outcome, c6.firstResponseAt]).toEqual([3780, 'cancelled', 3740]);
    expect(c6.tiers).toEqual(['se', 'escalation']);
    expect(problems.get('unknown-status')).toMatchObject({ count: 1, examples: ['row 23: "escalated"'] });
  });

  it('maps that status through "*" when the mapping has one, and then reports nothing unknown', () => {
    const star = readEvents({ '*': 'working' });
    const c6 = star.cases.find((c) => c.id === 'C6')!;
    expect(c6.spells.map((s) => [s.status, s.tier, s.fromAt])).toEqual([
      ['queued', 'se', 3720],
      ['working', 'se', 3730],
      ['working', 'escalation', 3740],
      ['cancelled', 'escalation', 3780],
    ]);
    expect(c6.firstResponseAt).toBe(3730);
    expect(star.problems.map((p) => p.kind)).not.toContain('unknown-status');
  });

  it('marks a case opened a day before the first row of the extract as started before the window', () => {
    const c7 = byId.get('C7')!;
    expect([c7.openedAt, c7.startedBeforeWindow, c7.firstResponseAt, c7.resolvedAt]).toEqual([
      1920,
      true,
      3425,
      3465,
    ]);
    expect(history.cases.filter((c) => c.startedBeforeWindow).map((c) => c.id)).toEqual(['C7']);
    expect(problems.get('started-before-window')).toMatchObject({ count: 1, examples: ['C7'] });
  });

  it('skips a row without a case id, and reports exactly the problems planted', () => {
    expect(problems.get('missing-case-id')).toMatchObject({ count: 1, examples: ['row 28'] });
    expect(Object.fromEntries(history.problems.map((p) => [p.kind, p.count]))).toEqual({
      'unknown-tier': 1,
      'unparseable-time': 1,
      'unknown-status': 1,
      'missing-case-id': 1,
      'duplicate-row': 1,
      'out-of-order': 1,
      censored: 1,
      'started-before-window': 1,
    });
    for (const p of history.problems) expect(p.decision).not.toBe('');
  });
});

describe('an events history without a status column', () => {
  const columns = { case: 'case', time: 'at', tier: 'team' };
  const tiers = { L1: 'se', PC: 'problemControl' };
  // N1 is worked at L1, then at PC from 09:00; its 10:00 row repeats the 09:00 one.
  const csv =
    'case,at,team,done\n' +
    'N1,2024-01-01T08:00,L1,2024-01-01T11:00\n' +
    'N1,2024-01-01T09:00,PC,2024-01-01T11:00\n' +
    'N1,2024-01-01T10:00,PC,2024-01-01T11:00\n' +
    'N2,2024-01-01T08:30,L1,\n';

  it('takes every row as work and ends a case at its last row, even one merged into the spell before it', () => {
    const history = readHistory(csv, checkMapping({ format: 'events', columns, tiers }, 'm.json'));
    const [n1, n2] = history.cases;
    expect(n1.spells).toEqual([
      { status: 'working', tier: 'se', fromAt: 480, toAt: 540, resource: null },
      { status: 'working', tier: 'problemControl', fromAt: 540, toAt: 600, resource: null },
      { status: 'resolved', tier: 'problemControl', fromAt: 600, toAt: 600, resource: null },
    ]);
    expect([n1.resolvedAt, n1.firstResponseAt, n2.resolvedAt]).toEqual([600, 480, 510]);
    expect(history.windowEndAt).toBe(600);
  });

  it('ends a case at its resolved column when the mapping names one, and keeps it open when that is empty', () => {
    const mapping = checkMapping(
      { format: 'events', columns: { ...columns, resolved: 'done' }, tiers },
      'm.json',
    );
    const history = readHistory(csv, mapping);
    const [n1, n2] = history.cases;
    expect(n1.spells.slice(1)).toEqual([
      { status: 'working', tier: 'problemControl', fromAt: 540, toAt: 660, resource: null },
      { status: 'resolved', tier: 'problemControl', fromAt: 660, toAt: 660, resource: null },
    ]);
    expect([n1.resolvedAt, n2.resolvedAt, n2.outcome]).toEqual([660, null, 'open']);
    expect(n2.spells).toEqual([{ status: 'working', tier: 'se', fromAt: 510, toAt: 660, resource: null }]);
    expect(history.problems.map((p) => [p.kind, p.count])).toEqual([
      ['duplicate-row', 1],
      ['censored', 1],
    ]);
  });
});

describe('the first response', () => {
  it('is the first status other than queued: asking the customer, or resolving at once, answers the case', () => {
    const mapping = checkMapping(
      { format: 'events', columns: { case: 'c', time: 't', status: 's' } },
      'm.json',
    );
    const csv =
      'c,t,s\n' +
      'Q,2024-01-01T08:00,queued\nQ,2024-01-01T08:40,customerWait\nQ,2024-01-01T09:00,working\nQ,2024-01-01T10:00,resolved\n' +
      'R,2024-01-01T08:00,queued\nR,2024-01-01T08:05,resolved\n' +
      'X,2024-01-01T08:00,queued\nX,2024-01-01T08:30,cancelled\n';
    const byId = new Map(readHistory(csv, mapping).cases.map((c) => [c.id, c.firstResponseAt]));
    expect(Object.fromEntries(byId)).toEqual({ Q: 520, R: 485, X: null });
  });
});
