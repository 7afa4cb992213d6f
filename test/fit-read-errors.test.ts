import { describe, expect, it } from 'vitest';
import { HistoryError } from '../src/fit/history-error.js';
import { checkMapping, parseMapping } from '../src/fit/mapping.js';
import { readHistory } from '../src/fit/read-history.js';

const COLUMNS = { case: 'number', time: 'updated', status: 'state' };

/** The message of the HistoryError that checking `json` as `mapping.json` throws. */
function mappingError(json: unknown): string {
  try {
    checkMapping(json, 'mapping.json');
  } catch (error) {
    expect(error).toBeInstanceOf(HistoryError);
    return (error as HistoryError).message;
  }
  throw new Error('the mapping was accepted');
}

describe('a mapping that cannot be used', () => {
  it('names the file and the key path at fault, on one line', () => {
    const cases: [unknown, string][] = [
      [{ format: 'events', columns: { time: 'updated' } }, 'mapping.json: columns.case: required'],
      [
        { format: 'events', columns: COLUMNS, tiers: { '0': 'se', '7': 'tier9' } },
        'mapping.json: tiers."7": "tier9" is not a tier (router, se, pods, beta, problemControl, escalation)',
      ],
      [{ columns: COLUMNS }, 'mapping.json: format: required'],
      [
        { format: 'log', columns: COLUMNS },
        'mapping.json: format: expected "events" or "tickets", got "log"',
      ],
      [
        { format: 'events', columns: { case: 'number' } },
        'mapping.json: columns.time: required for format "events"',
      ],
      [
        { format: 'tickets', columns: { case: 'number' } },
        'mapping.json: columns.opened: required for format "tickets"',
      ],
      [
        { format: 'events', columns: { ...COLUMNS, firstResponse: 'x' } },
        'mapping.json: columns.firstResponse: not read in format "events" (it reads case, time, status, tier, severity, specialty, contract, resource, opened, resolved)',
      ],
      [
        { format: 'events', columns: COLUMNS, severities: { '1 - Critical': 'D' } },
        'mapping.json: severities."1 - Critical": "D" is not a severity (A, B, C)',
      ],
      [
        { format: 'events', columns: COLUMNS, statuses: { Active: 'busy' } },
        'mapping.json: statuses.Active: "busy" is not a status (queued, working, customerWait, vendorWait, resolved, closed, cancelled)',
      ],
      [
        { format: 'events', columns: COLUMNS, timeFormat: 'DD/MM/YYYY' },
        'mapping.json: timeFormat: "YYYY" is a week-numbering year in date-fns: use "yyyy" for the calendar year',
      ],
      [
        { format: 'events', columns: COLUMNS, timeFormat: 'dd/MM/yyyy hh:nn' },
        'mapping.json: timeFormat: Format string contains an unescaped latin alphabet character `n`',
      ],
      [
        { format: 'events', columns: { ...COLUMNS, resolved: 'resolved_at' } },
        'mapping.json: columns.resolved: read only without a status column (a case is resolved by its status rows)',
      ],
      [
        { format: 'events', columns: { ...COLUMNS, case: '' } },
        'mapping.json: columns.case: expected a column name, got ""',
      ],
      [
        { format: 'events', columns: COLUMNS, missing: '?' },
        'mapping.json: missing: expected a list of texts, got "?"',
      ],
      [
        { format: 'events', columns: COLUMNS, openedGraceMinutes: -5 },
        'mapping.json: openedGraceMinutes: expected a number of minutes >= 0, got -5',
      ],
      [[], 'mapping.json: expected an object, got []'],
    ];
    for (const [json, message] of cases) expect([json, mappingError(json)]).toEqual([json, message]);
  });

  it('names an unknown field and lists the known ones, counting the other problems', () => {
    expect(mappingError({ format: 'events', colums: COLUMNS })).toBe(
      'mapping.json: columns: required (and 1 more problem)',
    );
    expect(mappingError({ format: 'events', columns: COLUMNS, tier: {} })).toMatch(
      /^mapping\.json: tier: unknown field \(known: format, columns, timeFormat, missing, tiers, /,
    );
    expect(mappingError({ format: 'events', columns: { ...COLUMNS, priority: 'p' } })).toMatch(
      /^mapping\.json: columns\.priority: unknown field \(known: case, time, status, /,
    );
  });

  it('says when the mapping file is not JSON', () => {
    expect(() => parseMapping('{ "format": ', 'mapping.json')).toThrow(/^mapping\.json: not JSON: /);
  });
});

describe('a history file that cannot be read', () => {
  const mapping = checkMapping(
    { format: 'events', columns: COLUMNS, timeFormat: 'd/M/yyyy HH:mm' },
    'mapping.json',
  );
  const read = (text: string) => () =>
    readHistory(text, mapping, { file: 'history.csv', mappingFile: 'mapping.json' });

  it('throws a HistoryError naming the file, and the mapping key and column that the header lacks', () => {
    expect(read('')).toThrow(new HistoryError('history.csv', 'no header: the file is empty'));
    expect(read('number,state,when\nA,New,1/3/2016 10:00\n')).toThrow(
      'history.csv: no column "updated" (columns.time in mapping.json) in the header: it has number, state, when',
    );
    expect(read('number,updated,state\n')).toThrow('history.csv: no data rows after the header');
    expect(read('number,updated,state\nA,"1/3/2016 10:00,New\n')).toThrow(
      /^history\.csv: not a CSV file: Quote Not Closed/,
    );
  });

  it('throws when no row is usable, counting why each was skipped', () => {
    expect(
      read('number,updated,state\nA,yesterday,New\nB,31/3/2016 09:00,Open\n,1/3/2016 10:00,New\n'),
    ).toThrow(
      'history.csv: no usable row among 3 (unparseable-time 1, unknown-status 1, missing-case-id 1; ' +
        'first unparseable-time: row 2: "yesterday", not "d/M/yyyy HH:mm")',
    );
    // Times with seconds against a format without them: the time format is the usual suspect.
    expect(read('number,updated,state\nA,1/3/2016 10:00:00,New\nA,1/3/2016 11:00:00,Closed\n')).toThrow(
      'history.csv: no usable row among 2 (unparseable-time 2; first unparseable-time: row 2: "1/3/2016 10:00:00", not "d/M/yyyy HH:mm")',
    );
  });

  it('does not quote a first row that does not read as column names', () => {
    expect(read('-----BEGIN KEY-----\nabc\n')).toThrow(
      'history.csv: no column "number" (columns.case in mapping.json) in the header: its first row does not read as column names',
    );
  });
});
