import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LIMITS,
  parseScenario,
  parseScenarioText,
  ScenarioError,
  tooDeepPath,
} from '../src/sim/scenario/index.js';
import { requireBuiltCli, removeTempDirs, ROOT, STACK_FRAME, tempDir, tiersim } from './fixtures/cli/cli.js';

const FILE = 'scenarios/x.json';
const DEPTH = 100_000;
/** 100,000 levels of `[`, as text (JSON.stringify of the parsed value would overflow the stack). */
const DEEP_TEXT = '['.repeat(DEPTH) + ']'.repeat(DEPTH);

/** A value nested `levels` deep: [[...[]...]]. */
function nested(levels: number): unknown {
  let value: unknown = [];
  for (let i = 1; i < levels; i++) value = [value];
  return value;
}

/** The error lines of a scenario that must not load. */
function linesOf(raw: unknown, readText?: (path: string) => string): string[] {
  try {
    parseScenario(raw, { file: FILE, readText });
  } catch (error) {
    if (error instanceof ScenarioError) return error.message.split('\n');
    throw error;
  }
  throw new Error('the scenario loaded');
}

describe('deep nesting', () => {
  it('is found without recursion at any depth, with the path to the first level too deep', () => {
    // The object is level 1, the list 2, the inner object 3, the nested lists 4 and on.
    expect(tooDeepPath({ a: [{ b: nested(LIMITS.nesting - 3) }] })).toBeNull();
    expect(tooDeepPath({ a: [{ b: nested(LIMITS.nesting - 2) }] })).toEqual([
      'a',
      0,
      'b',
      ...Array.from({ length: LIMITS.nesting - 3 }, () => 0),
    ]);
    expect(tooDeepPath(JSON.parse(DEEP_TEXT))).toHaveLength(LIMITS.nesting);
  });
});

describe('deep nesting, parsed from text', () => {
  it('of 100,000 levels is one line naming the field, before anything recursive sees it', () => {
    let message = '';
    try {
      parseScenarioText(`{ "name": "x", "pools": { "router": { "staff": ${DEEP_TEXT} } } }`, { file: FILE });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(
      `${FILE}: pools.router.staff[0][0][0][0][0][0][0][0][0]...: nested more than 64 levels deep (lists and objects within one another)`,
    );
  });

  it('in a base file is named after the base', () => {
    const files: Record<string, string> = {
      'base.json': `{ "name": "base", "description": ${DEEP_TEXT} }`,
    };
    const read = (path: string) => files[path];
    expect(linesOf({ extends: 'base.json', name: 'x' }, read)).toEqual([
      'scenarios/base.json: description[0][0][0][0][0][0][0][0][0][0][0]...: nested more than 64 levels deep (lists and objects within one another)',
    ]);
  });
});

describe('huge inputs in error messages', () => {
  it('quote a 2 MB value by its first 80 characters', () => {
    const lines = linesOf({ name: 'x', pools: { router: { schedule: 'x'.repeat(2_000_000) } } });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(
      `${FILE}: pools.router.schedule: unknown schedule "${'x'.repeat(76)}... (schedules are 24x7, business)`,
    );
  });

  it('quote a 2 MB CSV cell by its start', () => {
    const csv = `minutes\n5\n${'9'.repeat(2_000_000)}x\n`;
    const lines = linesOf(
      { name: 'x', pools: { router: { triage: { dist: 'empirical', file: 't.csv', column: 'minutes' } } } },
      () => csv,
    );
    expect(lines).toHaveLength(1);
    expect(lines[0].length).toBeLessThan(250);
    expect(lines[0]).toMatch(/t\.csv row 3: minutes: expected a duration .*, got "9{70,}\.\.\.$/);
  });

  it('list the first 20 of 50,000 unknown fields and count the rest', () => {
    const raw: Record<string, unknown> = { name: 'x' };
    for (let i = 0; i < 50_000; i++) raw[`field${i}`] = i;
    const lines = linesOf(raw);
    expect(lines).toHaveLength(21);
    expect(lines.slice(0, 2)).toEqual([`${FILE}: field0: unknown field`, `${FILE}: field1: unknown field`]);
    expect(lines[20]).toBe(`${FILE}: ... and 49,980 more problems`);
  });

  it('cut a field name of 300 characters to its first 64, and keep two long names that start alike apart', () => {
    const a = `${'k'.repeat(299)}a`;
    const b = `${'k'.repeat(299)}b`;
    expect(linesOf({ name: 'x', [a]: 1, [b]: 2 })).toEqual([
      `${FILE}: ${'k'.repeat(61)}...: unknown field`,
      `${FILE}: ${'k'.repeat(61)}...: unknown field`,
    ]);
  });
});

describe('tiersim on deep nesting and huge files', () => {
  beforeAll(requireBuiltCli);
  afterAll(removeTempDirs);

  /** Exit 2, nothing on stdout, no stack trace, no stack overflow; the stderr lines. */
  function refused(...args: string[]): string[] {
    const result = tiersim(...args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(STACK_FRAME);
    expect(result.stderr).not.toContain('Maximum call stack');
    return result.stderr.trimEnd().split('\n');
  }

  it('validate and run refuse 100,000 levels of [ with one line naming the field', () => {
    const file = relative(ROOT, join(tempDir(), 'deep.json'));
    writeFileSync(join(ROOT, file), `{ "name": "x", "textbook": true, "pools": ${DEEP_TEXT} }`);
    const line = `${file}: pools[0][0][0][0][0][0][0][0][0][0][0]...: nested more than 64 levels deep (lists and objects within one another)`;
    expect(refused('validate', file)).toEqual([line]);
    expect(refused('run', file)).toEqual([line]);
  });

  it('sweep refuses a sweep file nested 100,000 levels deep', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sweeps'));
    const file = relative(ROOT, join(dir, 'sweeps', 'deep.json'));
    writeFileSync(join(ROOT, file), `{ "name": "x", "scenario": "../x.json", "set": ${DEEP_TEXT} }`);
    expect(refused('sweep', file)).toEqual([
      `${file}: set[0][0][0][0][0][0][0][0][0][0][0]...: nested more than 64 levels deep (lists and objects within one another)`,
    ]);
  });

  it('validate prints 21 lines for a file with 50,000 unknown fields', () => {
    const raw: Record<string, unknown> = { name: 'x', textbook: true };
    for (let i = 0; i < 50_000; i++) raw[`field${i}`] = i;
    const file = relative(ROOT, join(tempDir(), 'wide.json'));
    writeFileSync(join(ROOT, file), JSON.stringify(raw));
    const lines = refused('validate', file);
    expect(lines).toHaveLength(21);
    expect(lines[20]).toBe(`${file}: ... and 49,980 more problems`);
  });
});
