import Ajv from 'ajv';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITOR_SCHEMAS, schemaText } from '../src/cli/schema-files.js';
import { scenarioJsonSchema } from '../src/sim/index.js';

/** Every JSON file under scenarios/, as a path from the repository root. */
function shippedFiles(dir = 'scenarios'): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? shippedFiles(join(dir, entry.name))
        : entry.name.endsWith('.json')
          ? [join(dir, entry.name)]
          : [],
    )
    .sort();
}

const SCHEMA_FILES = EDITOR_SCHEMAS.map((s) => `scenarios/${s.file}`);
const SWEEPS = shippedFiles().filter((f) => f.startsWith('scenarios/sweeps/'));
const SCENARIOS = shippedFiles().filter((f) => !SCHEMA_FILES.includes(f) && !SWEEPS.includes(f));

const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/** A validator of the committed schema `file`, reporting every error. */
function validator(file: string) {
  const ajv = new Ajv({ allErrors: true });
  const validate = ajv.compile(read(file) as object);
  return (raw: unknown): string[] => {
    if (validate(raw)) return [];
    return (validate.errors ?? []).map((e) => `${e.dataPath} ${e.message}`);
  };
}

describe('the JSON Schemas of scenarios/ for editors', () => {
  it('are committed exactly as this version generates them', () => {
    for (const schema of EDITOR_SCHEMAS) {
      const file = `scenarios/${schema.file}`;
      expect(readFileSync(file, 'utf8'), `${file} is out of date: run npm run build and commit it`).toBe(
        schemaText(schema.generate()),
      );
    }
  });

  it('finds the shipped files', () => {
    expect(SCENARIOS).toContain('scenarios/baseline.json');
    expect(SCENARIOS).toContain('scenarios/teach/hard-case-hotfix.json');
    expect(SWEEPS).toContain('scenarios/sweeps/xadm-teams-by-volume.json');
  });

  it('are named in $schema by every shipped file, by a path that leads to them', () => {
    for (const file of [...SCENARIOS, ...SWEEPS]) {
      const named = (read(file) as { $schema?: unknown }).$schema;
      expect(typeof named, file).toBe('string');
      const target = relative('.', join(dirname(file), named as string));
      expect(target, file).toBe(
        SWEEPS.includes(file) ? 'scenarios/sweep.schema.json' : 'scenarios/scenario.schema.json',
      );
    }
  });

  it('accept every shipped scenario, overlays included, and every shipped sweep file', () => {
    const scenario = validator('scenarios/scenario.schema.json');
    for (const file of SCENARIOS) expect(scenario(read(file)), file).toEqual([]);
    const sweep = validator('scenarios/sweep.schema.json');
    for (const file of SWEEPS) expect(sweep(read(file)), file).toEqual([]);
  });

  it('accept the parser-valid fixtures too (durations as numbers, a per-severity map, a named schedule)', () => {
    const scenario = validator('scenarios/scenario.schema.json');
    for (const file of ['test/fixtures/cli/good.json', 'test/fixtures/scenario/textbook-tiers.json']) {
      expect(scenario(read(file)), file).toEqual([]);
    }
  });

  it('reject what the parser rejects at the field: a bad value, an unknown field, an unknown distribution', () => {
    const scenario = validator('scenarios/scenario.schema.json');
    const base = read('scenarios/baseline.json') as Record<string, unknown>;
    const bad = (change: Record<string, unknown>) => scenario({ ...base, ...change });
    expect(bad({ pools: { router: { staff: -2 } } })).toContain('.pools.router.staff should be >= 0');
    expect(bad({ seeds: 3 }).join('\n')).toContain('should NOT have additional properties');
    expect(bad({ pools: { router: { triage: { dist: 'weibull', mean: '5m' } } } })).not.toEqual([]);
    expect(bad({ horizon: { days: '35 days' } })).not.toEqual([]);
    expect(scenario({ ...base, name: undefined })).toContain(" should have required property 'name'");
  });

  it('let an overlay leave fields out and remove them with null, but still check what it writes', () => {
    const scenario = validator('scenarios/scenario.schema.json');
    expect(scenario({ extends: 'baseline.json', pools: { router: { staff: 8, patience: null } } })).toEqual(
      [],
    );
    const constant = { dist: 'constant', value: '6m', mean: null, sd: null };
    expect(scenario({ extends: 'baseline.json', pools: { router: { triage: constant } } })).toEqual([]);
    expect(scenario({ extends: 'baseline.json', pools: { router: { staff: 'eight' } } })).not.toEqual([]);
    expect(scenario({ extends: 'baseline.json', pools: { routers: {} } })).not.toEqual([]);
    // A list is replaced whole, so its items must be complete.
    expect(scenario({ extends: 'baseline.json', arrivals: { surges: [{ toDay: 3 }] } })).not.toEqual([]);
  });

  it('describe every field: no subschema is left empty (which would accept anything)', () => {
    const empty: string[] = [];
    const visit = (node: unknown, at: string): void => {
      if (typeof node !== 'object' || node === null) return;
      const schema = node as Record<string, unknown>;
      if (Object.keys(schema).length === 0) empty.push(at);
      const children: [string, unknown][] = [];
      for (const key of ['properties', 'definitions']) {
        for (const [name, child] of Object.entries((schema[key] as object | undefined) ?? {})) {
          children.push([`${at}/${key}/${name}`, child]);
        }
      }
      for (const key of ['items', 'additionalProperties', 'propertyNames', 'if', 'then', 'else']) {
        if (typeof schema[key] === 'object') children.push([`${at}/${key}`, schema[key]]);
      }
      for (const key of ['anyOf', 'allOf', 'oneOf']) {
        ((schema[key] as unknown[] | undefined) ?? []).forEach((child, i) =>
          children.push([`${at}/${key}/${i}`, child]),
        );
      }
      for (const [where, child] of children) visit(child, where);
    };
    visit(scenarioJsonSchema(), '#');
    expect(empty).toEqual([]);
  });
});
