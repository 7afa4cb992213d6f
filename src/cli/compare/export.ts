import { csvTable, formatNumber } from '../../sim/index.js';
import type { ComparisonRow } from '../../sim/index.js';

const HEADER = [
  'kpi',
  'scope',
  'unit',
  'base',
  'other',
  'baseMean',
  'otherMean',
  'difference',
  'halfWidth',
  'replications',
  'significant',
];

/**
 * The comparison as tidy CSV, one row per compared scenario and KPI:
 * `kpi,scope,unit,base,other,baseMean,otherMean,difference,halfWidth,replications,significant`.
 * Numbers by {@link formatNumber} (10 significant digits, '' for NaN), so the same runs give
 * the same bytes; `significant` is `true` or `false`.
 */
export function comparisonCsv(rows: readonly ComparisonRow[]): string {
  return csvTable(
    HEADER,
    rows.map((r) => [
      r.kpi,
      r.scope,
      r.unit,
      r.base,
      r.other,
      formatNumber(r.baseMean),
      formatNumber(r.otherMean),
      formatNumber(r.difference),
      formatNumber(r.halfWidth),
      String(r.replications),
      String(r.significant),
    ]),
  );
}

/**
 * The comparison as JSON: `{ base, others, rows }`. `base` is the first scenario's name (null
 * without rows); `others` lists each scenario compared with it as `{ name, significant, compared }`
 * (rows with a significant difference, rows with at least 2 pairs); `rows` are the
 * {@link ComparisonRow}s with numbers rounded to 10 significant digits and NaN written as null.
 */
export function comparisonJson(rows: readonly ComparisonRow[]): string {
  const num = (x: number): number | null => (Number.isFinite(x) ? Number(x.toPrecision(10)) : null);
  const others = [...new Set(rows.map((r) => r.other))].map((name) => {
    const own = rows.filter((r) => r.other === name);
    return {
      name,
      significant: own.filter((r) => r.significant).length,
      compared: own.filter((r) => r.replications >= 2).length,
    };
  });
  return (
    JSON.stringify(
      {
        base: rows.length > 0 ? rows[0].base : null,
        others,
        rows: rows.map((r) => ({
          ...r,
          baseMean: num(r.baseMean),
          otherMean: num(r.otherMean),
          difference: num(r.difference),
          halfWidth: num(r.halfWidth),
        })),
      },
      null,
      2,
    ) + '\n'
  );
}
