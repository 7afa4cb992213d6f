import { axisBottom, axisLeft, line, curveStepAfter, scaleLinear } from 'd3';
import { DAY_NAMES, HOURS_PER_WEEK } from '../../sim/index.js';
import {
  appendFrame,
  appendNote,
  chartWidth,
  drawLegend,
  drawXAxis,
  drawYAxis,
  LEGEND_ROW,
  legendLayout,
  startView,
  TITLE_LINE,
  xTitleLines,
  type Frame,
  type LegendItem,
} from './chart-kit.js';
import { formatPercent } from './format.js';
import { INK, OKABE_ITO, SHADE } from './palette.js';
import { PLAN_COLOUR } from './plan-overlay.js';
import { hourLabel, prepareTimeOfWeek, type PoolStrip } from './time-of-week-data.js';
import type { TimeOfWeek } from '../../sim/index.js';
import { drawWeekHeatmap } from './week-heatmap.js';

/** Options of {@link renderTimeOfWeek}. */
export interface TimeOfWeekOptions {
  /** Pool whose people are shown (default: the first SE team). */
  readonly pool?: string;
  readonly onPoolChange?: (pool: string) => void;
  /** The pinned plan's name, for the legends (default `plan`). */
  readonly planName?: string | null;
}

const X_TITLE = 'hour of the week (the organisation’s clock)';

/** A chart over the 168 hours of the week with a line per series and the legend above. */
function weekFrame(host: HTMLElement, width: number, legend: LegendItem[], label: string): Frame {
  const sides = { left: 64, right: 16 };
  const rows = legendLayout(legend, width - sides.left - sides.right).rows;
  const titleLines = xTitleLines(X_TITLE, width - sides.left - sides.right, { ...sides, top: 0, bottom: 0 });
  const margin = { ...sides, top: 12 + rows * LEGEND_ROW, bottom: 52 + (titleLines.length - 1) * TITLE_LINE };
  const height = 200 + margin.top + margin.bottom;
  const frame = appendFrame(host, { width, height, margin }, label);
  drawLegend(frame.svg, legend, margin.left, 14, width - sides.left - sides.right);
  const x = scaleLinear([0, HOURS_PER_WEEK], [0, frame.innerWidth]);
  // A day's name under its middle; one letter where three would crowd (a phone).
  const short = frame.innerWidth / 7 < 44;
  const axis = axisBottom(x)
    .tickValues(DAY_NAMES.map((_, d) => d * 24 + 12))
    .tickSize(0)
    .tickPadding(8)
    .tickFormat((h) => {
      const day = DAY_NAMES[Math.floor(Number(h) / 24)];
      return short ? day[0] : day;
    });
  drawXAxis(frame, axis, X_TITLE);
  // Day boundaries as ticks of their own, unlabelled.
  frame.plot
    .append('g')
    .attr('class', 'day-ticks')
    .selectAll('line')
    .data(Array.from({ length: 8 }, (_, d) => d * 24))
    .join('line')
    .attr('x1', (h) => x(h))
    .attr('x2', (h) => x(h))
    .attr('y1', frame.innerHeight)
    .attr('y2', frame.innerHeight + 6)
    .attr('stroke', INK);
  return frame;
}

/** Draws 168 hourly values as a step line of class `cls` (solid when `dash` is null). */
function drawStep(
  frame: Frame,
  cls: string,
  values: readonly number[],
  y: (v: number) => number,
  colour: string,
  dash: string | null,
): void {
  frame.plot
    .append('path')
    .attr('class', cls)
    .attr('d', stepPath(frame, values, y))
    .attr('fill', 'none')
    .attr('stroke', colour)
    .attr('stroke-width', 2)
    .attr('stroke-dasharray', dash);
}

/** A step line of 168 hourly values (NaN breaks it). */
function stepPath(frame: Frame, values: readonly number[], y: (v: number) => number) {
  const x = scaleLinear([0, HOURS_PER_WEEK], [0, frame.innerWidth]);
  // The last hour is drawn to its end, so Sunday 23:00 is as wide as the others.
  const points = [
    ...values.map((v, h) => [h, v] as const),
    [HOURS_PER_WEEK, values[values.length - 1]] as const,
  ];
  return line<readonly [number, number]>()
    .defined(([, v]) => Number.isFinite(v))
    .x(([h]) => x(h))
    .y(([, v]) => y(v))
    .curve(curveStepAfter)(points);
}

function drawServiceLevel(
  host: HTMLElement,
  width: number,
  now: readonly number[],
  plan: readonly number[] | null,
  goal: number,
  planName: string,
): void {
  const legend: LegendItem[] = [
    { label: 'now', colour: OKABE_ITO.blue, swatch: 'line' },
    ...(plan ? [{ label: planName, colour: PLAN_COLOUR, swatch: 'line' as const, dash: '6 4' }] : []),
    { label: `goal ${formatPercent(goal, 0)}`, colour: OKABE_ITO.vermillion, swatch: 'line', dash: '2 3' },
  ];
  const frame = weekFrame(
    host,
    width,
    legend,
    'Service level by hour of the week, now and in the plan, with the goal.',
  );
  frame.svg.attr('data-chart', 'service-level');
  const lowest = Math.min(goal, ...[...now, ...(plan ?? [])].filter(Number.isFinite));
  const y = scaleLinear([Math.max(0, Math.floor(lowest * 10) / 10 - 0.05), 1], [frame.innerHeight, 0]);
  drawYAxis(
    frame,
    axisLeft(y)
      .ticks(5)
      .tickFormat((d) => formatPercent(Number(d), 0)),
    'answered in time',
  );
  frame.plot
    .append('line')
    .attr('x2', frame.innerWidth)
    .attr('y1', y(goal))
    .attr('y2', y(goal))
    .attr('stroke', OKABE_ITO.vermillion)
    .attr('stroke-dasharray', '2 3');
  if (plan) drawStep(frame, 'plan-line', plan, y, PLAN_COLOUR, '6 4');
  drawStep(frame, 'now-line', now, y, OKABE_ITO.blue, null);
}

function drawPeople(host: HTMLElement, width: number, strip: PoolStrip, planName: string): void {
  const legend: LegendItem[] = [
    { label: 'load (busy people, Erlangs)', colour: '#cfe3f1', swatch: 'box' },
    { label: 'on shift', colour: OKABE_ITO.blue, swatch: 'line' },
    ...(strip.needed
      ? [{ label: 'needed (Erlang C)', colour: OKABE_ITO.vermillion, swatch: 'line' as const, dash: '7 4' }]
      : []),
    ...(strip.plan
      ? [{ label: `on shift in ${planName}`, colour: PLAN_COLOUR, swatch: 'line' as const, dash: '2 3' }]
      : []),
    ...(strip.shortHours.length > 0
      ? [{ label: 'fewer on shift than needed', colour: SHADE.warmup, swatch: 'box' as const }]
      : []),
  ];
  const frame = weekFrame(
    host,
    width,
    legend,
    `People of ${strip.pool} by hour of the week: on shift, needed by Erlang C, and the load.`,
  );
  frame.svg
    .attr('data-chart', 'people')
    .attr('data-pool', strip.pool)
    .attr('data-short-hours', strip.shortHours.length);
  const top = Math.max(
    1,
    ...[
      ...strip.scheduled,
      ...(strip.needed ?? []),
      ...strip.loadErlangs,
      ...(strip.plan?.scheduled ?? []),
    ].filter(Number.isFinite),
  );
  const y = scaleLinear([0, top * 1.05], [frame.innerHeight, 0]).nice();
  const x = scaleLinear([0, HOURS_PER_WEEK], [0, frame.innerWidth]);
  const hourWidth = frame.innerWidth / HOURS_PER_WEEK;
  frame.plot
    .append('g')
    .attr('class', 'short-hours')
    .selectAll('rect')
    .data(strip.shortHours)
    .join('rect')
    .attr('x', (h) => x(h))
    .attr('width', hourWidth)
    .attr('height', frame.innerHeight)
    .attr('fill', SHADE.warmup)
    .append('title')
    .text((h) => `${hourLabel(h)}: ${strip.scheduled[h].toFixed(1)} on shift, ${strip.needed![h]} needed`);
  frame.plot
    .append('g')
    .attr('class', 'load')
    .selectAll('rect')
    .data(strip.loadErlangs)
    .join('rect')
    .attr('x', (_, h) => x(h))
    .attr('width', hourWidth)
    .attr('y', (v) => y(v))
    .attr('height', (v) => frame.innerHeight - y(v))
    .attr('fill', '#cfe3f1');
  drawYAxis(frame, axisLeft(y).ticks(5), 'people');
  if (strip.plan) drawStep(frame, 'plan-line', strip.plan.scheduled, y, PLAN_COLOUR, '2 3');
  drawStep(frame, 'now-line', strip.scheduled, y, OKABE_ITO.blue, null);
  if (strip.needed) drawStep(frame, 'needed-line', strip.needed, y, OKABE_ITO.vermillion, '7 4');
}

/**
 * The time-of-week view: a heatmap of the service level of each hour of the week (by the hour the
 * cases arrived in), the service level as a line beside the plan's, and for one pool (a
 * <select>) its people on shift against those Erlang C needs at that hour's simulated load.
 */
export function renderTimeOfWeek(
  container: HTMLElement,
  now: TimeOfWeek,
  plan: TimeOfWeek | null,
  options: TimeOfWeekOptions = {},
): void {
  const view = startView(container, 'time-of-week');
  const planName = options.planName ?? 'plan';
  let data = prepareTimeOfWeek(now, plan, options.pool);
  if (now.pools.length === 0 || now.weeks <= 0) {
    appendNote(view, 'No hours measured after the warm-up.');
    return;
  }
  const picker = document.createElement('label');
  picker.className = 'viz-picker';
  picker.append('People of ');
  const select = document.createElement('select');
  select.className = 'pool-select';
  const first = data.strip?.pool;
  for (const pool of data.pools) select.append(new Option(pool, pool, pool === first, pool === first));
  picker.append(select);
  const headline = appendNote(view, data.headline);
  headline.classList.add('time-of-week-headline');
  const heat = document.createElement('div');
  const level = document.createElement('div');
  const people = document.createElement('div');
  view.append(heat, level, picker, people);
  const width = chartWidth(container);
  const draw = (): void => {
    heat.replaceChildren();
    level.replaceChildren();
    people.replaceChildren();
    headline.textContent = data.headline;
    drawWeekHeatmap(heat, data.cells, data.goal, Math.min(width, 760));
    drawServiceLevel(level, width, data.serviceLevel, data.planServiceLevel, data.goal, planName);
    if (data.strip) drawPeople(people, width, data.strip, planName);
  };
  select.addEventListener('change', () => {
    data = prepareTimeOfWeek(now, plan, select.value);
    draw();
    options.onPoolChange?.(select.value);
  });
  draw();
  appendNote(
    view,
    'Each hour’s service level counts the cases that arrived in it. “Needed” is Erlang C per hour, as if each hour were steady, for the share of the pool’s cases answered within their targets to reach the goal in one first-come-first-served queue, grossed up for shrinkage; the load is the work that arrives in the hour. With jobs longer than an hour the need spreads into the hours after: a guide to where people are short, not a rota.',
  );
}
