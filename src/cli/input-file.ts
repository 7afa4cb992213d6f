import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Reading the files a scenario names (the scenario itself, the bases it `extends`, its CSV
 * inputs) without trusting their paths: only regular files are read (a device such as
 * `/dev/zero`, a pipe or a socket is refused before a byte is read, and a FIFO never blocks),
 * at most {@link MAX_INPUT_BYTES} of them, and a path written *inside* a file may lead only into
 * the folders of {@link InputPathPolicy} (by default the scenario's own folder tree and the
 * project's `data/` and `scenarios/`), so that a scenario from elsewhere cannot make tiersim
 * read, and quote in an error, `../../../etc/passwd`.
 */

/** Largest file tiersim reads as a scenario, a base or a CSV input: 64 MiB. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** The project's own folders, which every scenario may read: its bundled scenarios and data. */
export const PROJECT_FOLDERS: readonly string[] = ['data', 'scenarios'].map((name) =>
  // Two folders up from src/cli and from dist/cli alike.
  resolve(fileURLToPath(new URL(`../../${name}`, import.meta.url))),
);

/** Where files named inside a scenario may be (set from the command line). */
export interface InputPathPolicy {
  /** Folders allowed besides the scenario's own and {@link PROJECT_FOLDERS} (`--allow-path`). */
  readonly allowed: readonly string[];
  /** Any path at all (`--allow-any-path`): only the checks on the file itself remain. */
  readonly anyPath: boolean;
}

/** The policy without --allow-path or --allow-any-path: what every run allows. */
export const DEFAULT_INPUT_PATH_POLICY: InputPathPolicy = { allowed: [], anyPath: false };

let policy: InputPathPolicy = DEFAULT_INPUT_PATH_POLICY;

/** Sets the folders files named inside scenarios may be in, for the rest of the process. */
export function setInputPathPolicy(next: InputPathPolicy): void {
  policy = { allowed: next.allowed.map((folder) => resolve(folder)), anyPath: next.anyPath };
}

/** The current policy (for messages and tests). */
export function inputPathPolicy(): InputPathPolicy {
  return policy;
}

/** A file that may not be read: a one-line reason, as the messages that name the file show it. */
export class InputFileError extends Error {
  override readonly name = 'InputFileError';
}

/**
 * Reads a file the user named on the command line (a scenario or a sweep file), as UTF-8: any
 * path, but only a regular file of at most {@link MAX_INPUT_BYTES}. Throws Node's file-system
 * errors (ENOENT...) or an {@link InputFileError}.
 */
export function readInputFile(path: string): string {
  return readRegularFile(path);
}

/**
 * Reads a file named inside the scenario file `entry` (an `extends` base, a CSV input) by its
 * path relative to the folder of `entry`: a regular file of at most {@link MAX_INPUT_BYTES},
 * whose real path (links followed) is in the folder tree of `entry` or a folder the
 * {@link InputPathPolicy} allows. Throws like {@link readInputFile}.
 */
export function readNamedFile(entry: string, path: string): string {
  const folder = dirname(resolve(entry));
  const target = resolve(folder, path);
  const problem = namedPathProblem(folder, target);
  if (problem !== null) throw new InputFileError(problem);
  return readRegularFile(target);
}

/**
 * Why a file named inside a scenario of `folder` may not be read at `target` (an absolute
 * path) under `rules` (default: the current policy), or null when it may (or does not exist:
 * opening it then says so).
 */
export function namedPathProblem(
  folder: string,
  target: string,
  rules: InputPathPolicy = policy,
): string | null {
  if (rules.anyPath) return null;
  let real: string;
  try {
    real = realpathSync.native(target);
  } catch {
    return null;
  }
  const roots = [folder, ...PROJECT_FOLDERS, ...rules.allowed];
  if (roots.some((root) => isWithin(realOrSelf(root), real))) return null;
  return (
    "outside the folders a scenario may read: its own folder and the project's data/ and scenarios/; " +
    '--allow-path <folder> or --allow-any-path allows more'
  );
}

/** True when `path` is `folder` or inside it (both absolute, links resolved). */
function isWithin(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

function realOrSelf(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}

/**
 * The text of a regular file. Opened non-blocking, so that a FIFO without a writer does not
 * block the open (it is then refused by fstat, like every file that is not a regular file); a
 * file larger than the limit is refused by its size, and one that grows while read (or whose
 * size the system does not know, as in /proc) is stopped at the limit.
 */
function readRegularFile(path: string): string {
  // O_NONBLOCK and O_NOCTTY are undefined on Windows, where neither is needed.
  const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
  const fd = openSync(path, flags);
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) {
      // As readFileSync would say it, so that messages read "it is a folder, not a file".
      throw Object.assign(new Error('EISDIR: illegal operation on a directory, read'), {
        code: 'EISDIR',
        syscall: 'read',
      });
    }
    if (!stat.isFile()) {
      throw new InputFileError('not a regular file (a device, pipe or socket): tiersim reads only files');
    }
    if (stat.size > MAX_INPUT_BYTES) throw tooLarge();
    // One byte more than the size, to see the end of the file in the first read.
    let buffer = Buffer.allocUnsafe(stat.size + 1);
    let total = 0;
    for (;;) {
      if (total === buffer.length) {
        if (total > MAX_INPUT_BYTES) throw tooLarge();
        const larger = Buffer.allocUnsafe(Math.min(Math.max(2 * total, 4096), MAX_INPUT_BYTES + 1));
        buffer.copy(larger, 0, 0, total);
        buffer = larger;
      }
      const n = readSync(fd, buffer, total, buffer.length - total, null);
      if (n === 0) break;
      total += n;
    }
    if (total > MAX_INPUT_BYTES) throw tooLarge();
    return buffer.toString('utf8', 0, total);
  } finally {
    closeSync(fd);
  }
}

function tooLarge(): InputFileError {
  return new InputFileError(
    `larger than ${MAX_INPUT_BYTES / (1024 * 1024)} MB, the most tiersim reads from a file`,
  );
}
