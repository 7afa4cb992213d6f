import type { z } from 'zod';

/** One problem in a scenario file: the field's path (`pools.router.staff`, `pools.router.schedule.shifts[0].start`) and what is wrong. */
export interface ScenarioIssue {
  readonly path: string;
  readonly message: string;
}

/** A scenario file that cannot be used; the message lists every issue, one per line: `file: path: message`. */
export class ScenarioError extends Error {
  constructor(
    readonly file: string,
    readonly issues: ScenarioIssue[],
  ) {
    super(issues.map((issue) => formatIssue(file, issue)).join('\n'));
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
 */
export function scenarioIssues(issues: readonly z.core.$ZodIssue[]): ScenarioIssue[] {
  const lines = issues.flatMap((issue): ScenarioIssue[] => {
    switch (issue.code) {
      case 'unrecognized_keys':
        return issue.keys.map((key) => ({
          path: formatPath([...issue.path, key]),
          message: 'unknown field',
        }));
      case 'invalid_key':
        return issue.issues.map((inner) => ({
          path: formatPath([...issue.path, ...inner.path]),
          message: inner.message,
        }));
      case 'invalid_union':
        // The schema avoids unions (see select.ts); report the first branch's issues should one appear.
        return scenarioIssues(
          (issue.errors[0] ?? []).map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })),
        );
      default:
        return [{ path: formatPath(issue.path), message: issue.message }];
    }
  });
  const seen = new Set<string>();
  return lines.filter((line) => {
    const key = `${line.path}\u0000${line.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
