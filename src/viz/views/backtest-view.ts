import { axisBottom, axisLeft, line, scaleBand, scaleLinear, scaleLog, scalePoint } from 'd3';
import {
  backtestLabel,
  type BacktestData,
  type BacktestPoint,
  type Estimate,
  type WeekPoint,
} from './backtest-data.js';
import {
  appendFrame,
  appendNote,
  chartWidth,
  drawLegend,
  drawXAxis,
  drawYAxis,
  startView,
} from './chart-kit.js';
import { formatNumber, formatPercent } from './format.js';
import { INK, OKABE_ITO } from './palette.js';

/** Colours: what happened, what tiersim fit simulated, and what this page's run simulates now. */
const COLOURS = { observed: INK, fit: OKABE_ITO.blue, now: OKABE_ITO.orange } as const;

/**
 * The backtest of a fitted scenario: observed beside simulated on the same charts. Shares (tier
 * reach, coming back down, severity mix) and time quantiles (hours, log scale) as dots, with the
 * fit's 95% interval and, after a run on this page, the page's own figure; then the weeks'
 * arrivals and backlog as observed and simulated lines.
 */
export function renderBacktest(container: HTMLElement, data: BacktestData): void {
  const view = startView(container, 'backtest');
  appendNote(
    view,
    'Observed in the history (black) beside tiersim fit’s simulation with its 95% interval (blue) and this page’s run (orange, after a run: it moves with your edits). A red label disagrees beyond both the simulation’s interval and the history’s sampling error.',
  );
  if (data.shares.length > 0) dotChart(view, data.shares, 'share', 'share of cases');
  if (data.times.length > 0) dotChart(view, data.times, 'hours', 'hours from opening (log scale)');
  for (const [weeks, title] of [
    [data.arrivals, 'arrivals'],
    [data.backlog, 'open cases'],
  ] as const)
    if (weeks.length > 0) weekChart(view, weeks, title);
}

function valueText(x: number, kind: 'share' | 'hours'): string {
  return kind === 'share' ? formatPercent(x) : `${formatNumber(x, x < 10 ? 2 : 1)} h`;
}

function estimateText(e: Estimate, kind: 'share' | 'hours'): string {
  return Number.isFinite(e.halfWidth)
    ? `${valueText(e.mean, kind)} ± ${valueText(e.halfWidth, kind)}`
    : valueText(e.mean, kind);
}

function dotChart(
  host: HTMLElement,
  points: readonly BacktestPoint[],
  kind: 'share' | 'hours',
  title: string,
): void {
  const width = chartWidth(host);
  const narrow = width < 560;
  const margin = { top: 28, right: 16, bottom: 48, left: narrow ? 150 : 210 };
  const rowHeight = 26;
  const height = margin.top + margin.bottom + points.length * rowHeight;
  const frame = appendFrame(
    host,
    { width, height, margin },
    `Backtest, ${title}: ${points.map((p) => `${backtestLabel(p)} observed ${valueText(p.observed, kind)}, simulated ${estimateText(p.fit, kind)}`).join('; ')}.`,
  );
  const values = points.flatMap((p) => [p.observed, p.fit.mean, p.now?.mean ?? NaN]).filter((v) => v > 0);
  const x =
    kind === 'share'
      ? scaleLinear()
          .domain([0, Math.min(1, Math.max(0.05, ...values) * 1.1)])
          .nice()
          .range([0, frame.innerWidth])
      : scaleLog()
          .domain([Math.min(...values) / 1.5, Math.max(...values) * 1.5])
          .range([0, frame.innerWidth]);
  const keyOf = (p: BacktestPoint) => `${p.kpi} ${p.scope}`;
  const y = scaleBand<string>().domain(points.map(keyOf)).range([0, frame.innerHeight]).padding(0.3);
  const axis =
    kind === 'share'
      ? axisBottom(x)
          .ticks(narrow ? 4 : 8)
          .tickFormat((d) => formatPercent(Number(d), 0))
      : axisBottom(x)
          .tickValues(logTicks(x.domain() as [number, number], narrow))
          .tickFormat((d) => formatNumber(Number(d)));
  drawXAxis(frame, axis, title);
  frame.plot
    .append('g')
    .attr('class', 'axis axis-y')
    .call(
      axisLeft(y)
        .tickSize(0)
        .tickPadding(8)
        .tickFormat((key) => backtestLabel(points.find((p) => keyOf(p) === key)!)),
    )
    .selectAll<SVGTextElement, string>('text')
    .attr('fill', (key) => (points.find((p) => keyOf(p) === key)?.verdict === 'disagree' ? '#b00020' : INK));
  const safe = (v: number) => (kind === 'hours' ? Math.max(v, x.domain()[0]) : Math.max(0, v));
  const row = frame.plot
    .append('g')
    .selectAll('g')
    .data(points)
    .join('g')
    .attr('class', 'backtest-row')
    .attr('data-verdict', (p) => p.verdict)
    .attr('transform', (p) => `translate(0,${(y(keyOf(p)) ?? 0) + y.bandwidth() / 2})`);
  row
    .append('title')
    .text(
      (p) =>
        `${backtestLabel(p)}: observed ${valueText(p.observed, kind)}; tiersim fit ${estimateText(p.fit, kind)} (${p.verdict})${p.now ? `; this page ${estimateText(p.now, kind)}` : ''}`,
    );
  const interval = (e: (p: BacktestPoint) => Estimate | null, colour: string, dy: number) => {
    const shown = row.filter((p) => e(p) !== null && Number.isFinite(e(p)!.mean));
    shown
      .filter((p) => Number.isFinite(e(p)!.halfWidth))
      .append('line')
      .attr('x1', (p) => x(safe(e(p)!.mean - e(p)!.halfWidth)))
      .attr('x2', (p) => x(safe(e(p)!.mean + e(p)!.halfWidth)))
      .attr('y1', dy)
      .attr('y2', dy)
      .attr('stroke', colour)
      .attr('stroke-width', 2);
    shown
      .append('circle')
      .attr('cx', (p) => x(safe(e(p)!.mean)))
      .attr('cy', dy)
      .attr('r', 4)
      .attr('fill', colour);
  };
  interval((p) => p.fit, COLOURS.fit, -4);
  interval((p) => p.now, COLOURS.now, 4);
  row
    .filter((p) => Number.isFinite(p.observed))
    .append('path')
    .attr('d', 'M-5,-5L5,5M-5,5L5,-5')
    .attr('transform', (p) => `translate(${x(safe(p.observed))},0)`)
    .attr('stroke', COLOURS.observed)
    .attr('stroke-width', 2.5);
  drawLegend(
    frame.svg,
    [
      { label: 'observed', colour: COLOURS.observed, swatch: 'line' },
      { label: 'tiersim fit', colour: COLOURS.fit, swatch: 'line' },
      { label: 'this page', colour: COLOURS.now, swatch: 'line' },
    ],
    margin.left,
    14,
  );
}

/** Ticks of a log axis at 1, 2 and 5 times the powers of ten in `domain` (1 only when narrow), so labels never crowd. */
function logTicks([from, to]: [number, number], narrow: boolean): number[] {
  const ticks: number[] = [];
  for (let k = Math.floor(Math.log10(from)); k <= Math.ceil(Math.log10(to)); k++)
    for (const m of narrow ? [1] : [1, 2, 5]) {
      const t = Number((m * 10 ** k).toPrecision(1));
      if (t >= from && t <= to) ticks.push(t);
    }
  return ticks;
}

function weekChart(host: HTMLElement, weeks: readonly WeekPoint[], title: string): void {
  const width = chartWidth(host);
  const margin = { top: 28, right: 16, bottom: 56, left: 64 };
  const height = 240;
  const frame = appendFrame(
    host,
    { width, height, margin },
    `Backtest, ${title} per week: ${weeks.map((w) => `${w.week} observed ${formatNumber(w.observed)}, simulated ${formatNumber(w.fit.mean)}`).join('; ')}.`,
  );
  const x = scalePoint<string>()
    .domain(weeks.map((w) => w.week))
    .range([0, frame.innerWidth])
    .padding(0.3);
  const top = Math.max(
    ...weeks.flatMap((w) => [
      w.observed,
      w.fit.mean + (Number.isFinite(w.fit.halfWidth) ? w.fit.halfWidth : 0),
    ]),
  );
  const y = scaleLinear()
    .domain([0, top * 1.05])
    .nice()
    .range([frame.innerHeight, 0]);
  const every = Math.max(1, Math.ceil(weeks.length / Math.max(2, Math.floor(frame.innerWidth / 70))));
  drawXAxis(
    frame,
    axisBottom(x).tickValues(weeks.map((w) => w.week).filter((_, i) => i % every === 0)),
    'week starting',
  );
  drawYAxis(frame, axisLeft(y).ticks(5), title);
  const at = (w: WeekPoint) => x(w.week) ?? 0;
  frame.plot
    .append('g')
    .selectAll('line')
    .data(weeks.filter((w) => Number.isFinite(w.fit.halfWidth)))
    .join('line')
    .attr('x1', at)
    .attr('x2', at)
    .attr('y1', (w) => y(Math.max(0, w.fit.mean - w.fit.halfWidth)))
    .attr('y2', (w) => y(w.fit.mean + w.fit.halfWidth))
    .attr('stroke', COLOURS.fit)
    .attr('stroke-width', 2);
  for (const [value, colour, dash] of [
    [(w: WeekPoint) => w.fit.mean, COLOURS.fit, '4 3'],
    [(w: WeekPoint) => w.observed, COLOURS.observed, ''],
  ] as const) {
    frame.plot
      .append('path')
      .attr('fill', 'none')
      .attr('stroke', colour)
      .attr('stroke-width', 2)
      .attr('stroke-dasharray', dash)
      .attr(
        'd',
        line<WeekPoint>()
          .x(at)
          .y((w) => y(value(w)))(weeks as WeekPoint[]),
      );
  }
  drawLegend(
    frame.svg,
    [
      { label: `observed ${title} per week`, colour: COLOURS.observed, swatch: 'line' },
      { label: 'tiersim fit (95% interval)', colour: COLOURS.fit, swatch: 'line', dash: '4 3' },
    ],
    margin.left,
    14,
  );
}
