import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { makeFolder } from './make-folder.js';

let counter = 0;

/**
 * Writes a file atomically and durably: the content goes to a temporary file in the same folder,
 * which is flushed to the disk (fsync) and then renamed over the target, and the folder is
 * flushed too where the system allows it. A reader never sees a half-written file; an interrupted
 * run, or a machine that loses power, leaves either the previous version or the new one.
 * `content` is the text, or its pieces in order (written one by one, never joined in memory).
 */
export function writeFileAtomic(path: string, content: string | Iterable<string>): void {
  const file = AtomicFile.create(path);
  try {
    if (typeof content === 'string') file.write(content);
    else for (const piece of content) file.write(piece);
    file.commit();
  } catch (error) {
    file.abort();
    throw error;
  }
}

/**
 * A file written atomically and durably (see {@link writeFileAtomic}) piece by piece, for text
 * that is produced over time (a trace written as a replication runs): {@link write} as often as
 * needed, then {@link commit} renames it into place, or {@link abort} drops it.
 */
export class AtomicFile {
  private fd: number | null;

  private constructor(
    readonly path: string,
    private readonly temp: string,
  ) {
    this.fd = openSync(temp, 'w');
  }

  /** Starts the file (its folder is made if need be); nothing is at `path` until {@link commit}. */
  static create(path: string): AtomicFile {
    const dir = dirname(path);
    makeFolder(dir);
    return new AtomicFile(path, join(dir, `.${basename(path)}.${process.pid}.${counter++}.tmp`));
  }

  /** Appends text (UTF-8) or bytes. */
  write(content: string | Uint8Array): void {
    if (this.fd === null) throw new Error(`${this.path}: written after it was committed or dropped`);
    writeAll(this.fd, content);
  }

  /** Flushes the file to the disk and renames it into place. */
  commit(): void {
    if (this.fd === null) throw new Error(`${this.path}: committed after it was committed or dropped`);
    const fd = this.fd;
    this.fd = null;
    try {
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(this.temp, this.path);
    } catch (error) {
      rmSync(this.temp, { force: true });
      throw error;
    }
    syncFolder(dirname(this.path));
  }

  /** Drops the file: the temporary file is removed and `path` is left as it was. */
  abort(): void {
    if (this.fd !== null) {
      closeSync(this.fd);
      this.fd = null;
    }
    rmSync(this.temp, { force: true });
  }
}

/** Writes all of a text (UTF-8) or of bytes: a write may take fewer bytes than it was given. */
function writeAll(fd: number, content: string | Uint8Array): void {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
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
