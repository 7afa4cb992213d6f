import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../src/cli/atomic-write.js';
import { removeTempDirs, tempDir } from './fixtures/cli/cli.js';

afterAll(removeTempDirs);

describe('writeFileAtomic', () => {
  it('writes the text and leaves only the target in the folder', () => {
    const dir = tempDir();
    writeFileAtomic(join(dir, 'kpis.csv'), 'kpi,scope\n');
    expect(readdirSync(dir)).toEqual(['kpis.csv']);
    expect(readFileSync(join(dir, 'kpis.csv'), 'utf8')).toBe('kpi,scope\n');
  });

  it('replaces an older file of the same name', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'flows.csv'), 'old and longer text\n');
    writeFileAtomic(join(dir, 'flows.csv'), 'new\n');
    expect(readFileSync(join(dir, 'flows.csv'), 'utf8')).toBe('new\n');
    expect(readdirSync(dir)).toEqual(['flows.csv']);
  });

  it('creates the missing folders on the way', () => {
    const dir = tempDir();
    writeFileAtomic(join(dir, 'a', 'b', 'summary.json'), '{}');
    expect(readFileSync(join(dir, 'a', 'b', 'summary.json'), 'utf8')).toBe('{}');
  });

  it('throws and leaves no temporary file when the target is a folder', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'kpis.csv'));
    writeFileSync(join(dir, 'kpis.csv', 'inside'), 'keep me');
    expect(() => writeFileAtomic(join(dir, 'kpis.csv'), 'text')).toThrow();
    expect(readdirSync(dir)).toEqual(['kpis.csv']);
    expect(readdirSync(join(dir, 'kpis.csv'))).toEqual(['inside']);
  });

  it('throws and leaves no temporary file when the target is an empty folder', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'trace.csv'));
    expect(() => writeFileAtomic(join(dir, 'trace.csv'), 'text')).toThrow(/EISDIR|EEXIST|ENOTEMPTY|EPERM/);
    expect(readdirSync(dir)).toEqual(['trace.csv']);
  });
});
