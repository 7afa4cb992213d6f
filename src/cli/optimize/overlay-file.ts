import { relative, sep } from 'node:path';
import { jsonPatch, JsonPathError } from '../../sim/index.js';
import { UserError } from '../user-error.js';

/**
 * The `scenario.json` that `tiersim optimize --out DIR` writes: an overlay of the input file
 * (`extends`, relative to DIR, so it runs from any folder as long as the input stays where it
 * is) named "<name> (optimised)", with only what the search changed (the staffing, and the
 * command line's --reps, --seed or --days). `input` and `optimised` are the merged JSON the
 * search started from and ended with.
 */
export function optimisedOverlay(
  inputFile: string,
  outDir: string,
  input: Record<string, unknown>,
  optimised: Record<string, unknown>,
): Record<string, unknown> {
  let changes: Record<string, unknown>;
  try {
    changes = jsonPatch(input, optimised) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof JsonPathError) throw new UserError(`optimize --out: ${error.message}`);
    throw error;
  }
  const name = typeof input.name === 'string' ? input.name : 'scenario';
  return {
    extends: relative(outDir, inputFile).split(sep).join('/'),
    name: `${name} (optimised)`,
    description: `The staffing tiersim optimize found for "${name}" (${inputFile}); everything else as there.`,
    ...changes,
  };
}
