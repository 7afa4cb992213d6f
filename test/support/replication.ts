import { emptyHoursOfWeek, HourlySeries, type ReplicationResult } from '../../src/sim/index.js';

/** A replication that measured only the given KPI values (`kpi|scope` keys; everything else empty). */
export function replication(index: number, kpis: Record<string, number>): ReplicationResult {
  return {
    replication: index,
    kpis: new Map(Object.entries(kpis)),
    series: new HourlySeries([], 0),
    stageNames: [],
    flows: new Float64Array(0),
    trace: null,
    events: 0,
    casesGenerated: 0,
    responseProfile: { all: [], A: [], B: [], C: [] },
    hoursOfWeek: emptyHoursOfWeek([]),
  };
}
