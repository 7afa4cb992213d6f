import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

let counter = 0;

/**
 * Writes a file atomically and durably: the content goes to a temporary file in the same folder,
 * which is flushed to the disk (fsync) and then renamed over the target, and the folder is
 * flushed too where the system allows it. A reader never sees a half-written file; an interrupted
 * run, or a machine that loses power, leaves either the previous version or the new one.
 * `content` is the text, or its pieces in order (written one by one, never joined in memory).
 */
export function writeFileAtomic(path: string, content: string | Iterable<string>): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.${counter++}.tmp`);
  try {
    const fd = openSync(temp, 'w');
    try {
      if (typeof content === 'string') writeAll(fd, content);
      else for (const piece of content) writeAll(fd, piece);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(dir);
}

/** Writes all of a text (UTF-8): a write may take fewer bytes than it was given. */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done);
}

/**
 * Flushes a folder's entries (a rename into it) to the disk. Where folders cannot be opened or
 * synced (Windows, some network file systems) this does nothing: the file itself is synced.
 */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Not supported here (EISDIR, EPERM, EINVAL...): the rename is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
