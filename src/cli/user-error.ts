import { printable } from '../sim/index.js';

/**
 * A mistake of the user's (bad file, bad option): one line on stderr and exit code 2. The
 * message may name files and fields the user gave: their control characters are escaped (see
 * `printable`), so that a name cannot send escape sequences to the terminal.
 */
export class UserError extends Error {
  override readonly name = 'UserError';

  constructor(message: string) {
    super(printable(message, true));
  }
}

/** Exit codes: 0 success, 1 internal error, 2 user mistake. */
export const EXIT = { ok: 0, internal: 1, user: 2 } as const;

/** Plain words for the file-system errors a user can cause or fix. */
const FILE_PROBLEMS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'a file of that name is in the way',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  ENAMETOOLONG: 'the name is too long',
  ENOTSUP: 'the file system does not allow it there',
};

/** True for an error of the file system (it has an errno code such as ENOENT). */
export function isFileError(error: unknown): error is NodeJS.ErrnoException {
  return (
    error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && 'syscall' in error
  );
}

/** What went wrong with a file, in words: `no such file or folder`, or the error's own message. */
export function fileProblem(error: unknown): string {
  if (!isFileError(error)) return error instanceof Error ? error.message : String(error);
  const code = error.code ?? '';
  return FILE_PROBLEMS[code] ?? `${code}: ${error.message}`;
}
