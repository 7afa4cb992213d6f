import { isDeepStrictEqual } from 'node:util';
import { printable, ScenarioError } from '../sim/index.js';
import { parseScenarioAt, readJsonFile, resolveScenarioFile } from './load-scenario.js';
import { checkRunSize } from './run-budget.js';
import { EDITOR_SCHEMAS, isJsonSchemaDocument } from './schema-files.js';
import { applyValues } from './sweep/apply.js';
import { sweepGrid } from './sweep/grid.js';
import { isSweepFile, parseSweepFile } from './sweep/sweep-file.js';
import { UserError } from './user-error.js';

/**
 * `tiersim validate <files...>`: checks every file, prints `file: ok (...)` or each issue on its
 * own line (file: field path: what was expected, what was found). A file may be a scenario (an
 * overlay is checked with the files it extends), a sweep file (checked with its scenario and
 * every variant of its grid) or one of the JSON Schemas of `scenarios/` (which must be this
 * version's). A scenario too large for the run budget is bad too, as `run` would refuse it
 * (see run-budget.ts). Returns the number of bad files.
 */
export function validateCommand(files: readonly string[]): number {
  let bad = 0;
  for (const file of files) {
    try {
      // The file and scenario names are the user's: control characters are escaped.
      process.stdout.write(`${printable(`${file}: ok (${validateFile(file)})`)}\n`);
    } catch (error) {
      if (error instanceof ScenarioError || error instanceof UserError) {
        process.stderr.write(error.message.endsWith('\n') ? error.message : `${error.message}\n`);
        bad++;
      } else throw error;
    }
  }
  return bad;
}

/** Checks one file; what it is, in words, or a ScenarioError/UserError with its problems. */
function validateFile(file: string): string {
  const raw = readJsonFile(file);
  if (isSweepFile(raw)) return validateSweep(raw, file);
  if (isJsonSchemaDocument(raw)) return validateSchema(raw, file);
  const scenario = parseScenarioAt(raw, file);
  // What `run` would refuse as the file stands (no options): too large for the run budget.
  checkRunSize(scenario, file, {});
  return scenario.name;
}

/** A sweep file, its scenario and each variant (every problem of every variant, one per line). */
function validateSweep(raw: unknown, file: string): string {
  const sweep = parseSweepFile(raw, file);
  const base = resolveScenarioFile(sweep.scenarioFile).raw;
  const scenario = parseScenarioAt(base, sweep.scenarioFile);
  const grid = sweepGrid(sweep.specs);
  const problems: string[] = [];
  for (const cell of grid) {
    try {
      const label = `${file} [${cell.id} ${cell.label}]`;
      const variant = parseScenarioAt(applyValues(base, cell.values), sweep.scenarioFile, label);
      checkRunSize(
        sweep.replications === undefined ? variant : { ...variant, replications: sweep.replications },
        label,
        {},
      );
    } catch (error) {
      if (!(error instanceof ScenarioError || error instanceof UserError)) throw error;
      problems.push(error.message.replace(/\n$/, ''));
    }
  }
  if (problems.length > 0) throw new UserError(problems.join('\n'));
  return `sweep "${sweep.name}": ${grid.length} variants of ${sweep.scenarioFile} "${scenario.name}"`;
}

/** One of the shipped JSON Schemas: it must be exactly what this version generates. */
function validateSchema(raw: unknown, file: string): string {
  const match = EDITOR_SCHEMAS.find((schema) => isDeepStrictEqual(raw, schema.generate()));
  if (match !== undefined) return `the JSON Schema of ${match.describes}, up to date`;
  throw new UserError(
    `${file}: a JSON Schema, but not one this version of tiersim generates (${EDITOR_SCHEMAS.map((s) => s.file).join(', ')}); ` +
      'regenerate them with npm run build',
  );
}
