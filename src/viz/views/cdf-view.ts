import { axisBottom, axisLeft, line, pointer, scaleLinear, scaleLog } from 'd3';
import { MINUTES_PER_DAY, MINUTES_PER_WEEK, PROFILE_LEVELS, type ResponseProfile } from '../../sim/index.js';
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
import { formatMinutes, formatPercent, formatShortPercent } from './format.js';
import { MUTED, SEVERITY_COLOURS } from './palette.js';
import { drawPlanPath, planLegendItem } from './plan-overlay.js';

type Severity = 'A' | 'B' | 'C';
const SEVERITIES: readonly Severity[] = ['A', 'B', 'C'];

/** A point of a CDF: `share` of cases had their first response within `minutes`. */
export interface CdfPoint {
  readonly minutes: number;
  /** In [0, 1]. */
  readonly share: number;
}

export interface CdfLine {
  readonly severity: Severity;
  /** Increasing share (1%..99%); levels whose time is NaN (no case) are left out. */
  readonly points: CdfPoint[];
}

/** A severity's first-response target, minutes, and its label (`A target 1 h`). */
export interface CdfTarget {
  readonly severity: Severity;
  readonly minutes: number;
  readonly label: string;
}

export interface CdfData {
  readonly lines: CdfLine[];
  readonly targets: CdfTarget[];
  /** Smallest and largest positive time among points and targets, minutes (for a log axis). */
  readonly extent: readonly [number, number];
}

/**
 * First-response CDFs of severities A, B, C from a run's `responseProfile` (times at the
 * `PROFILE_LEVELS` 1%..99%, minutes, NaN where no case) and the SLA targets (`scenario.sla.firstResponse`).
 */
export function prepareCdf(
  profile: Pick<ResponseProfile, Severity>,
  targets: Readonly<Record<Severity, number>>,
): CdfData {
  const lines = SEVERITIES.map((severity) => ({
    severity,
    points: PROFILE_LEVELS.map((share, i) => ({ minutes: profile[severity][i], share })).filter((p) =>
      Number.isFinite(p.minutes),
    ),
  }));
  const marks = SEVERITIES.map((severity) => ({
    severity,
    minutes: targets[severity],
    label: `${severity} target ${formatMinutes(targets[severity])}`,
  }));
  const positive = [
    ...lines.flatMap((l) => l.points.map((p) => p.minutes)),
    ...marks.map((t) => t.minutes),
  ].filter((m) => m > 0);
  const extent: [number, number] =
    positive.length > 0 ? [Math.min(...positive), Math.max(...positive)] : [1, MINUTES_PER_WEEK];
  return { lines, targets: marks, extent };
}

/** Options of {@link renderCdf}. */
export interface CdfOptions {
  /** The SLA goal share, drawn as a horizontal reference line (e.g. 0.9). */
  readonly goal?: number;
  /** Chart height, px (default 400). */
  readonly height?: number;
  /** The pinned plan's lines (its `prepareCdf(...).lines`), drawn faded beside the run's; and its name. */
  readonly plan?: { readonly lines: readonly CdfLine[]; readonly name: string | null } | null;
}

const DASHES: Readonly<Record<Severity, string | null>> = { A: null, B: '9 4', C: '2 4' };
/** Log-axis ticks at durations people think in: 10 s .. 4 weeks, minutes. */
const TIME_TICKS = [
  ...[1 / 6, 1, 5, 15, 30, 60, 120, 240, 480],
  ...[1, 2].map((days) => days * MINUTES_PER_DAY),
  ...[1, 2, 4].map((weeks) => weeks * MINUTES_PER_WEEK),
];

const X_TITLE = 'time to first response (log scale)';

/** A legend entry per severity that has a line. */
function legendItems(data: CdfData): LegendItem[] {
  return data.lines
    .filter((l) => l.points.length > 0)
    .map((l) => ({
      label: `severity ${l.severity}`,
      colour: SEVERITY_COLOURS[l.severity],
      swatch: 'line' as const,
      dash: DASHES[l.severity] ?? undefined,
    }));
}

/**
 * The ticks, left to right, that leave room for their labels (≈ 8 px a character at 14 px, and a
 * gap): on a phone `1 min`, `15 min`, `1 h`, ... rather than every tick on top of another.
 */
function spacedTicks(ticks: readonly number[], x: (t: number) => number): number[] {
  const kept: number[] = [];
  let free = -Infinity;
  for (const t of ticks) {
    const half = (formatMinutes(t).length * 8) / 2;
    if (x(t) - half < free) continue;
    kept.push(t);
    free = x(t) + half + 10;
  }
  return kept;
}

/**
 * The CDFs on a log time axis (10 minutes and several days both read), share 0–100% on y, each
 * severity's target a vertical dashed line with its label. Severities differ by colour and dash.
 */
export function renderCdf(container: HTMLElement, data: CdfData, options: CdfOptions = {}): void {
  const view = startView(container, 'cdf');
  if (data.lines.every((l) => l.points.length === 0)) {
    appendNote(view, 'No case got a first response after the warm-up: no distribution to show.');
    return;
  }
  const width = chartWidth(container);
  const plan = options.plan ?? null;
  const legend = [...legendItems(data), ...(plan ? [planLegendItem(plan.name)] : [])];
  // Room above for the legend and below for the axis title, in as many rows as the width needs.
  const sides = { left: 70, right: 24 };
  const titleLines = xTitleLines(X_TITLE, width - sides.left - sides.right, { ...sides, top: 0, bottom: 0 });
  const margin = {
    ...sides,
    top: 18 + legendLayout(legend, width - sides.left - 8).rows * LEGEND_ROW,
    bottom: 52 + (titleLines.length - 1) * TITLE_LINE,
  };
  const label = `First-response time distribution per severity: ${data.targets.map((t) => `${t.label}`).join(', ')}.`;
  const frame = appendFrame(view, { width, height: options.height ?? 400, margin }, label);
  const planTimes = (plan?.lines ?? []).flatMap((l) => l.points.map((p) => p.minutes)).filter((m) => m > 0);
  const lo = Math.min(data.extent[0], ...planTimes);
  const hi = Math.max(data.extent[1], ...planTimes);
  // Floor at 6 s: shorter times (answered at once) are drawn at the left edge (the scale clamps).
  const x = scaleLog()
    .domain([Math.max(lo * 0.9, 0.1), Math.max(hi * 1.1, 1)])
    .range([0, frame.innerWidth])
    .clamp(true);
  const y = scaleLinear().domain([0, 1]).range([frame.innerHeight, 0]);
  const [d0, d1] = x.domain();
  drawYAxis(
    frame,
    axisLeft(y)
      .ticks(10)
      .tickFormat((d) => formatPercent(Number(d), 0)),
    'share of cases answered (%)',
  );
  const ticks = spacedTicks(
    TIME_TICKS.filter((t) => t >= d0 && t <= d1),
    x,
  );
  drawXAxis(
    frame,
    axisBottom(x)
      .tickValues(ticks.length >= 2 ? ticks : x.ticks(5))
      .tickFormat((d) => formatMinutes(Number(d))),
    X_TITLE,
  );
  if (options.goal !== undefined) {
    frame.plot
      .append('line')
      .attr('class', 'goal')
      .attr('x2', frame.innerWidth)
      .attr('y1', y(options.goal))
      .attr('y2', y(options.goal))
      .attr('stroke', MUTED)
      .attr('stroke-width', 1.5)
      .attr('stroke-dasharray', '3 3');
    frame.plot
      .append('text')
      .attr('class', 'goal-label')
      .attr('x', 4)
      .attr('y', y(options.goal) - 6)
      .attr('fill', MUTED)
      .text(`goal ${formatShortPercent(options.goal)}`);
  }
  const targets = frame.plot.append('g').attr('class', 'targets');
  for (const t of data.targets) {
    targets
      .append('line')
      .attr('class', `target target-${t.severity}`)
      .attr('x1', x(t.minutes))
      .attr('x2', x(t.minutes))
      .attr('y2', frame.innerHeight)
      .attr('stroke', SEVERITY_COLOURS[t.severity])
      .attr('stroke-width', 2)
      .attr('stroke-dasharray', '5 4');
  }
  // Labels after all the lines (so no target line crosses another's label), staggered near the
  // bottom, where the CDFs rarely are at the targets (they are near the goal share there); left
  // of their line near the right edge.
  data.targets.forEach((t, i) => {
    const tx = x(t.minutes);
    const left = tx > frame.innerWidth - 130;
    targets
      .append('text')
      .attr('class', 'target-label')
      .attr('x', left ? tx - 5 : tx + 5)
      .attr('y', frame.innerHeight - 10 - i * 22)
      .attr('text-anchor', left ? 'end' : 'start')
      .attr('fill', SEVERITY_COLOURS[t.severity])
      .attr('font-weight', 600)
      .text(t.label);
  });
  const path = line<CdfPoint>(
    (p) => x(p.minutes),
    (p) => y(p.share),
  );
  for (const l of plan?.lines ?? [])
    drawPlanPath(frame.plot, path(l.points), SEVERITY_COLOURS[l.severity], DASHES[l.severity]);
  for (const l of data.lines) {
    frame.plot
      .append('path')
      .attr('class', `line severity-${l.severity}`)
      .attr('fill', 'none')
      .attr('stroke', SEVERITY_COLOURS[l.severity])
      .attr('stroke-width', 3)
      .attr('stroke-dasharray', DASHES[l.severity])
      .attr('d', path(l.points));
  }
  drawLegend(frame.svg, legend, margin.left, 18, width - margin.left - 8);
  const focus = frame.plot
    .append('circle')
    .attr('r', 6)
    .attr('fill', 'none')
    .attr('stroke-width', 2.5)
    .attr('visibility', 'hidden');
  const tip = appendTooltip(view);
  const all = data.lines.flatMap((l) => l.points.map((p) => ({ severity: l.severity, ...p })));
  appendHoverTarget(frame)
    .on('pointermove', (event: PointerEvent) => {
      const [px, py] = pointer(event);
      let best = all[0];
      let bestDistance = Infinity;
      for (const p of all) {
        const distance = (x(p.minutes) - px) ** 2 + (y(p.share) - py) ** 2;
        if (distance < bestDistance) [best, bestDistance] = [p, distance];
      }
      focus
        .attr('cx', x(best.minutes))
        .attr('cy', y(best.share))
        .attr('stroke', SEVERITY_COLOURS[best.severity])
        .attr('visibility', 'visible');
      tip.show(
        [
          `Severity ${best.severity}: ${formatPercent(best.share, 0)} of cases answered within ${formatMinutes(best.minutes)}`,
          `(${best.minutes.toFixed(2)} minutes)`,
        ],
        event,
      );
    })
    .on('pointerleave', () => {
      focus.attr('visibility', 'hidden');
      tip.hide();
    });
  if (data.lines.some((l) => l.points.length === 0)) {
    appendNote(
      view,
      `No cases of severity ${data.lines
        .filter((l) => l.points.length === 0)
        .map((l) => l.severity)
        .join(', ')} after the warm-up.`,
    );
  }
}
