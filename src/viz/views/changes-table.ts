import type { ComparisonRow } from '../../sim/index.js';
import { changeLine, formatChange } from './change-text.js';
import { formatValueLike, type ValueKind } from './format.js';

/** One significant change as the table writes it: plan, now and the change in one unit. */
export interface ChangeRow {
  readonly kpi: string;
  readonly scope: string;
  readonly plan: string;
  readonly now: string;
  /** `+53 s ± 12 s`. */
  readonly change: string;
  readonly direction: 'up' | 'down';
}

/** What the changes table shows: how many KPIs changed significantly, of how many compared, and which. */
export interface ChangesTable {
  readonly significant: number;
  /** KPIs with at least two pairs (the others have no interval to test). */
  readonly compared: number;
  readonly rows: ChangeRow[];
}

/** How a KPI's unit (`kpiUnit`) is written. */
export function kindOfUnit(unit: string): ValueKind {
  if (unit === 'share') return 'share';
  if (unit === 'minutes') return 'minutes';
  if (unit === 'currency') return 'currency';
  return 'number';
}

/**
 * The significant rows of a paired comparison (this run as `other`, the plan as `base`), written
 * for the table: durations in the unit of this run's value throughout the row, so plan, now and
 * the change read against each other (`0.3 min`, `1.2 min`, `+0.9 min ± 0.2 min`).
 */
export function prepareChanges(rows: readonly ComparisonRow[]): ChangesTable {
  const significant = rows.filter((r) => r.significant);
  return {
    significant: significant.length,
    compared: rows.filter((r) => r.replications >= 2).length,
    rows: significant.map((r) => {
      const kind = kindOfUnit(r.unit);
      const text = formatChange(r, kind, r.otherMean);
      return {
        kpi: r.kpi,
        scope: r.scope,
        plan: formatValueLike(r.baseMean, kind, r.otherMean),
        now: formatValueLike(r.otherMean, kind, r.otherMean),
        change: changeLine(text),
        direction: text.direction ?? (r.difference > 0 ? 'up' : 'down'),
      };
    }),
  };
}

const HEADINGS = ['KPI', 'scope', 'plan', 'now', 'change ± 95%'] as const;

/**
 * Replaces `container`'s content with the count of significant changes and a table of them,
 * each row marked `data-direction="up|down"`. Each cell carries its column's name in
 * `data-label`, so that on a narrow screen a row can be laid out as a block of labelled lines.
 */
export function renderChanges(container: HTMLElement, table: ChangesTable): void {
  const p = document.createElement('p');
  p.textContent = `${table.significant} of ${table.compared} KPIs changed significantly.`;
  container.replaceChildren(p);
  if (table.rows.length === 0) return;
  const el = document.createElement('table');
  el.className = 'comparison-table';
  const head = el.createTHead().insertRow();
  for (const h of HEADINGS) {
    const th = document.createElement('th');
    th.textContent = h;
    th.scope = 'col';
    head.append(th);
  }
  const body = el.createTBody();
  for (const r of table.rows) {
    const tr = body.insertRow();
    tr.dataset.direction = r.direction;
    [r.kpi, r.scope, r.plan, r.now, r.change].forEach((text, i) => {
      const td = tr.insertCell();
      td.textContent = text;
      td.dataset.label = HEADINGS[i];
    });
  }
  container.append(el);
}
