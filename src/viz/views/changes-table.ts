import type { ComparisonRow } from '../../sim/index.js';
import { changeLine, formatChange } from './change-text.js';
import { formatValueLike, type ValueKind } from './format.js';
import { GROUP_HEADINGS, KPI_GROUPS, kpiWords, type KpiGroup } from './kpi-words.js';

/** One compared KPI as the table writes it: its words, plan, now and the change in one unit. */
export interface ChangeRow {
  readonly kpi: string;
  readonly scope: string;
  /** The KPI in words with its unit (see kpi-words.ts). */
  readonly label: string;
  readonly group: KpiGroup;
  /** `kpi|scope`, the code scripts use. */
  readonly code: string;
  readonly plan: string;
  readonly now: string;
  /** `+53 s ± 12 s`. */
  readonly change: string;
  readonly significant: boolean;
  /** The direction of a significant change; null for one that is not significant. */
  readonly direction: 'up' | 'down' | null;
}

/** What the changes table shows: how many KPIs changed significantly, of how many compared, and each. */
export interface ChangesTable {
  readonly significant: number;
  /** KPIs with at least two pairs (the others have no interval to test). */
  readonly compared: number;
  /** Every compared KPI, significant or not, by group (in {@link KPI_GROUPS}' order). */
  readonly rows: ChangeRow[];
}

/** How the table is drawn, and what it reports back. */
export interface ChangesOptions {
  /** List the significant changes only (default true). */
  readonly significantOnly?: boolean;
  /** Called when the reader ticks or unticks “Significant changes only”. */
  readonly onSignificantOnly?: (significantOnly: boolean) => void;
}

/** How a KPI's unit (`kpiUnit`) is written. */
export function kindOfUnit(unit: string): ValueKind {
  if (unit === 'share') return 'share';
  if (unit === 'minutes') return 'minutes';
  if (unit === 'currency') return 'currency';
  return 'number';
}

/**
 * The compared rows of a paired comparison (this run as `other`, the plan as `base`), written
 * for the table: durations in the unit of this run's value throughout the row, so plan, now and
 * the change read against each other (`0.3 min`, `1.2 min`, `+0.9 min ± 0.2 min`).
 */
export function prepareChanges(rows: readonly ComparisonRow[]): ChangesTable {
  const compared = rows.filter((r) => r.replications >= 2);
  const written = compared.map((r): ChangeRow => {
    const kind = kindOfUnit(r.unit);
    const text = formatChange(r, kind, r.otherMean);
    return {
      kpi: r.kpi,
      scope: r.scope,
      ...kpiWords(r.kpi, r.scope, r.unit),
      plan: formatValueLike(r.baseMean, kind, r.otherMean),
      now: formatValueLike(r.otherMean, kind, r.otherMean),
      change: changeLine(text),
      significant: r.significant,
      direction: r.significant ? (text.direction ?? (r.difference > 0 ? 'up' : 'down')) : null,
    };
  });
  return {
    significant: rows.filter((r) => r.significant).length,
    compared: compared.length,
    // Stable: within a group, the rows keep the run's order of KPIs.
    rows: KPI_GROUPS.flatMap((g) => written.filter((r) => r.group === g)),
  };
}

const HEADINGS = ['KPI', 'plan', 'now', 'change ± 95%'] as const;

/** The KPI's cell: its words, and its code in small type below them (planners' scripts use it). */
function kpiCell(td: HTMLTableCellElement, row: ChangeRow): void {
  // One box, so that on a phone the words and the code stay in the cell's one column.
  const box = document.createElement('div');
  const words = document.createElement('span');
  words.className = 'kpi-words';
  words.textContent = row.label;
  const code = document.createElement('code');
  code.className = 'kpi-code';
  code.textContent = row.code;
  box.append(words, code);
  td.append(box);
}

function table(rows: readonly ChangeRow[]): HTMLTableElement {
  const el = document.createElement('table');
  el.className = 'comparison-table';
  const head = el.createTHead().insertRow();
  for (const h of HEADINGS) {
    const th = document.createElement('th');
    th.textContent = h;
    th.scope = 'col';
    head.append(th);
  }
  for (const group of KPI_GROUPS) {
    const inGroup = rows.filter((r) => r.group === group);
    if (inGroup.length === 0) continue;
    const body = el.createTBody();
    body.dataset.group = group;
    const th = document.createElement('th');
    th.scope = 'colgroup';
    th.colSpan = HEADINGS.length;
    th.textContent = GROUP_HEADINGS[group];
    const heading = body.insertRow();
    heading.className = 'group-heading';
    heading.append(th);
    for (const r of inGroup) {
      const tr = body.insertRow();
      tr.dataset.kpi = r.code;
      tr.dataset.significant = String(r.significant);
      if (r.direction !== null) tr.dataset.direction = r.direction;
      const cells = [null, r.plan, r.now, r.change];
      cells.forEach((text, i) => {
        const td = tr.insertCell();
        if (text === null) kpiCell(td, r);
        else td.textContent = text;
        td.dataset.label = HEADINGS[i];
      });
    }
  }
  return el;
}

/**
 * Replaces `container`'s content with the count of significant changes, a checkbox
 * “Significant changes only” and a table of the changes under their groups' headings (each group
 * a `tbody[data-group]`). Each row is marked `data-significant`, a significant one
 * `data-direction="up|down"` too, and `data-kpi` with its code. Each cell carries its column's
 * name in `data-label`, so that on a narrow screen a row can be laid out as labelled lines.
 */
export function renderChanges(
  container: HTMLElement,
  changes: ChangesTable,
  options: ChangesOptions = {},
): void {
  const significantOnly = options.significantOnly ?? true;
  const p = document.createElement('p');
  p.textContent = `${changes.significant} of ${changes.compared} KPIs changed significantly.`;
  container.replaceChildren(p);
  if (changes.compared === 0) return;
  const label = document.createElement('label');
  label.className = 'significant-only';
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.id = 'significant-only';
  box.checked = significantOnly;
  box.addEventListener('change', () => {
    options.onSignificantOnly?.(box.checked);
    renderChanges(container, changes, { ...options, significantOnly: box.checked });
    container.querySelector<HTMLInputElement>('#significant-only')?.focus();
  });
  label.append(box, ' Significant changes only');
  container.append(label);
  const shown = significantOnly ? changes.rows.filter((r) => r.significant) : changes.rows;
  if (shown.length > 0) container.append(table(shown));
}
