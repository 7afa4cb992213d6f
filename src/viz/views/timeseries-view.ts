import { axisBottom, axisLeft, line, max, pointer, scaleLinear } from 'd3';
import { SERIES_METRICS, type HourlySeries } from '../../sim/index.js';
import {
  appendFrame,
  appendHoverTarget,
  appendNote,
  appendTooltip,
  chartWidth,
  drawLegend,
  drawXAxis,
  drawYAxis,
  LEGEND_ROW,
  legendLayout,
  startView,
  TITLE_LINE,
  xTitleLines,
  type LegendItem,
} from './chart-kit.js';
import { formatNumber } from './format.js';
import { MUTED, SERIES_COLOURS, SHADE } from './palette.js';
import { appendWarmupHatch } from './warmup-hatch.js';
import { hourLabel } from './time-of-week-data.js';

/** What the view reads of an hourly series (a `HourlySeries` or anything shaped like one). */
export type SeriesSource = Pick<HourlySeries, 'pools' | 'hours' | 'get'>;

/** One hourly sample of a pool (means over replications): cases queued and at the pool, staff on duty and busy. */
export interface SeriesPoint {
  /** Hours since the start of the run (hour 0 = Monday 00:00). */
  readonly hour: number;
  readonly queue: number;
  readonly backlog: number;
  readonly onDuty: number;
  readonly busy: number;
}

/** Hours [fromHour, toHour) since the start of the run. */
export interface HourInterval {
  readonly fromHour: number;
  readonly toHour: number;
}

export interface TimeseriesData {
  readonly pool: string;
  readonly points: SeriesPoint[];
  /** Runs of consecutive hours with no one on duty, merged; empty for a pool nobody staffs. */
  readonly offShift: HourInterval[];
  /** False when the pool never has anyone on duty (the product group: a delay, not a staffed pool). */
  readonly staffed: boolean;
  readonly warmupDays: number;
  /** Length of the series, days. */
  readonly days: number;
}

const METRIC = {
  queue: SERIES_METRICS.indexOf('queue'),
  backlog: SERIES_METRICS.indexOf('backlog'),
  onDuty: SERIES_METRICS.indexOf('onDuty'),
  busy: SERIES_METRICS.indexOf('busy'),
};

/** Merges the hours whose `onDuty` is 0 into intervals: [2, 0, 0, 2, 0] → [1, 3), [4, 5). */
export function offShiftIntervals(onDuty: readonly number[]): HourInterval[] {
  const intervals: HourInterval[] = [];
  let from = -1;
  onDuty.forEach((staff, hour) => {
    // The series is a mean over replications of non-negative counts: 0 only when 0 in every one.
    if (staff <= 0 && from < 0) from = hour;
    if (staff > 0 && from >= 0) {
      intervals.push({ fromHour: from, toHour: hour });
      from = -1;
    }
  });
  if (from >= 0) intervals.push({ fromHour: from, toHour: onDuty.length });
  return intervals;
}

/**
 * The hourly queue and backlog of `pool` with its off-shift hours (each sample stands for the hour
 * that starts at it). Throws a RangeError naming the pools when `pool` is not one of them.
 */
export function prepareTimeseries(series: SeriesSource, pool: string, warmupDays: number): TimeseriesData {
  const p = series.pools.indexOf(pool);
  if (p < 0) throw new RangeError(`prepareTimeseries: no pool "${pool}" (pools: ${series.pools.join(', ')})`);
  const points: SeriesPoint[] = [];
  for (let hour = 0; hour < series.hours; hour++) {
    const at = (m: number) => series.get(hour, p, m);
    points.push({
      hour,
      queue: at(METRIC.queue),
      backlog: at(METRIC.backlog),
      onDuty: at(METRIC.onDuty),
      busy: at(METRIC.busy),
    });
  }
  const staffed = points.some((pt) => pt.onDuty > 0);
  return {
    pool,
    points,
    offShift: staffed ? offShiftIntervals(points.map((pt) => pt.onDuty)) : [],
    staffed,
    warmupDays,
    days: series.hours / 24,
  };
}

/** Options of {@link renderTimeseries}. */
export interface TimeseriesOptions {
  /** Pool shown first (default `router`, else the first pool). */
  readonly pool?: string;
  /** Called when the viewer picks another pool in the view's <select>. */
  readonly onPoolChange?: (pool: string) => void;
  /** Chart height, px (default 360). */
  readonly height?: number;
}

/** Day ticks: every 1, 2, 7, 14, 28 or 91 days, whichever keeps labels ≥ 60 px apart. */
function dayStep(days: number, pixels: number): number {
  return [1, 2, 7, 14, 28, 91].find((step) => (days / step) * 60 <= pixels) ?? 182;
}

const X_TITLE = 'days since the start of the run (day 0 = Monday 00:00)';

/** The legend's entries: the two lines, and the shading when the chart has any. */
function legendItems(data: TimeseriesData, hatch: string): LegendItem[] {
  return [
    { label: 'queue (waiting)', colour: SERIES_COLOURS.queue, swatch: 'line' },
    { label: 'backlog (at the pool)', colour: SERIES_COLOURS.backlog, swatch: 'line', dash: '7 4' },
    ...(data.offShift.length > 0
      ? [{ label: 'off shift', colour: SHADE.offShift, swatch: 'box' as const }]
      : []),
    ...(data.warmupDays > 0 ? [{ label: 'warm-up', colour: `url(#${hatch})`, swatch: 'box' as const }] : []),
  ];
}

function drawChart(host: HTMLElement, width: number, data: TimeseriesData, height: number): void {
  host.replaceChildren();
  // Room above for the legend and below for the axis title, in as many rows as the width needs.
  const sides = { left: 70, right: 20 };
  const legendRows = legendLayout(legendItems(data, ''), width - sides.left - 8).rows;
  const titleLines = xTitleLines(X_TITLE, width - sides.left - sides.right, { ...sides, top: 0, bottom: 0 });
  const margin = {
    ...sides,
    top: 18 + legendRows * LEGEND_ROW,
    bottom: 52 + (titleLines.length - 1) * TITLE_LINE,
  };
  const label = `Queue length and backlog of ${data.pool}, hourly over ${formatNumber(data.days, 0)} days; ${data.offShift.length} off-shift periods shaded; warm-up ${data.warmupDays} days marked.`;
  const frame = appendFrame(host, { width, height, margin }, label);
  const x = scaleLinear().domain([0, data.days]).range([0, frame.innerWidth]);
  const top = max(data.points, (d) => Math.max(d.queue, d.backlog)) ?? 0;
  const y = scaleLinear()
    .domain([0, top > 0 ? top * 1.05 : 1])
    .nice()
    .range([frame.innerHeight, 0]);
  const hatch = appendWarmupHatch(frame.svg);
  const shade = frame.plot.append('g').attr('class', 'off-shift');
  shade
    .selectAll('rect')
    .data(data.offShift)
    .join('rect')
    .attr('x', (d) => x(d.fromHour / 24))
    .attr('width', (d) => Math.max(0.5, x(d.toHour / 24) - x(d.fromHour / 24)))
    .attr('height', frame.innerHeight)
    .attr('fill', SHADE.offShift);
  if (data.warmupDays > 0) {
    frame.plot
      .append('rect')
      .attr('class', 'warmup')
      .attr('width', x(Math.min(data.warmupDays, data.days)))
      .attr('height', frame.innerHeight)
      .attr('fill', `url(#${hatch})`)
      .attr('fill-opacity', 0.6);
  }
  const step = dayStep(data.days, frame.innerWidth);
  const ticks = Array.from({ length: Math.floor(data.days / step) + 1 }, (_, i) => i * step);
  drawXAxis(
    frame,
    axisBottom(x)
      .tickValues(ticks)
      .tickFormat((d) => String(d)),
    X_TITLE,
  );
  drawYAxis(frame, axisLeft(y).ticks(6), 'cases (mean over replications)');
  const path = (key: 'queue' | 'backlog') =>
    line<SeriesPoint>(
      (d) => x(d.hour / 24),
      (d) => y(d[key]),
    );
  frame.plot
    .append('path')
    .attr('class', 'line backlog')
    .attr('fill', 'none')
    .attr('stroke', SERIES_COLOURS.backlog)
    .attr('stroke-width', 2.5)
    .attr('stroke-dasharray', '7 4')
    .attr('d', path('backlog')(data.points));
  frame.plot
    .append('path')
    .attr('class', 'line queue')
    .attr('fill', 'none')
    .attr('stroke', SERIES_COLOURS.queue)
    .attr('stroke-width', 2.5)
    .attr('d', path('queue')(data.points));
  drawLegend(frame.svg, legendItems(data, hatch), margin.left, 18, width - margin.left - 8);
  const rule = frame.plot
    .append('line')
    .attr('class', 'hover-rule')
    .attr('y2', frame.innerHeight)
    .attr('stroke', MUTED)
    .attr('stroke-width', 1.5)
    .attr('visibility', 'hidden');
  const tip = appendTooltip(host);
  appendHoverTarget(frame)
    .on('pointermove', (event: PointerEvent) => {
      const [px] = pointer(event);
      const hour = Math.max(0, Math.min(data.points.length - 1, Math.floor(x.invert(px) * 24)));
      const d = data.points[hour];
      if (!d) return;
      rule
        .attr('x1', x(hour / 24))
        .attr('x2', x(hour / 24))
        .attr('visibility', 'visible');
      const day = Math.floor(hour / 24);
      tip.show(
        [
          `${data.pool}: ${hourLabel(hour)}, day ${day}${day < data.warmupDays ? ' (warm-up)' : ''}`,
          `queue ${formatNumber(d.queue, 2)} cases`,
          `backlog ${formatNumber(d.backlog, 2)} cases`,
          d.onDuty > 0
            ? `on duty ${formatNumber(d.onDuty, 1)}, busy ${formatNumber(d.busy, 1)}`
            : 'off shift: no one on duty',
        ],
        event,
      );
    })
    .on('pointerleave', () => {
      rule.attr('visibility', 'hidden');
      tip.hide();
    });
  if (!data.staffed)
    appendNote(
      host,
      `${data.pool} is not a staffed pool (nobody is ever on duty): cases wait there for a delay, so no shifts are shaded.`,
    );
}

/**
 * Draws queue length and backlog over time for one pool of `source.series`, with a <select> of the
 * pools inside the view; off-shift hours shaded grey, the warm-up hatched. `source` can be the RunSummary.
 */
export function renderTimeseries(
  container: HTMLElement,
  source: { readonly series: SeriesSource; readonly warmupDays: number },
  options: TimeseriesOptions = {},
): void {
  const view = startView(container, 'timeseries');
  const { pools } = source.series;
  if (pools.length === 0 || source.series.hours === 0) {
    appendNote(view, 'No hourly series in this run.');
    return;
  }
  const first =
    options.pool && pools.includes(options.pool)
      ? options.pool
      : pools.includes('router')
        ? 'router'
        : pools[0];
  const picker = document.createElement('label');
  picker.className = 'viz-picker';
  picker.append('Pool ');
  const select = document.createElement('select');
  select.className = 'pool-select';
  for (const pool of pools) select.append(new Option(pool, pool, pool === first, pool === first));
  picker.append(select);
  const chart = document.createElement('div');
  chart.className = 'viz-chart-host';
  view.append(picker, chart);
  const width = chartWidth(container);
  const draw = (pool: string) =>
    drawChart(chart, width, prepareTimeseries(source.series, pool, source.warmupDays), options.height ?? 360);
  select.addEventListener('change', () => {
    draw(select.value);
    options.onPoolChange?.(select.value);
  });
  draw(first);
}
