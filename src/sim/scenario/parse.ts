import { z } from 'zod';
import { schemaContext } from './context.js';
import { CsvSource, type ReadText } from './csv-source.js';
import { ScenarioError, scenarioIssues } from './issues.js';
import { isPlainObject, show } from './messages.js';
import { resolveOverlays } from './overlay.js';
import { namedSchedules } from './schedule-schema.js';
import { scenarioSchema, type Scenario } from './scenario-schema.js';
import { specialtiesSchema } from './specialty-schema.js';
import { isTextbook, withTextbookDefaults } from './textbook.js';

export interface ParseOptions {
  /**
   * The file's path, e.g. `scenarios/x.json`: errors name it (unless `label` is given), and the
   * files it `extends` are named relative to it (`scenarios/baseline.json`).
   */
  readonly file: string;
  /** How errors name this file instead of `file` (default `file`), e.g. a sweep variant. */
  readonly label?: string;
  /**
   * Reads a file the scenario names (a CSV, or the scenario it `extends`), by its path relative
   * to the scenario file's folder, as written there; throws if it cannot. The caller resolves
   * the path against that folder. Without it any CSV or `extends` is an error.
   */
  readonly readText?: ReadText;
}

/**
 * A fully defaulted, typed scenario from a parsed JSON file (times in minutes, CSV inputs read),
 * or a ScenarioError listing every issue of the file at once. A file that `extends` another is
 * merged onto it first (see overlay.ts); each issue names the file that wrote the bad value.
 * `$schema` (for editors) is ignored.
 */
export function parseScenario(raw: unknown, options: ParseOptions): Scenario {
  const resolved = resolveOverlays(raw, options);
  const merged = resolved.raw;
  const input = isTextbook(merged) ? withTextbookDefaults(merged) : merged;
  const top = isPlainObject(input) ? input : {};
  // Specialties and named schedules are read first: other fields are checked against them.
  const specialties = specialtiesSchema().safeParse(top.specialties);
  const context = schemaContext(
    specialties.success ? specialties.data : null,
    namedSchedules(top.schedules),
    new CsvSource(options.readText),
  );
  const result = z.safeParse(scenarioSchema(context), input, { reportInput: true });
  if (!result.success) {
    const entry = options.label ?? options.file;
    throw new ScenarioError(entry, scenarioIssues(result.error.issues, resolved.fileOf));
  }
  return result.data;
}

/** Like {@link parseScenario}, from the file's JSON text; malformed JSON is a ScenarioError too. */
export function parseScenarioText(text: string, options: ParseOptions): Scenario {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : show(error);
    throw new ScenarioError(options.label ?? options.file, [
      { path: '', message: `not valid JSON: ${reason}` },
    ]);
  }
  return parseScenario(raw, options);
}
