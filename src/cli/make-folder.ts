import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Creates a folder and its missing parents, like `mkdirSync(dir, { recursive: true })`, which
 * it replaces: Node's version retries for ever when creating a folder fails with ENOENT although
 * its parent exists, as in `/proc` (`--out /proc/x` spun at 100% CPU). Here every folder is
 * created once, parents first, and any failure is thrown as the file-system error it is; that
 * one case becomes ENOTSUP ("the file system does not allow a folder here"). A folder that is a
 * file throws EEXIST, one whose parent is a file ENOTDIR.
 */
export function makeFolder(dir: string): void {
  const missing: string[] = [];
  for (let at = resolve(dir); ;) {
    const kind = kindOf(at);
    if (kind === 'folder') break;
    // The folder itself is a file (EEXIST), or one of its parents is (ENOTDIR), as mkdir says.
    if (kind === 'file' && missing.length === 0)
      throw fileError('EEXIST', `file already exists, mkdir '${at}'`, at);
    if (kind === 'file' || kind === 'blocked')
      throw fileError('ENOTDIR', `not a directory, mkdir '${at}'`, at);
    missing.push(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Made meanwhile by someone else (another shard writing to the same place): fine.
      if (code === 'EEXIST' && kindOf(folder) === 'folder') continue;
      if (code === 'ENOENT' && kindOf(dirname(folder)) === 'folder')
        throw fileError('ENOTSUP', `cannot create a folder here, mkdir '${folder}'`, folder);
      throw error;
    }
  }
}

/** What is at a path: a folder, something else, nothing, or nothing possible (a parent is a file). */
function kindOf(path: string): 'folder' | 'file' | 'none' | 'blocked' {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'none';
    if (code === 'ENOTDIR') return 'blocked';
    throw error;
  }
}

/** An error shaped like Node's file-system errors (code, syscall, path), as messages expect. */
function fileError(code: string, what: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${what}`), { code, syscall: 'mkdir', path });
}
