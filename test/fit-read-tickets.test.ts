import { describe, expect, it } from 'vitest';
import { checkMapping } from '../src/fit/mapping.js';
import { readHistory } from '../src/fit/read-history.js';

// One row per case, ISO 8601 times (no timeFormat), Monday 1 January 2024 as minute 0.
//   T1 Monday 08:00-10:30 at L1; T2 Monday 09:00Z, still open, at PC; T3 Tuesday 10:00-12:00
//   at +02:00, i.e. 08:00-10:00 on the UTC clock; row 5's opening does not parse; row 6
//   repeats T1; row 7 is resolved an hour before it opened; T6 has no tier.
const TICKETS_CSV = `id;created;solved;level;priority
T1;2024-01-01T08:00:00;2024-01-01T10:30:00;L1;P2
T2;2024-01-01T09:00:00Z;;PC;P1
T3;2024-01-02T10:00:00+02:00;2024-01-02T12:00:00+02:00;L1;P3
T4;bad;2024-01-02T12:00:00;L1;P3
T1;2024-01-03T08:00:00;2024-01-03T09:00:00;L1;P2
T5;2024-01-03T08:00:00;2024-01-03T07:00:00;L1;P2
T6;2024-01-03T09:00:00;2024-01-03T11:00:00;;P2
`;

const mapping = checkMapping(
  {
    format: 'tickets',
    delimiter: ';',
    columns: { case: 'id', opened: 'created', resolved: 'solved', tier: 'level', severity: 'priority' },
    tiers: { L1: 'se', PC: 'problemControl' },
    severities: { P1: 'A', P2: 'B', P3: 'C' },
  },
  'tickets.json',
);
const history = readHistory(TICKETS_CSV, mapping, { file: 'tickets.csv' });
const byId = new Map(history.cases.map((c) => [c.id, c]));

describe('a tickets history (one row per case)', () => {
  it('gives each case one working spell from opening to resolution at its tier', () => {
    expect(history.origin).toBe('2024-01-01T00:00:00');
    expect(history.cases.map((c) => c.id)).toEqual(['T1', 'T2', 'T3', 'T6']);
    expect(byId.get('T1')).toEqual({
      id: 'T1',
      openedAt: 480,
      resolvedAt: 630,
      // A ticket export does not say when someone first worked a case (no firstResponse column).
      firstResponseAt: null,
      severity: 'B',
      specialty: null,
      contract: null,
      tiers: ['se'],
      spells: [{ status: 'working', tier: 'se', fromAt: 480, toAt: 630, resource: null }],
      startedBeforeWindow: false,
      outcome: 'resolved',
    });
    expect(byId.get('T6')!.spells).toEqual([
      { status: 'working', tier: null, fromAt: 3420, toAt: 3540, resource: null },
    ]);
    expect(byId.get('T6')!.tiers).toEqual([]);
    expect(history.mapped).toMatchObject({
      tier: true,
      severity: true,
      firstResponse: false,
      specialty: false,
    });
  });

  it('reads a time with a zone as its instant on the UTC clock', () => {
    expect([byId.get('T2')!.openedAt, byId.get('T3')!.openedAt, byId.get('T3')!.resolvedAt]).toEqual([
      540, 1920, 2040,
    ]);
  });

  it('keeps a ticket without a resolution open until the end of the history (censored)', () => {
    expect([history.windowStartAt, history.windowEndAt]).toEqual([480, 3540]);
    const t2 = byId.get('T2')!;
    expect([t2.resolvedAt, t2.outcome, t2.tiers]).toEqual([null, 'open', ['problemControl']]);
    expect(t2.spells).toEqual([
      { status: 'working', tier: 'problemControl', fromAt: 540, toAt: 3540, resource: null },
    ]);
  });

  it('skips an unreadable opening, a repeated case id and a resolution before the opening, naming their rows', () => {
    expect(history.rows).toBe(7);
    expect(history.problems.map(({ kind, count, examples }) => ({ kind, count, examples }))).toEqual([
      { kind: 'unparseable-time', count: 1, examples: ['row 5: "bad"'] },
      { kind: 'duplicate-case', count: 1, examples: ['row 6: "T1"'] },
      { kind: 'resolved-before-opened', count: 1, examples: ['row 7: "2024-01-03T07:00:00"'] },
      { kind: 'censored', count: 1, examples: ['T2'] },
    ]);
  });

  it('puts a queued spell before the first response when the mapping names that column', () => {
    const withResponse = checkMapping(
      {
        format: 'tickets',
        columns: { case: 'id', opened: 'opened', resolved: 'resolved', firstResponse: 'answered' },
      },
      'm.json',
    );
    const csv = 'id,opened,resolved,answered\nA,2024-01-01T08:00,2024-01-01T09:00,2024-01-01T08:20\n';
    const [a] = readHistory(csv, withResponse).cases;
    expect(a.firstResponseAt).toBe(500);
    expect(a.spells.map((s) => [s.status, s.fromAt, s.toAt])).toEqual([
      ['queued', 480, 500],
      ['working', 500, 540],
    ]);
  });
});

describe('times without a zone', () => {
  it('are wall-clock minutes whatever the machine time zone, even in an hour that daylight saving skips there', () => {
    const saved = process.env.TZ;
    // Berlin skips 02:00-03:00 on Sunday 31 March 2024.
    process.env.TZ = 'Europe/Berlin';
    try {
      const events = checkMapping(
        { format: 'events', columns: { case: 'c', time: 't', status: 's' }, timeFormat: 'd/M/yyyy HH:mm' },
        'm.json',
      );
      const csv = 'c,t,s\nX,25/3/2024 10:00,working\nX,31/3/2024 02:30,resolved\n';
      const h = readHistory(csv, events);
      expect(h.origin).toBe('2024-03-25T00:00:00');
      // Monday 10:00 to Sunday 02:30: 6 days − 7 h 30 min = 8,190 minutes apart, as written.
      expect(h.cases[0].spells.map((s) => s.fromAt)).toEqual([600, 8790]);
      const iso = readHistory(
        'c,t,s\nX,2024-03-25T10:00,working\nX,2024-03-31 02:30:30,resolved\n',
        checkMapping({ format: 'events', columns: { case: 'c', time: 't', status: 's' } }, 'm.json'),
      );
      expect(iso.cases[0].resolvedAt).toBe(8790.5);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
