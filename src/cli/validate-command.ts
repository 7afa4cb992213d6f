import { ScenarioError } from '../sim/index.js';
import { loadScenarioFile } from './load-scenario.js';
import { UserError } from './user-error.js';

/**
 * `tiersim validate <files...>`: checks every file, prints `file: ok` or each issue on its own
 * line (file: field path: what was expected, what was found). Returns the number of bad files.
 */
export function validateCommand(files: readonly string[]): number {
  let bad = 0;
  for (const file of files) {
    try {
      const s = loadScenarioFile(file);
      process.stdout.write(`${file}: ok (${s.name})\n`);
    } catch (error) {
      if (error instanceof ScenarioError || error instanceof UserError) {
        process.stderr.write(error.message.endsWith('\n') ? error.message : `${error.message}\n`);
        bad++;
      } else throw error;
    }
  }
  return bad;
}
