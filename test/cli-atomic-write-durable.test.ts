import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../src/cli/atomic-write.js';
import { removeTempDirs, tempDir } from './fixtures/cli/cli.js';

// Every file-system call writeFileAtomic makes, in order, with the path each descriptor was opened on.
const calls: string[] = [];
const opened = new Map<number, string>();

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const name = (fd: number): string => opened.get(fd) ?? `fd ${fd}`;
  return {
    ...real,
    openSync: (path: fs.PathLike, flags?: fs.OpenMode) => {
      const fd = real.openSync(path, flags ?? 'r');
      opened.set(fd, String(path));
      calls.push(`open ${String(path)} ${String(flags)}`);
      return fd;
    },
    writeSync: (fd: number, ...rest: unknown[]) => {
      calls.push(`write ${name(fd)}`);
      return (real.writeSync as (fd: number, ...a: unknown[]) => number)(fd, ...rest);
    },
    fsyncSync: (fd: number) => {
      calls.push(`fsync ${name(fd)}`);
      real.fsyncSync(fd);
    },
    closeSync: (fd: number) => {
      calls.push(`close ${name(fd)}`);
      real.closeSync(fd);
    },
    renameSync: (from: fs.PathLike, to: fs.PathLike) => {
      calls.push(`rename ${String(from)} -> ${String(to)}`);
      real.renameSync(from, to);
    },
  };
});

afterAll(removeTempDirs);
beforeEach(() => {
  calls.length = 0;
  opened.clear();
});

describe('writeFileAtomic on the disk', () => {
  it('syncs the temporary file before renaming it, then syncs the folder', () => {
    const dir = tempDir();
    const target = join(dir, 'rep-00003.json');
    writeFileAtomic(target, '{"replication":3}');
    const temp = calls[0].split(' ')[1];
    expect(temp.startsWith(join(dir, '.rep-00003.json.'))).toBe(true);
    expect(calls).toEqual([
      `open ${temp} w`,
      `write ${temp}`,
      `fsync ${temp}`,
      `close ${temp}`,
      `rename ${temp} -> ${target}`,
      `open ${dir} r`,
      `fsync ${dir}`,
      `close ${dir}`,
    ]);
    expect(fs.readFileSync(target, 'utf8')).toBe('{"replication":3}');
  });

  it('writes pieces one by one, in order, into one synced file', () => {
    const dir = tempDir();
    const target = join(dir, 'timeseries.csv');
    writeFileAtomic(target, ['hour,pool\n', '0,router\n', '1,routeur – é\n']);
    expect(calls.filter((c) => c.startsWith('write')).length).toBe(3);
    expect(calls.indexOf(calls.find((c) => c.startsWith('fsync'))!)).toBeLessThan(
      calls.findIndex((c) => c.startsWith('rename')),
    );
    expect(fs.readFileSync(target, 'utf8')).toBe('hour,pool\n0,router\n1,routeur – é\n');
    expect(fs.readdirSync(dir)).toEqual(['timeseries.csv']);
  });

  it('leaves the previous file and no temporary file when a piece cannot be produced', () => {
    const dir = tempDir();
    const target = join(dir, 'timeseries.csv');
    fs.writeFileSync(target, 'previous\n');
    function* failing(): Generator<string> {
      yield 'hour,pool\n';
      throw new Error('out of pieces');
    }
    expect(() => writeFileAtomic(target, failing())).toThrow('out of pieces');
    expect(fs.readdirSync(dir)).toEqual(['timeseries.csv']);
    expect(fs.readFileSync(target, 'utf8')).toBe('previous\n');
  });
});
