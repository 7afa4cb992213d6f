import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseScenario, ScenarioError, type Scenario } from '../sim/index.js';
import { UserError } from './user-error.js';

/**
 * Reads and validates a scenario file. CSV paths inside it are relative to the file.
 * Throws ScenarioError (every issue of the file) or UserError (unreadable file, bad JSON).
 */
export function loadScenarioFile(file: string): Scenario {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UserError(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  const base = dirname(resolve(file));
  return parseScenario(raw, { file, readText: (path) => readFileSync(resolve(base, path), 'utf8') });
}

export { ScenarioError };
