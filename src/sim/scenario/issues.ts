import type { z } from 'zod';

/** One problem in a scenario file: the field's path (`pools.router.staff`, `pools.router.schedule.shifts[0].start`) and what is wrong. */
export interface ScenarioIssue {
  readonly path: string;
  readonly message: string;
  /** The file that wrote the value when it is not the file being parsed: a base it `extends`. */
  readonly file?: string;
}

/**
 * A scenario file that cannot be used; the message lists every issue, one per line:
 * `file: path: message`, where file is the issue's own (a base file) or else `file`.
 */
export class ScenarioError extends Error {
  constructor(
    readonly file: string,
    readonly issues: ScenarioIssue[],
  ) {
    super(issues.map((issue) => formatIssue(issue.file ?? file, issue)).join('\n'));
    this.name = 'ScenarioError';
  }
}

/** `scenarios/x.json: pools.router.staff: expected a whole number >= 0, got -2`. */
export function formatIssue(file: string, issue: ScenarioIssue): string {
  return issue.path === '' ? `${file}: ${issue.message}` : `${file}: ${issue.path}: ${issue.message}`;
}

/** A field path as the format writes it: `pools.se.specialties.XADM`, `schedules.night.shifts[0].start`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}

/**
 * The scenario issues for zod's. The schema writes its own messages for every check, so only
 * the shapes zod reports itself need words here: unknown keys (one line each) and record keys.
 * `fileOf` names the base file that wrote the value at a path, if not the file being parsed.
 */
export function scenarioIssues(
  issues: readonly z.core.$ZodIssue[],
  fileOf: (path: readonly PropertyKey[]) => string | undefined = () => undefined,
): ScenarioIssue[] {
  const seen = new Set<string>();
  const lines: ScenarioIssue[] = [];
  for (const { path, message } of issues.flatMap(issueLines)) {
    const file = fileOf(path);
    const line = { path: formatPath(path), message, ...(file === undefined ? {} : { file }) };
    const key = `${line.file ?? ''}\u0000${line.path}\u0000${line.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push(line);
  }
  return lines;
}

/** One zod issue as lines of (field path, message). */
function issueLines(issue: z.core.$ZodIssue): { path: PropertyKey[]; message: string }[] {
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...issue.path, key], message: 'unknown field' }));
    case 'invalid_key':
      return issue.issues.map((inner) => ({ path: [...issue.path, ...inner.path], message: inner.message }));
    case 'invalid_union':
      // The schema avoids unions (see select.ts); report the first branch's issues should one appear.
      return (issue.errors[0] ?? []).flatMap((inner) =>
        issueLines({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue),
      );
    default:
      return [{ path: [...issue.path], message: issue.message }];
  }
}
