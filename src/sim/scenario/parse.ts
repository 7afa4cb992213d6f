import { z } from 'zod';
import { schemaContext } from './context.js';
import { CsvSource, type ReadText } from './csv-source.js';
import { ScenarioError, scenarioIssues } from './issues.js';
import { isPlainObject, show } from './messages.js';
import { namedSchedules } from './schedule-schema.js';
import { scenarioSchema, type Scenario } from './scenario-schema.js';
import { specialtiesSchema } from './specialty-schema.js';
import { isTextbook, withTextbookDefaults } from './textbook.js';

export interface ParseOptions {
  /** The file's name as errors should show it, e.g. `scenarios/x.json`. */
  readonly file: string;
  /**
   * Reads a CSV the scenario names, by the path as written; throws if it cannot. The caller
   * resolves the path relative to the scenario file. Without it any CSV reference is an error.
   */
  readonly readText?: ReadText;
}

/**
 * A fully defaulted, typed scenario from a parsed JSON file (times in minutes, CSV inputs read),
 * or a ScenarioError listing every issue of the file at once.
 */
export function parseScenario(raw: unknown, options: ParseOptions): Scenario {
  const input = isTextbook(raw) ? withTextbookDefaults(raw) : raw;
  const top = isPlainObject(input) ? input : {};
  // Specialties and named schedules are read first: other fields are checked against them.
  const specialties = specialtiesSchema().safeParse(top.specialties);
  const context = schemaContext(
    specialties.success ? specialties.data : null,
    namedSchedules(top.schedules),
    new CsvSource(options.readText),
  );
  const result = z.safeParse(scenarioSchema(context), input, { reportInput: true });
  if (!result.success) throw new ScenarioError(options.file, scenarioIssues(result.error.issues));
  return result.data;
}

/** Like {@link parseScenario}, from the file's JSON text; malformed JSON is a ScenarioError too. */
export function parseScenarioText(text: string, options: ParseOptions): Scenario {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : show(error);
    throw new ScenarioError(options.file, [{ path: '', message: `not valid JSON: ${reason}` }]);
  }
  return parseScenario(raw, options);
}
