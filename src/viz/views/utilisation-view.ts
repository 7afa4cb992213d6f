import { axisBottom, axisLeft, scaleBand, scaleLinear } from 'd3';
import type { KpiRow } from '../../sim/index.js';
import {
  appendFrame,
  appendNote,
  chartWidth,
  drawLegend,
  drawXAxis,
  LEGEND_ROW,
  legendLayout,
  startView,
  TITLE_LINE,
  xTitleLines,
  type LegendItem,
} from './chart-kit.js';
import { formatNumber, formatPercent } from './format.js';
import { INK, OKABE_ITO } from './palette.js';
import { PLAN_COLOUR } from './plan-overlay.js';

/** One pool's utilisation (share of available shift time spent on cases) and its 95% interval. */
export interface UtilisationBar {
  /** Pool name without the `pool:` prefix, e.g. `se/XADM`. */
  readonly pool: string;
  readonly mean: number;
  /** 95% half-width; NaN with one replication (no whisker then). */
  readonly halfWidth: number;
  /** Mean visits per replication (bars are only made for pools with visits). */
  readonly visits: number;
}

/**
 * The `utilisation|pool:*` rows of a run, in their order, for pools with visits: a pool no case
 * visited (visits 0 or missing) has nothing to show, and one without a finite utilisation is skipped.
 */
export function prepareUtilisation(kpis: readonly KpiRow[]): UtilisationBar[] {
  const visits = new Map<string, number>();
  for (const row of kpis)
    if (row.kpi === 'visits' && row.scope.startsWith('pool:')) visits.set(row.scope, row.mean);
  return kpis
    .filter((row) => row.kpi === 'utilisation' && row.scope.startsWith('pool:'))
    .filter((row) => (visits.get(row.scope) ?? 0) > 0 && Number.isFinite(row.mean))
    .map((row) => ({
      pool: row.scope.slice('pool:'.length),
      mean: row.mean,
      halfWidth: row.halfWidth,
      visits: visits.get(row.scope) ?? 0,
    }));
}

const X_TITLE = 'utilisation (% of shift time available for cases)';

/** Below this width, px, pool names go above their bars instead of left of them. */
const NARROW = 520;

function intervalText(bar: UtilisationBar): string {
  if (!Number.isFinite(bar.halfWidth))
    return `${bar.pool}: utilisation ${formatPercent(bar.mean)} (one replication: no interval)`;
  return `${bar.pool}: utilisation ${formatPercent(bar.mean)} ± ${formatPercent(bar.halfWidth)} (95% interval ${formatPercent(bar.mean - bar.halfWidth)} to ${formatPercent(bar.mean + bar.halfWidth)}); ${formatNumber(bar.visits, 1)} visits per replication`;
}

/**
 * Horizontal bars of utilisation by pool with 95% interval whiskers on a 0–100% axis (extended
 * past 100% only if a pool's interval goes beyond it, e.g. with heavy overtime).
 */
export function renderUtilisation(
  container: HTMLElement,
  bars: readonly UtilisationBar[],
  /** The pinned plan's bars, drawn as a grey mark across each pool's bar; and its name. */
  plan: { readonly bars: readonly UtilisationBar[]; readonly name: string | null } | null = null,
): void {
  const view = startView(container, 'utilisation');
  if (bars.length === 0) {
    appendNote(view, 'No pool had any visit: no utilisation to show.');
    return;
  }
  const width = chartWidth(container);
  // Narrow (a phone): each pool's name above its bar, so the bars keep the width the names took.
  const narrow = width < NARROW;
  const rowHeight = narrow ? 52 : 34;
  const sides = narrow ? { left: 8, right: 64 } : { left: 170, right: 80 };
  const titleLines = xTitleLines(X_TITLE, width - sides.left - sides.right, { ...sides, top: 0, bottom: 0 });
  const planOf = new Map((plan?.bars ?? []).map((b) => [b.pool, b.mean]));
  const legend: LegendItem[] = plan
    ? [
        { label: 'now', colour: OKABE_ITO.skyBlue, swatch: 'box' },
        { label: plan.name ?? 'plan', colour: PLAN_COLOUR, swatch: 'line' },
      ]
    : [];
  const legendRows = plan ? legendLayout(legend, width - 16).rows : 0;
  const margin = {
    ...sides,
    top: 12 + legendRows * LEGEND_ROW,
    bottom: 52 + (titleLines.length - 1) * TITLE_LINE,
  };
  const height = margin.top + margin.bottom + bars.length * rowHeight;
  const summary = bars.map((b) => `${b.pool} ${formatPercent(b.mean)}`).join(', ');
  const frame = appendFrame(
    view,
    { width, height, margin },
    `Utilisation by pool with 95% intervals: ${summary}.`,
  );
  const highest = Math.max(
    1,
    ...bars.map((b) => b.mean + (Number.isFinite(b.halfWidth) ? b.halfWidth : 0)),
    ...planOf.values(),
  );
  const x = scaleLinear().domain([0, highest]).range([0, frame.innerWidth]);
  const y = scaleBand<string>()
    .domain(bars.map((b) => b.pool))
    .range([0, frame.innerHeight])
    .padding(0.25);
  // Vertical grid at every tick: 10% apart, 20% or more where that would crowd the labels.
  const tickCount = Math.max(2, Math.min(10, Math.floor(frame.innerWidth / 55)));
  frame.plot
    .append('g')
    .attr('class', 'grid')
    .selectAll('line')
    .data(x.ticks(tickCount))
    .join('line')
    .attr('x1', (d) => x(d))
    .attr('x2', (d) => x(d))
    .attr('y2', frame.innerHeight)
    .attr('stroke', '#e0e0e0');
  drawXAxis(
    frame,
    axisBottom(x)
      .ticks(tickCount)
      .tickFormat((d) => formatPercent(Number(d), 0)),
    X_TITLE,
  );
  if (!narrow)
    frame.plot.append('g').attr('class', 'axis axis-y').call(axisLeft(y).tickSize(0).tickPadding(8));
  const row = frame.plot
    .append('g')
    .attr('class', 'bars')
    .selectAll('g')
    .data(bars)
    .join('g')
    .attr('transform', (d) => `translate(0,${y(d.pool) ?? 0})`);
  row.append('title').text(intervalText);
  const band = y.bandwidth();
  const barTop = narrow ? band * 0.45 : 0;
  const bar = band - barTop;
  if (narrow)
    row
      .append('text')
      .attr('class', 'pool-label')
      .attr('dy', '0.9em')
      .attr('fill', INK)
      .text((d) => d.pool);
  row
    .append('rect')
    .attr('class', 'bar')
    .attr('y', barTop)
    .attr('height', bar)
    .attr('width', (d) => x(d.mean))
    .attr('fill', OKABE_ITO.skyBlue)
    .attr('stroke', OKABE_ITO.blue)
    .attr('stroke-width', 1);
  const whisker = row
    .filter((d) => Number.isFinite(d.halfWidth))
    .append('g')
    .attr('class', 'whisker')
    .attr('stroke', INK)
    .attr('stroke-width', 2);
  whisker
    .append('line')
    .attr('x1', (d) => x(Math.max(0, d.mean - d.halfWidth)))
    .attr('x2', (d) => x(d.mean + d.halfWidth))
    .attr('y1', barTop + bar / 2)
    .attr('y2', barTop + bar / 2);
  for (const end of [-1, 1]) {
    whisker
      .append('line')
      .attr('x1', (d) => x(Math.max(0, d.mean + end * d.halfWidth)))
      .attr('x2', (d) => x(Math.max(0, d.mean + end * d.halfWidth)))
      .attr('y1', barTop + bar * 0.2)
      .attr('y2', barTop + bar * 0.8);
  }
  // The plan's utilisation: a mark across the bar where the plan's bar would end.
  row
    .filter((d) => Number.isFinite(planOf.get(d.pool)))
    .append('line')
    .attr('class', 'plan-mark')
    .attr('x1', (d) => x(planOf.get(d.pool)!))
    .attr('x2', (d) => x(planOf.get(d.pool)!))
    .attr('y1', barTop - 3)
    .attr('y2', barTop + bar + 3)
    .attr('stroke', PLAN_COLOUR)
    .attr('stroke-width', 4)
    .append('title')
    .text((d) => `${d.pool}: ${plan?.name ?? 'plan'} ${formatPercent(planOf.get(d.pool)!)}`);
  if (plan) drawLegend(frame.svg, legend, 8, 14, width - 16);
  row
    .append('text')
    .attr('class', 'bar-value')
    .attr('x', (d) => x(d.mean + (Number.isFinite(d.halfWidth) ? d.halfWidth : 0)) + 8)
    .attr('y', barTop + bar / 2)
    .attr('dy', '0.35em')
    .attr('fill', INK)
    .text((d) => formatPercent(d.mean));
}
