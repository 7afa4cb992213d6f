import type { z } from 'zod';
import { clip } from './messages.js';
import { printable } from './printable.js';

/** One problem in a scenario file: the field's path (`pools.router.staff`, `pools.router.schedule.shifts[0].start`) and what is wrong. */
export interface ScenarioIssue {
  readonly path: string;
  readonly message: string;
  /** The file that wrote the value when it is not the file being parsed: a base it `extends`. */
  readonly file?: string;
}

/** Problems of one file shown in a message; the rest are counted (`... and 49,980 more problems`). */
export const SHOWN_ISSUES_MAX = 20;

/**
 * A scenario file that cannot be used; the message lists its issues, one per line:
 * `file: path: message`, where file is the issue's own (a base file) or else `file`. Past
 * {@link SHOWN_ISSUES_MAX} a last line counts the others (`issues` holds them all).
 */
export class ScenarioError extends Error {
  constructor(
    readonly file: string,
    readonly issues: ScenarioIssue[],
  ) {
    const lines = issues.slice(0, SHOWN_ISSUES_MAX).map((issue) => formatIssue(issue.file ?? file, issue));
    const more = issues.length - lines.length;
    if (more > 0) lines.push(`${file}: ... and ${more.toLocaleString('en-US')} more problems`);
    // File and field names are the user's: their control characters are escaped (a terminal
    // would obey an escape sequence in an unknown field's name).
    super(printable(lines.join('\n'), true));
    this.name = 'ScenarioError';
  }
}

/** `scenarios/x.json: pools.router.staff: expected a whole number >= 0, got -2`. */
export function formatIssue(file: string, issue: ScenarioIssue): string {
  return issue.path === '' ? `${file}: ${issue.message}` : `${file}: ${issue.path}: ${issue.message}`;
}

/** Characters of one field name shown in a path: a specialty name whole, an unknown key of a paragraph cut. */
const SHOWN_KEY_MAX = 64;

/** Levels of a path shown before `...` stands for the rest (a path into deep nesting). */
const SHOWN_PATH_DEPTH = 12;

/**
 * A field path as the format writes it: `pools.se.specialties.XADM`, `schedules.night.shifts[0].start`.
 * A long field name is cut to its start, a deep path to its first levels (`a[0][0]...`).
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path.slice(0, SHOWN_PATH_DEPTH)) {
    if (typeof key === 'number') text += `[${key}]`;
    else {
      const name = clip(String(key), SHOWN_KEY_MAX);
      text += text === '' ? name : `.${name}`;
    }
  }
  return path.length > SHOWN_PATH_DEPTH ? `${text}...` : text;
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
    // The whole path: two long field names that start alike are two problems.
    const key = `${line.file ?? ''}\u0000${path.map(String).join('\u0000')}\u0000${line.message}`;
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
