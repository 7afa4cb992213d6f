import { join } from 'node:path';
import { csvTable, formatNumber, kpiCells, KPI_COLUMNS } from '../../sim/index.js';
import { writeFileAtomic } from '../atomic-write.js';
import { manifestText, type Manifest } from './manifest.js';
import type { ReportSummary } from './report.js';

/** A variant as the aggregate files name it. */
interface VariantName {
  readonly id: string;
  readonly label: string;
  readonly file: string;
  readonly values: ReadonlyArray<{ readonly path: string; readonly value: number }>;
}

/** A finished variant as the aggregate files see it. */
export interface FinishedVariant extends VariantName {
  readonly report: ReportSummary;
}

/** A variant that failed (a replication threw or its worker thread was lost), and why, in one line. */
export interface FailedVariant extends VariantName {
  readonly failure: string;
}

/** A variant that finished or failed, as the aggregate files list them (in plan order). */
export type SettledVariant = FinishedVariant | FailedVariant;

export function isFinishedVariant(v: SettledVariant): v is FinishedVariant {
  return 'report' in v;
}

/** The finished ones of a list of settled variants. */
export function finishedOnly(variants: readonly SettledVariant[]): FinishedVariant[] {
  return variants.filter(isFinishedVariant);
}

/**
 * Cost per week and SLA verdicts of a variant (for the sweep table and `variants.csv`): the
 * attainment per severity, and whether every target (the contracts' own too) meets its goal.
 */
export function variantHeadline(report: ReportSummary): {
  cost: number;
  attainment: Record<string, number>;
  meetsGoals: boolean;
  /** Pools that cannot keep up (see `unstablePools`): such a variant is no plan, whatever its goals. */
  unstable: string[];
} {
  const cost = report.kpis.find((k) => k.kpi === 'cost.perWeek' && k.scope === 'all')?.mean ?? NaN;
  const attainment: Record<string, number> = {};
  for (const s of report.sla) if (s.contract === undefined) attainment[s.severity] = s.attainment;
  return {
    cost,
    attainment,
    meetsGoals: report.sla.every((s) => s.met),
    unstable: report.unstable.map((u) => u.pool),
  };
}

/**
 * `index.csv` of a batch: one row per scenario and KPI (kpis.csv's columns after
 * `scenario,file`), and an `error` column, empty but for the one row of a scenario that failed,
 * which says why (its KPI columns are empty).
 */
export function indexCsv(variants: readonly SettledVariant[]): string {
  const rows: string[][] = [];
  for (const v of variants) {
    if (!isFinishedVariant(v)) {
      rows.push([v.id, v.file, '', '', '', '', '', '', v.failure]);
      continue;
    }
    for (const k of v.report.kpis) {
      rows.push([v.id, v.file, ...kpiCells(k), '']);
    }
  }
  return csvTable(['scenario', 'file', ...KPI_COLUMNS, 'error'], rows);
}

/** `sweep.csv`: one row per finished variant and KPI, with the swept values as columns (tidy). */
export function sweepCsv(parameters: readonly string[], variants: readonly SettledVariant[]): string {
  const rows: string[][] = [];
  for (const v of finishedOnly(variants)) {
    const values = parameters.map((p) => formatNumber(v.values.find((x) => x.path === p)?.value ?? NaN));
    for (const k of v.report.kpis) {
      rows.push([v.id, ...values, ...kpiCells(k)]);
    }
  }
  return csvTable(['variant', ...parameters, ...KPI_COLUMNS], rows);
}

/**
 * `variants.csv`: one row per variant: swept values, cost per week, SLA attainment per severity,
 * verdict (`yes`, `no`, or `failed` with the other columns empty).
 */
export function variantsCsv(parameters: readonly string[], variants: readonly SettledVariant[]): string {
  const rows = variants.map((v) => {
    const values = parameters.map((p) => formatNumber(v.values.find((x) => x.path === p)?.value ?? NaN));
    if (!isFinishedVariant(v)) return [v.id, v.label, ...values, '', '', '', '', 'failed'];
    const h = variantHeadline(v.report);
    return [
      v.id,
      v.label,
      ...values,
      formatNumber(h.cost),
      formatNumber(h.attainment.A ?? NaN),
      formatNumber(h.attainment.B ?? NaN),
      formatNumber(h.attainment.C ?? NaN),
      h.meetsGoals ? 'yes' : 'no',
    ];
  });
  return csvTable(
    ['variant', 'label', ...parameters, 'costPerWeek', 'slaA', 'slaB', 'slaC', 'meetsGoals'],
    rows,
  );
}

/**
 * Writes the files that sum up a batch or sweep folder: manifest.json, and index.csv (batch) or
 * sweep.csv and variants.csv (sweep), from the finished and failed variants in plan order. A
 * single run, a resumed run and a merge of shards all write them here, so they agree byte for byte.
 */
export function writeAggregates(
  outDir: string,
  manifest: Manifest,
  finished: readonly SettledVariant[],
): void {
  writeFileAtomic(join(outDir, 'manifest.json'), manifestText(manifest));
  if (manifest.kind === 'sweep') {
    writeFileAtomic(join(outDir, 'sweep.csv'), sweepCsv(manifest.parameters, finished));
    writeFileAtomic(join(outDir, 'variants.csv'), variantsCsv(manifest.parameters, finished));
  } else {
    writeFileAtomic(join(outDir, 'index.csv'), indexCsv(finished));
  }
}
