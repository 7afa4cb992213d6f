/**
 * The JSON Schema of history mappings (scenarios/mapping.schema.json), generated from the zod
 * schema the reader checks a mapping with: committed up to date, named by the shipped mappings,
 * accepting what the reader accepts and refusing a wrong field or value as the reader does.
 */
import Ajv from 'ajv';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaText } from '../src/cli/schema-files.js';
import { checkMapping, parseMapping } from '../src/fit/mapping.js';
import { mappingJsonSchema } from '../src/fit/mapping-json-schema.js';
import { EVENTS_MAPPING } from './fixtures/fit-read/hand-made.js';

const SCHEMA = 'scenarios/mapping.schema.json';
const MAPPINGS = readdirSync('data/mappings')
  .filter((name) => name.endsWith('.json'))
  .map((name) => `data/mappings/${name}`);

const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/** The committed schema's verdict on `raw`: its errors, none when it validates. */
const validate = (() => {
  const check = new Ajv({ allErrors: true }).compile(read(SCHEMA) as object);
  return (raw: unknown): string[] =>
    check(raw) ? [] : (check.errors ?? []).map((e) => `${e.dataPath} ${e.message}`);
})();

/** True when the reader accepts `raw` as a mapping. */
function readerAccepts(raw: unknown): boolean {
  try {
    checkMapping(raw, 'mapping.json');
    return true;
  } catch {
    return false;
  }
}

describe('the JSON Schema of history mappings', () => {
  it('is committed exactly as this version generates it', () => {
    expect(readFileSync(SCHEMA, 'utf8'), `${SCHEMA} is out of date: run npm run build and commit it`).toBe(
      schemaText(mappingJsonSchema()),
    );
  });

  it('is named in $schema by every shipped mapping, which it and the reader accept', () => {
    expect(MAPPINGS).toContain('data/mappings/servicenow.json');
    for (const file of MAPPINGS) {
      const raw = read(file) as { $schema?: unknown };
      expect(typeof raw.$schema, file).toBe('string');
      expect(relative('.', join(dirname(file), raw.$schema as string)), file).toBe(SCHEMA);
      expect(validate(raw), file).toEqual([]);
      // The reader ignores $schema.
      expect(parseMapping(readFileSync(file, 'utf8'), file)).not.toHaveProperty('$schema');
    }
  });

  it('accepts the mappings the reader accepts: the test fixtures, a tickets mapping, nulls in value maps', () => {
    const accepted = [
      read('test/fixtures/fit/round-trip-mapping.json'),
      EVENTS_MAPPING,
      {
        format: 'tickets',
        delimiter: '\t',
        columns: { case: 'id', opened: 'created', resolved: 'solved', firstResponse: 'answered' },
        tiers: { L1: 'se', '*': null },
        specialties: { Mail: 'XADM', '*': null },
        contracts: { Gold: 'premier' },
        openedGraceMinutes: 0,
      },
    ];
    for (const raw of accepted) {
      expect(readerAccepts(raw)).toBe(true);
      expect(validate(raw)).toEqual([]);
    }
  });

  it('refuses a wrong key or a value of the wrong type, as the reader does', () => {
    const base = read('data/mappings/servicenow.json') as Record<string, unknown>;
    const columns = base.columns as Record<string, string>;
    const wrong: Record<string, unknown>[] = [
      // Unknown keys, at the top and in columns.
      { ...base, colums: columns },
      { ...base, columns: { ...columns, priority: 'priority' } },
      // Values of the wrong type or outside their choices.
      { ...base, format: 'log' },
      { ...base, missing: '?' },
      { ...base, openedGraceMinutes: '60' },
      { ...base, openedGraceMinutes: -5 },
      { ...base, delimiter: ';;' },
      { ...base, tiers: { '0': 'tier9' } },
      { ...base, severities: { '1 - Critical': 'D' } },
      { ...base, columns: { ...columns, case: 7 } },
      // What a format requires of its columns.
      { ...base, columns: { case: 'number', status: 'incident_state' } },
      { ...base, columns: { ...columns, firstResponse: 'x' } },
      { format: 'tickets', columns: { case: 'id', time: 'at' } },
    ];
    for (const raw of wrong) {
      expect(readerAccepts(raw), JSON.stringify(raw)).toBe(false);
      expect(validate(raw), JSON.stringify(raw)).not.toEqual([]);
    }
    expect(validate({ ...base, tier: {} })).toContain(' should NOT have additional properties');
  });
});
