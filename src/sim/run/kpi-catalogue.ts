/**
 * Units of every KPI name in `kpis.csv` (MODEL.md's contract, plus additions).
 * Minutes for durations, share in [0, 1], cases per replication, currency per week or case.
 */
export const KPI_UNITS: Readonly<Record<string, string>> = {
  arrivals: 'cases',
  visits: 'cases',
  'wait.mean': 'minutes',
  'wait.probability': 'share',
  'queueTime.mean': 'minutes',
  utilisation: 'share',
  'queue.mean': 'cases',
  'backlog.mean': 'cases',
  'backlog.start': 'cases',
  'backlog.end': 'cases',
  'backlog.growth': 'cases',
  'backlog.ageP90': 'minutes',
  'overtime.hoursPerWeek': 'hours',
  'available.hoursPerWeek': 'hours',
  'busy.hoursPerWeek': 'hours',
  'little.relativeGap': 'share',
  'reached.share': 'share',
  'abandoned.share': 'share',
  'callback.share': 'share',
  'firstResponse.mean': 'minutes',
  'firstResponse.p50': 'minutes',
  'firstResponse.p90': 'minutes',
  'firstResponse.p99': 'minutes',
  'sla.attainment': 'share',
  'resolution.mean': 'minutes',
  'resolution.p50': 'minutes',
  'resolution.p90': 'minutes',
  'resolution.p99': 'minutes',
  resolved: 'cases',
  'resolutionSla.attainment': 'share',
  escalations: 'cases',
  'hotfixes.requested': 'cases',
  headcount: 'people',
  'onDuty.mean': 'people',
  'cost.perWeek': 'currency',
  'cost.perCase': 'currency',
};

/** Unit of a KPI name ('' when unknown). */
export function kpiUnit(kpi: string): string {
  return KPI_UNITS[kpi] ?? '';
}
