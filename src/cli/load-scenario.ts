import {
  jsonProblem,
  nestingIssue,
  parseScenario,
  resolveOverlays,
  ScenarioError,
  type ReadText,
  type ResolvedScenario,
  type Scenario,
} from '../sim/index.js';
import { readInputFile, readNamedFile } from './input-file.js';
import { fileProblem, UserError } from './user-error.js';

/**
 * Reads and validates a scenario file. CSV paths inside it, and the scenario it `extends`, are
 * relative to the file. Throws ScenarioError (every issue of the file and the files it extends)
 * or UserError (unreadable file, bad JSON).
 */
export function loadScenarioFile(file: string): Scenario {
  return parseScenarioAt(readJsonFile(file), file);
}

/**
 * Validates scenario JSON as if it were the file `file` (CSV paths and `extends` relative to
 * it); `label` names it in error messages (e.g. a sweep variant) instead of the file.
 */
export function parseScenarioAt(raw: unknown, file: string, label = file): Scenario {
  return parseScenario(raw, { file, label, readText: readerFor(file) });
}

/**
 * A scenario file read with its chain of `extends` merged (see resolveOverlays): the JSON to
 * vary (sweeps, the staffing search) with CSV paths relative to `file`. Throws like
 * {@link loadScenarioFile}.
 */
export function resolveScenarioFile(file: string): ResolvedScenario {
  return resolveOverlays(readJsonFile(file), { file, readText: readerFor(file) });
}

/**
 * Reads files by their path relative to the folder of `file`: regular files only, within the
 * folders a scenario may read (see input-file.ts).
 */
function readerFor(file: string): ReadText {
  return (path) => readNamedFile(file, path);
}

/**
 * Reads a JSON file named on the command line (a regular file, see input-file.ts); a UserError
 * (one line) when it cannot be read or parsed. A syntax error is described without quoting the
 * file's text.
 */
export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readInputFile(file);
  } catch (error) {
    throw new UserError(`${file}: cannot read the file: ${fileProblem(error)}`);
  }
  // Editors on Windows may save a byte-order mark, which JSON.parse rejects.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let raw: unknown;
  try {
    raw = JSON.parse(text) as unknown;
  } catch (error) {
    throw new UserError(`${file}: not valid JSON: ${jsonProblem(error)}${lineAndColumn(text, error)}`);
  }
  // JSON.parse copes with any depth; the recursive code after it (overlays, zod, messages) would not.
  const deep = nestingIssue(raw);
  if (deep !== null) throw new ScenarioError(file, [deep]);
  return raw;
}

/** ` (line 4, column 1)` for V8's "... at position 35" messages, which only count characters. */
function lineAndColumn(text: string, error: unknown): string {
  const message = (error as Error).message;
  const match = /at position (\d+)/.exec(message);
  if (match === null || /line \d+/.test(message)) return '';
  const before = text.slice(0, Number(match[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return ` (line ${line}, column ${column})`;
}

export { ScenarioError };
