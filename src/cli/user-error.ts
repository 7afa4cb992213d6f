/** A mistake of the user's (bad file, bad option): one line on stderr and exit code 2. */
export class UserError extends Error {
  override readonly name = 'UserError';
}

/** Exit codes: 0 success, 1 internal error, 2 user mistake. */
export const EXIT = { ok: 0, internal: 1, user: 2 } as const;
