import { basename, dirname, extname, relative, resolve, sep } from 'node:path';
import { jsonPatch, JsonPathError, mapCsvPaths } from '../../sim/index.js';
import { DEFAULT_INPUT_PATH_POLICY, namedPathProblem } from '../input-file.js';
import { UserError } from '../user-error.js';
import { optimisedName } from './optimize.js';

/** The scenario optimize started from. */
export interface OptimizeInput {
  /** The scenario file as the command line names it. */
  readonly file: string;
  /** The files of its `extends` chain, the entry first (as resolveOverlays names them). */
  readonly chain: readonly string[];
  /** The merged JSON the search started from (CSV paths relative to `file`). */
  readonly raw: Record<string, unknown>;
}

/** A CSV input to copy beside the written scenario. */
export interface CsvCopy {
  /** Where it is (absolute). */
  readonly from: string;
  /** Where it goes, relative to the out folder (`inputs/weekly-profile.csv`). */
  readonly to: string;
}

/** What `optimize --out DIR` writes as `DIR/scenario.json`. */
export interface OutScenario {
  /** `overlay`: extends the input; `standalone`: the whole scenario, with no `extends`. */
  readonly form: 'overlay' | 'standalone';
  readonly json: Record<string, unknown>;
  /** CSV inputs to copy into DIR (standalone form only, for inputs DIR may not read where they are). */
  readonly copies: readonly CsvCopy[];
}

/** Folder (under the out folder) for copied CSV inputs. */
const COPIES = 'inputs';

/** A path as a scenario file writes it: `/` between folders, whatever the platform. */
const portable = (path: string): string => path.split(sep).join('/');

/**
 * Whether a scenario file in `folder` may read `target` (absolute) on any run, without
 * --allow-path: it is in `folder`'s tree or the project's data/ and scenarios/ (see input-file.ts).
 */
function readableFrom(folder: string, target: string): boolean {
  return namedPathProblem(folder, target, DEFAULT_INPUT_PATH_POLICY) === null;
}

/** The CSV inputs of a merged scenario, as absolute paths. */
function csvInputs(file: string, raw: Record<string, unknown>): string[] {
  const found: string[] = [];
  mapCsvPaths(raw, (_, csv) => {
    found.push(resolve(dirname(file), csv));
    return csv;
  });
  return found;
}

/**
 * The `scenario.json` that `tiersim optimize --out DIR` writes, named "<name> (optimised)", so
 * that `tiersim run DIR/scenario.json` works from any folder and wherever DIR is:
 * - an overlay of the input (`extends` by a path relative to DIR) holding only what the search
 *   changed (the staffing, and --reps, --seed or --days), when every file the input reads (its
 *   chain of `extends`, its CSV inputs) is one a scenario in DIR may read on any run: in DIR's
 *   folder tree, or in the project's data/ and scenarios/ (e.g. a shipped scenario);
 * - otherwise the whole optimised scenario, with no `extends`; its CSV paths are relative to DIR
 *   where DIR may read the files, and the other CSV inputs are copied into `DIR/inputs/` (see
 *   `copies`). It no longer follows later edits of the input.
 * `optimised` is the merged JSON the search ended with.
 */
export function optimisedScenario(
  input: OptimizeInput,
  outDir: string,
  optimised: Record<string, unknown>,
): OutScenario {
  const folder = resolve(outDir);
  const name = typeof input.raw.name === 'string' ? input.raw.name : 'scenario';
  const reads = [...input.chain.map((f) => resolve(f)), ...csvInputs(input.file, input.raw)];
  if (reads.every((target) => readableFrom(folder, target))) {
    return {
      form: 'overlay',
      json: {
        extends: portable(relative(folder, resolve(input.file))),
        name: optimisedName(name),
        description: `The staffing tiersim optimize found for "${name}" (${input.file}); everything else as there.`,
        ...changes(input.raw, optimised),
      },
      copies: [],
    };
  }
  const copies: CsvCopy[] = [];
  const rewritten = mapCsvPaths(optimised, (_, csv) => {
    const target = resolve(dirname(input.file), csv);
    if (readableFrom(folder, target)) return portable(relative(folder, target));
    const known = copies.find((c) => c.from === target);
    if (known !== undefined) return known.to;
    const to = copyName(target, copies);
    copies.push({ from: target, to });
    return to;
  }) as Record<string, unknown>;
  const rest = Object.fromEntries(
    Object.entries(rewritten).filter(([key]) => key !== 'name' && key !== 'description'),
  );
  return {
    form: 'standalone',
    json: {
      name: optimisedName(name),
      description:
        `The staffing tiersim optimize found for "${name}" (${input.file}), written in full: a scenario ` +
        `here could not extend it on every run.`,
      ...rest,
    },
    copies,
  };
}

/** `inputs/<name>.csv`, or `inputs/<name>-2.csv` and so on when another file took the name. */
function copyName(target: string, taken: readonly CsvCopy[]): string {
  const ext = extname(target);
  const stem = basename(target, ext);
  for (let n = 1; ; n++) {
    const to = `${COPIES}/${n === 1 ? stem : `${stem}-${n}`}${ext}`;
    if (!taken.some((c) => c.to === to)) return to;
  }
}

/** What the search changed, as a JSON merge patch; a UserError for a field name JSON cannot patch. */
function changes(
  input: Record<string, unknown>,
  optimised: Record<string, unknown>,
): Record<string, unknown> {
  try {
    return jsonPatch(input, optimised) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof JsonPathError) throw new UserError(`optimize --out: ${error.message}`);
    throw error;
  }
}
