import { readFileSync } from 'node:fs';
import { fileProblem, UserError } from '../user-error.js';

/**
 * A file of an output folder that cannot be used (truncated, emptied, edited by hand): the
 * message names it, says what is wrong and what to do about it (one line, exit code 2).
 */
export function damagedFile(path: string, why: string, remedy: string): UserError {
  return new UserError(`tiersim: ${path} is damaged (${why}); ${remedy}`);
}

/**
 * Reads a JSON file of an output folder and checks its shape with `read`, which returns the
 * value or a string saying what is wrong; a {@link damagedFile} error otherwise.
 */
export function readOutputJson<T>(path: string, read: (value: unknown) => T | string, remedy: string): T {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw damagedFile(path, `cannot be read: ${fileProblem(error)}`, remedy);
  }
  if (text.trim() === '') throw damagedFile(path, 'empty', remedy);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw damagedFile(path, 'not valid JSON, perhaps cut short', remedy);
  }
  const result = read(value);
  if (typeof result === 'string') throw damagedFile(path, result, remedy);
  return result;
}
