import { folderOf, joinPath, type ReadText } from '../sim/index.js';

/**
 * The scenarios and data files shipped with the app (bundled at build time, so the page works
 * offline), by their path in the repository: `scenarios/baseline.json`,
 * `scenarios/teach/quiet-day.json`, `data/weekly-profile.csv`.
 */
const scenarioModules = import.meta.glob(
  ['../../scenarios/**/*.json', '!../../scenarios/**/*.schema.json', '!../../scenarios/sweeps/**'],
  { eager: true, query: '?raw', import: 'default' },
) as Record<string, string>;
const dataModules = import.meta.glob('../../data/*.csv', {
  eager: true,
  query: '?raw',
  import: 'default',
}) as Record<string, string>;

/** Every bundled file's text by its path in the repository. */
const FILES: ReadonlyMap<string, string> = new Map(
  Object.entries({ ...scenarioModules, ...dataModules }).map(([key, text]) => [
    key.replace(/^(\.\.\/)+/, ''),
    text,
  ]),
);

/** Bundled scenarios of `scenarios/` itself (the chooser's list): file name (e.g. `baseline.json`) -> raw JSON. */
export const BUNDLED_SCENARIOS: ReadonlyMap<string, unknown> = new Map(
  [...FILES]
    .filter(([path]) => /^scenarios\/[^/]+\.json$/.test(path))
    .map(([path, text]) => [path.slice('scenarios/'.length), JSON.parse(text) as unknown] as const)
    .sort((a, b) =>
      a[0] === 'baseline.json' ? -1 : b[0] === 'baseline.json' ? 1 : a[0].localeCompare(b[0]),
    ),
);

/**
 * Where the app keeps a scenario it names `file`: `scenarios/x.json` as it is, and a name
 * outside `scenarios/` and `data/` (`baseline.json`, `teach/quiet-day.json`, an uploaded file)
 * as if it were in `scenarios/`.
 */
function placeOf(file: string): string {
  const path = joinPath('', file);
  return /^(scenarios|data)\//.test(path) ? path : `scenarios/${path}`;
}

/**
 * Reads the files a scenario named `file` refers to (the scenario it `extends`, its CSVs), by
 * their paths relative to it, from the bundled files. A path that leads nowhere bundled falls
 * back to the bundled file of the same name (`../data/x.csv` from an uploaded file, `extends`
 * `"baseline.json"` or `"teach/quiet-day.json"` from anywhere); a missing file throws ENOENT.
 */
export function bundledReader(file: string): ReadText {
  const folder = folderOf(placeOf(file));
  return (pathAsWritten) => {
    const exact = FILES.get(joinPath(folder, pathAsWritten));
    if (exact !== undefined) return exact;
    const tail = joinPath('', pathAsWritten).replace(/^(\.\.\/)+/, '');
    const named = [...FILES.keys()].filter((path) => path === tail || path.endsWith(`/${tail}`));
    if (named.length === 1) return FILES.get(named[0])!;
    throw Object.assign(new Error(`${pathAsWritten} is not among the app's bundled files`), {
      code: 'ENOENT',
    });
  };
}
