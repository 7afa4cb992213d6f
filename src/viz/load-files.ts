/** Files a user loads at once: one scenario JSON, and beside it the files it names. */
export interface LoadedFiles {
  /** The scenario file's name and its parsed JSON. */
  readonly name: string;
  readonly raw: unknown;
  /** The other files by name (CSV inputs, a fit's backtest.csv), as text. */
  readonly beside: ReadonlyMap<string, string>;
}

/**
 * Reads the files picked together: exactly one must be a `.json` scenario, the others are kept
 * by name for it to read. A problem (no scenario, two of them, JSON that does not parse) is a
 * sentence that says what to do; nothing is replaced then.
 */
export async function readLoadedFiles(files: readonly File[]): Promise<LoadedFiles | { problem: string }> {
  const scenarios = files.filter((f) => /\.json$/i.test(f.name));
  if (scenarios.length !== 1)
    return {
      problem:
        scenarios.length === 0
          ? `No scenario among ${files.map((f) => f.name).join(', ')}: pick one .json scenario file, with the CSV files it names beside it; the scenario was not changed.`
          : `Several scenario files (${scenarios.map((f) => f.name).join(', ')}): pick one .json scenario file, with the CSV files it names beside it; the scenario was not changed.`,
    };
  const file = scenarios[0];
  let raw: unknown;
  try {
    raw = JSON.parse(await file.text());
  } catch (error) {
    return {
      problem: `${file.name}: not valid JSON (${(error as Error).message}); the scenario was not changed.`,
    };
  }
  const beside = new Map<string, string>();
  for (const f of files) if (f !== file) beside.set(f.name, await f.text());
  return { name: file.name, raw, beside };
}
