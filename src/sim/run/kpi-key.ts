/**
 * The key of a KPI value for one scope: the KPI's name and the scope joined by `|`, e.g.
 * `wait.mean|pool:router` or `cost.perWeek|all` (the keys of `ReplicationResult.kpis`). Names and
 * scopes never contain `|`. Every key is built here, so that the format lives in one place.
 */
export function kpiKey(kpi: string, scope: string): string {
  return `${kpi}|${scope}`;
}

/** The KPI name and scope of a key made by {@link kpiKey} (a key without `|`: scope ''). */
export function splitKpiKey(key: string): { readonly kpi: string; readonly scope: string } {
  const bar = key.indexOf('|');
  return bar < 0 ? { kpi: key, scope: '' } : { kpi: key.slice(0, bar), scope: key.slice(bar + 1) };
}
