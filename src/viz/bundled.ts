/**
 * The scenarios and data files shipped with the app (bundled at build time, so the page works
 * offline): scenario JSON by file name, CSV text by path as a scenario names it.
 */
const scenarioModules = import.meta.glob('../../scenarios/*.json', {
  eager: true,
  import: 'default',
}) as Record<string, unknown>;
const dataModules = import.meta.glob('../../data/*.csv', {
  eager: true,
  query: '?raw',
  import: 'default',
}) as Record<string, string>;

/** Bundled scenarios: file name (e.g. `baseline.json`) -> raw JSON. */
export const BUNDLED_SCENARIOS: ReadonlyMap<string, unknown> = new Map(
  Object.entries(scenarioModules)
    .map(([path, raw]) => [path.split('/').pop()!, raw] as const)
    .sort((a, b) =>
      a[0] === 'baseline.json' ? -1 : b[0] === 'baseline.json' ? 1 : a[0].localeCompare(b[0]),
    ),
);

/** CSV text of a data file named relative to `scenarios/` (e.g. `../data/weekly-profile.csv`). */
export function bundledData(pathAsWritten: string): string {
  const name = pathAsWritten.split('/').pop()!;
  const key = Object.keys(dataModules).find((k) => k.endsWith(`/data/${name}`));
  if (key === undefined)
    throw Object.assign(new Error(`${pathAsWritten} is not among the app's data files`), { code: 'ENOENT' });
  return dataModules[key];
}
