/**
 * KPIs that check the model instead of measuring the organisation. `little.relativeGap` is the
 * relative gap between a pool's queue-length area and the time its jobs spent queueing, which
 * Little's law makes 0: what it holds is rounding residue (about 1e-16), so comparing it
 * between scenarios compares rounding and nothing else. kpis.csv keeps these rows (a public
 * format, and the run's warnings come from them); comparisons leave them out, so they are never
 * marked as a significant change.
 */
export const MODEL_CHECK_KPIS: ReadonlySet<string> = new Set(['little.relativeGap']);

/** True for a KPI name of {@link MODEL_CHECK_KPIS}, which comparisons leave out. */
export function isModelCheck(kpi: string): boolean {
  return MODEL_CHECK_KPIS.has(kpi);
}
