import type { KpiRow, RunSummary, SlaCheck } from '../../sim/index.js';
import { readOutputJson } from './damaged.js';
import type { PrecisionMiss, PrecisionVerdict } from './precision-verdict.js';

/**
 * What the reports and aggregate files need of a run: its identity, KPI rows and SLA checks,
 * and with `--precision` whether the target was reached (absent without).
 */
export type ReportSummary = Pick<
  RunSummary,
  'scenario' | 'seed' | 'replications' | 'days' | 'warmupDays' | 'kpis' | 'sla' | 'warnings' | 'unstable'
> & { readonly precision?: PrecisionVerdict };

const nan = (x: number | null): number => (x === null ? NaN : x);

/** What to do about a damaged summary.json, unless the caller knows better. */
const REMEDY = 'delete it to run that scenario again with --resume, or run without --resume';

/**
 * Reads a finished variant's `summary.json` back (null numbers are NaN again). A file that is
 * not a summary (truncated, `{}`) is a UserError naming it and saying what to do.
 */
export function loadReport(path: string, remedy = REMEDY): ReportSummary {
  return readOutputJson(path, reportOf, remedy);
}

type Row = Record<string, unknown>;

const isNumberOrNull = (x: unknown): x is number | null => x === null || typeof x === 'number';

function isKpiRow(k: unknown): boolean {
  if (typeof k !== 'object' || k === null) return false;
  const r = k as Row;
  return (
    typeof r.kpi === 'string' &&
    typeof r.scope === 'string' &&
    isNumberOrNull(r.mean) &&
    isNumberOrNull(r.halfWidth) &&
    typeof r.replications === 'number' &&
    typeof r.unit === 'string'
  );
}

function isSlaRow(s: unknown): boolean {
  if (typeof s !== 'object' || s === null) return false;
  const r = s as Row;
  return (
    typeof r.severity === 'string' &&
    (r.contract === undefined || typeof r.contract === 'string') &&
    typeof r.targetMinutes === 'number' &&
    typeof r.goal === 'number' &&
    isNumberOrNull(r.attainment) &&
    isNumberOrNull(r.halfWidth) &&
    typeof r.met === 'boolean'
  );
}

/** summary.json's `precision` (relative half-widths not estimable written as null), or null when it is not one. */
function precisionOf(value: unknown): PrecisionVerdict | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Row;
  const numbers = ['target', 'maxReplications', 'replications'].every((f) => typeof v[f] === 'number');
  if (!numbers || typeof v.reached !== 'boolean' || !Array.isArray(v.missed)) return null;
  const missed: PrecisionMiss[] = [];
  for (const m of v.missed as unknown[]) {
    const r = (typeof m === 'object' && m !== null ? m : {}) as Row;
    if (typeof r.kpi !== 'string' || typeof r.scope !== 'string' || !isNumberOrNull(r.relativeHalfWidth))
      return null;
    missed.push({ kpi: r.kpi, scope: r.scope, relativeHalfWidth: r.relativeHalfWidth ?? Infinity });
  }
  return {
    target: v.target as number,
    maxReplications: v.maxReplications as number,
    replications: v.replications as number,
    reached: v.reached,
    missed,
  };
}

/** A parsed summary.json as a report, or what is wrong with it. */
function reportOf(value: unknown): ReportSummary | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const raw = value as Row;
  for (const field of ['seed', 'replications', 'days', 'warmupDays'])
    if (typeof raw[field] !== 'number') return `no number "${field}"`;
  if (typeof raw.scenario !== 'string') return 'no "scenario" name';
  if (!Array.isArray(raw.kpis) || raw.kpis.length === 0 || !raw.kpis.every(isKpiRow))
    return 'no list of KPI rows';
  if (!Array.isArray(raw.sla) || !raw.sla.every(isSlaRow)) return 'no list of SLA checks';
  if (
    raw.warnings !== undefined &&
    !(Array.isArray(raw.warnings) && raw.warnings.every((w) => typeof w === 'string'))
  )
    return '"warnings" is not a list of texts';
  if (
    raw.unstablePools !== undefined &&
    !(
      Array.isArray(raw.unstablePools) &&
      raw.unstablePools.every(
        (u) => typeof u === 'object' && u !== null && typeof (u as Row).pool === 'string',
      )
    )
  )
    return '"unstablePools" is not a list of pools';
  const warnings = (raw.warnings as string[] | undefined) ?? [];
  const unstable = ((raw.unstablePools as Row[] | undefined) ?? []).map((u) => {
    const pool = u.pool as string;
    const number = (field: string): number => (typeof u[field] === 'number' ? (u[field] as number) : NaN);
    return {
      pool,
      offeredHoursPerWeek: number('offeredHoursPerWeek'),
      availableHoursPerWeek: number('availableHoursPerWeek'),
      busyHoursPerWeek: number('busyHoursPerWeek'),
      utilisation: number('utilisation'),
      backlogAtStart: number('backlogAtStart'),
      backlogAtEnd: number('backlogAtEnd'),
      warning: typeof u.warning === 'string' ? u.warning : `pool:${pool} cannot keep up`,
    };
  });
  const precision = raw.precision === undefined ? undefined : precisionOf(raw.precision);
  if (precision === null) return '"precision" is not a verdict on the target';
  const kpis = raw.kpis as Array<
    Omit<KpiRow, 'mean' | 'halfWidth'> & { mean: number | null; halfWidth: number | null }
  >;
  const sla = raw.sla as Array<
    Omit<SlaCheck, 'attainment' | 'halfWidth'> & { attainment: number | null; halfWidth: number | null }
  >;
  return {
    scenario: raw.scenario,
    seed: raw.seed as number,
    replications: raw.replications as number,
    days: raw.days as number,
    warmupDays: raw.warmupDays as number,
    warnings,
    unstable,
    kpis: kpis.map((k) => ({ ...k, mean: nan(k.mean), halfWidth: nan(k.halfWidth) })),
    sla: sla.map((s) => ({ ...s, attainment: nan(s.attainment), halfWidth: nan(s.halfWidth) })),
    ...(precision === undefined ? {} : { precision }),
  };
}
