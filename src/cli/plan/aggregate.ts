import { join } from 'node:path';
import { csvTable, formatNumber } from '../../sim/index.js';
import { writeFileAtomic } from '../atomic-write.js';
import type { Manifest } from './plan.js';
import type { ReportSummary } from './report.js';

/** A finished variant as the aggregate files see it. */
export interface FinishedVariant {
  readonly id: string;
  readonly label: string;
  readonly file: string;
  readonly values: ReadonlyArray<{ readonly path: string; readonly value: number }>;
  readonly report: ReportSummary;
}

/** Cost per week and SLA verdicts of a variant (for the sweep table and `variants.csv`). */
export function variantHeadline(report: ReportSummary): {
  cost: number;
  attainment: Record<string, number>;
  meetsGoals: boolean;
} {
  const cost = report.kpis.find((k) => k.kpi === 'cost.perWeek' && k.scope === 'all')?.mean ?? NaN;
  const attainment: Record<string, number> = {};
  for (const s of report.sla) attainment[s.severity] = s.attainment;
  return { cost, attainment, meetsGoals: report.sla.every((s) => s.met) };
}

/** `index.csv` of a batch: one row per scenario and KPI (kpis.csv's columns after `scenario,file`). */
export function indexCsv(variants: readonly FinishedVariant[]): string {
  const rows: string[][] = [];
  for (const v of variants) {
    for (const k of v.report.kpis) {
      rows.push([
        v.id,
        v.file,
        k.kpi,
        k.scope,
        formatNumber(k.mean),
        formatNumber(k.halfWidth),
        String(k.replications),
        k.unit,
      ]);
    }
  }
  return csvTable(['scenario', 'file', 'kpi', 'scope', 'mean', 'halfWidth', 'replications', 'unit'], rows);
}

/** `sweep.csv`: one row per variant and KPI, with the swept values as columns (tidy). */
export function sweepCsv(parameters: readonly string[], variants: readonly FinishedVariant[]): string {
  const rows: string[][] = [];
  for (const v of variants) {
    const values = parameters.map((p) => formatNumber(v.values.find((x) => x.path === p)?.value ?? NaN));
    for (const k of v.report.kpis) {
      rows.push([
        v.id,
        ...values,
        k.kpi,
        k.scope,
        formatNumber(k.mean),
        formatNumber(k.halfWidth),
        String(k.replications),
        k.unit,
      ]);
    }
  }
  return csvTable(
    ['variant', ...parameters, 'kpi', 'scope', 'mean', 'halfWidth', 'replications', 'unit'],
    rows,
  );
}

/** `variants.csv`: one row per variant: swept values, cost per week, SLA attainment per severity, verdict. */
export function variantsCsv(parameters: readonly string[], variants: readonly FinishedVariant[]): string {
  const rows = variants.map((v) => {
    const h = variantHeadline(v.report);
    return [
      v.id,
      v.label,
      ...parameters.map((p) => formatNumber(v.values.find((x) => x.path === p)?.value ?? NaN)),
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
 * sweep.csv and variants.csv (sweep), from the finished variants in plan order. A single run,
 * a resumed run and a merge of shards all write them here, so they agree byte for byte.
 */
export function writeAggregates(
  outDir: string,
  manifest: Manifest,
  finished: readonly FinishedVariant[],
): void {
  writeFileAtomic(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  if (manifest.kind === 'sweep') {
    writeFileAtomic(join(outDir, 'sweep.csv'), sweepCsv(manifest.parameters, finished));
    writeFileAtomic(join(outDir, 'variants.csv'), variantsCsv(manifest.parameters, finished));
  } else {
    writeFileAtomic(join(outDir, 'index.csv'), indexCsv(finished));
  }
}
