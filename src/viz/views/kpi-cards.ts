import { kpiKey, type ComparisonRow, type KpiRow, type RunSummary, type Scenario } from '../../sim/index.js';
import { changeLine, formatChange } from './change-text.js';
import { startView } from './chart-kit.js';
import {
  formatHalfWidth,
  formatMinutes,
  formatShortPercent,
  formatValue,
  formatValueLike,
  type ValueKind,
} from './format.js';

/** Which way is better for a KPI: up, down, or neither (a share to watch, not to push). */
export type Better = 'higher' | 'lower' | null;

/** The run compared with the pinned plan on one card (other − base over paired replications). */
export interface CardComparison {
  /** The plan's value (`baseMean`), in the card's unit. */
  readonly planValue: number;
  /** This run minus the plan, in the card's unit (shares as fractions: 0.015 = 1.5 points). */
  readonly difference: number;
  /** 95% half-width of the difference; NaN with fewer than two pairs. */
  readonly halfWidth: number;
  /** The 95% interval of the difference excludes 0. */
  readonly significant: boolean;
  /** `better`/`worse` when significant and the KPI has a direction; otherwise null. */
  readonly change: 'better' | 'worse' | null;
}

/** One headline card. */
export interface KpiCard {
  /** `kpi|scope` of the row it shows: the card's `data-kpi`. */
  readonly key: string;
  readonly title: string;
  /** A line under the title, e.g. `first response within 1 h; goal 90%`. */
  readonly detail: string;
  readonly kind: ValueKind;
  /** Mean over replications; NaN when the run has no such row or no case to measure. */
  readonly mean: number;
  /** 95% half-width; NaN with one replication. */
  readonly halfWidth: number;
  /** SLA cards only: the goal share (`scenario.sla.goal`); null for other cards. */
  readonly goal: number | null;
  /** SLA cards only: mean attainment ≥ goal; null for other cards and when there was no case. */
  readonly verdict: 'met' | 'missed' | null;
  /** A reference value shown beside the value (the ~1% of cases reaching an Escalation Engineer). */
  readonly reference: { readonly label: string; readonly value: number } | null;
  readonly better: Better;
  readonly comparison: CardComparison | null;
}

interface CardDef {
  readonly kpi: string;
  readonly scope: string;
  readonly title: string;
  readonly detail: string;
  readonly kind: ValueKind;
  readonly better: Better;
}

/** What the cards read of a scenario: its first-response targets per severity and the goal. */
type SlaOfCards = { readonly sla: Pick<Scenario['sla'], 'firstResponse' | 'goal'> };

/** Share of cases expected to reach an Escalation Engineer (MODEL.md: "fewer than 1%"). */
export const EE_REFERENCE_SHARE = 0.01;

function definitions(scenario: SlaOfCards): CardDef[] {
  const { firstResponse, goal } = scenario.sla;
  const sla = (s: 'A' | 'B' | 'C'): CardDef => ({
    kpi: 'sla.attainment',
    scope: `severity:${s}`,
    title: `SLA severity ${s}`,
    detail: `first response within ${formatMinutes(firstResponse[s])}; goal ${formatShortPercent(goal)}`,
    kind: 'share',
    better: 'higher',
  });
  return [
    sla('A'),
    sla('B'),
    sla('C'),
    {
      kpi: 'wait.mean',
      scope: 'pool:router',
      title: 'ASA',
      detail: 'mean wait for a router',
      kind: 'minutes',
      better: 'lower',
    },
    {
      kpi: 'abandoned.share',
      scope: 'pool:router',
      title: 'Abandonment',
      detail: 'callers who hung up at the router',
      kind: 'share',
      better: 'lower',
    },
    {
      kpi: 'reached.share',
      scope: 'tier:escalation',
      title: 'EE share',
      detail: 'cases reaching an Escalation Engineer',
      kind: 'share',
      better: null,
    },
    {
      kpi: 'cost.perWeek',
      scope: 'all',
      title: 'Cost per week',
      detail: 'labour, all roles',
      kind: 'currency',
      better: 'lower',
    },
    {
      kpi: 'cost.perCase',
      scope: 'all',
      title: 'Cost per case',
      detail: 'labour per resolved case',
      kind: 'currency',
      better: 'lower',
    },
  ];
}

function compared(row: ComparisonRow | undefined, better: Better): CardComparison | null {
  if (!row) return null;
  const up = row.difference > 0;
  const change =
    row.significant && better !== null ? ((better === 'higher') === up ? 'better' : 'worse') : null;
  return {
    planValue: row.baseMean,
    difference: row.difference,
    halfWidth: row.halfWidth,
    significant: row.significant,
    change,
  };
}

/**
 * The headline cards of a run, in display order: SLA attainment for severities A, B, C (verdict
 * against `scenario.sla.goal`, like the CLI's PASS/FAIL), ASA at the router, router abandonment,
 * the EE share beside the ~1% reference, cost per week and per resolved case. With `comparison`
 * (this run as `other`, the pinned plan as `base`) each card also carries the plan's value and the
 * paired difference. When a pool cannot keep up (`summary.unstable`), the cost per case card says
 * "work left undone" and never calls its change better or worse.
 */
export function prepareKpiCards(
  summary: Pick<RunSummary, 'kpis'> & Partial<Pick<RunSummary, 'unstable'>>,
  scenario: SlaOfCards,
  comparison?: readonly ComparisonRow[] | null,
): KpiCard[] {
  const rows = new Map<string, KpiRow>(summary.kpis.map((r) => [kpiKey(r.kpi, r.scope), r]));
  const diffs = new Map<string, ComparisonRow>((comparison ?? []).map((r) => [kpiKey(r.kpi, r.scope), r]));
  return definitions(scenario).map((def) => {
    const key = kpiKey(def.kpi, def.scope);
    const row = rows.get(key);
    const mean = row?.mean ?? NaN;
    const isSla = def.kpi === 'sla.attainment';
    // With a pool that cannot keep up, the cost per resolved case falls because work is left
    // undone: no saving, so no "better".
    const undone = def.kpi === 'cost.perCase' && (summary.unstable?.length ?? 0) > 0;
    const comparedRow = comparison ? compared(diffs.get(key), undone ? null : def.better) : null;
    return {
      key,
      title: def.title,
      detail: undone ? `${def.detail}; work left undone` : def.detail,
      kind: def.kind,
      mean,
      halfWidth: row?.halfWidth ?? NaN,
      goal: isSla ? scenario.sla.goal : null,
      verdict: isSla && !Number.isNaN(mean) ? (mean >= scenario.sla.goal ? 'met' : 'missed') : null,
      reference: def.kpi === 'reached.share' ? { label: 'reference', value: EE_REFERENCE_SHARE } : null,
      better: def.better,
      comparison: comparedRow,
    };
  });
}

function el(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** What the significance line of a card says: the verdict, or the direction of a KPI without one. */
function significanceText(c: CardComparison, direction: 'up' | 'down' | null): string {
  if (!c.significant) return 'not significant';
  const how = c.change ?? (direction === 'up' ? 'higher' : direction === 'down' ? 'lower' : null);
  return how ? `significant: ${how}` : 'significant';
}

/**
 * Replaces `container`'s content with the cards: each an <article data-kpi="kpi|scope"> whose
 * main value is in `.value`; SLA cards carry `met`/`missed` as a class and a ✓/✗ text.
 */
export function renderKpiCards(container: HTMLElement, cards: readonly KpiCard[]): void {
  const view = startView(container, 'kpi-cards');
  const list = el('div', 'kpi-cards');
  list.setAttribute('role', 'list');
  for (const card of cards) {
    const item = el('article', `kpi-card${card.verdict ? ` kpi-${card.verdict}` : ''}`);
    item.setAttribute('role', 'listitem');
    item.dataset.kpi = card.key;
    item.append(el('h3', 'kpi-title', card.title), el('p', 'kpi-detail', card.detail));
    const line = el('p', 'kpi-main');
    line.append(el('span', 'value', formatValue(card.mean, card.kind)));
    const hw = formatHalfWidth(card.halfWidth, card.kind, card.mean);
    if (hw) line.append(' ', el('span', 'interval', hw));
    item.append(line);
    if (card.verdict) {
      const goal = `goal ${formatShortPercent(card.goal ?? NaN)}`;
      item.append(el('p', 'verdict', card.verdict === 'met' ? `✓ meets ${goal}` : `✗ misses ${goal}`));
    } else if (card.goal !== null) {
      item.append(el('p', 'verdict', 'no cases of this severity'));
    }
    if (card.reference)
      item.append(
        el('p', 'reference', `${card.reference.label} ~${formatShortPercent(card.reference.value)}`),
      );
    if (card.comparison) {
      const c = card.comparison;
      // Plan, change and interval in the unit of the card's value, so they read against it.
      const text = formatChange(c, card.kind, card.mean);
      const box = el('div', `kpi-comparison${c.change ? ` kpi-${c.change}` : ''}`);
      box.append(
        el('p', 'plan', `plan ${formatValueLike(c.planValue, card.kind, card.mean)}`),
        el('p', 'difference', changeLine(text)),
        el('p', 'significance', significanceText(c, text.direction)),
      );
      item.append(box);
    } else if (cards.some((other) => other.comparison)) {
      item.append(el('p', 'kpi-comparison', 'no paired value'));
    }
    list.append(item);
  }
  view.append(list);
}
