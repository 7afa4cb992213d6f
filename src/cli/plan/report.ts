import { readFileSync } from 'node:fs';
import type { KpiRow, RunSummary, SlaCheck } from '../../sim/index.js';

/** What the reports and aggregate files need of a run: its identity, KPI rows and SLA checks. */
export type ReportSummary = Pick<
  RunSummary,
  'scenario' | 'seed' | 'replications' | 'days' | 'warmupDays' | 'kpis' | 'sla' | 'warnings'
>;

const nan = (x: number | null): number => (x === null ? NaN : x);

/** Reads a finished variant's `summary.json` back (null numbers are NaN again). */
export function loadReport(path: string): ReportSummary {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Omit<ReportSummary, 'kpis' | 'sla'> & {
    kpis: Array<Omit<KpiRow, 'mean' | 'halfWidth'> & { mean: number | null; halfWidth: number | null }>;
    sla: Array<
      Omit<SlaCheck, 'attainment' | 'halfWidth'> & { attainment: number | null; halfWidth: number | null }
    >;
  };
  return {
    scenario: raw.scenario,
    seed: raw.seed,
    replications: raw.replications,
    days: raw.days,
    warmupDays: raw.warmupDays,
    warnings: raw.warnings ?? [],
    kpis: raw.kpis.map((k) => ({ ...k, mean: nan(k.mean), halfWidth: nan(k.halfWidth) })),
    sla: raw.sla.map((s) => ({ ...s, attainment: nan(s.attainment), halfWidth: nan(s.halfWidth) })),
  };
}
