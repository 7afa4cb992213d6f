import { interpolateRgb, scaleLinear } from 'd3';
import { DAY_NAMES } from '../../sim/index.js';
import { appendFrame, drawLegend, LEGEND_ROW, legendLayout, type LegendItem } from './chart-kit.js';
import type { HourCell } from './time-of-week-data.js';
import { INK, MUTED, OKABE_ITO } from './palette.js';
const FEW = '#eeeeee';

/**
 * Fill of a service level against the goal: blue at and above the goal (deeper towards 100%),
 * vermillion below it (deeper as it falls to half the goal and under), so failing hours stand out
 * for readers with any common colour vision.
 */
export function serviceLevelColour(level: number, goal: number): string {
  if (!Number.isFinite(level)) return FEW;
  if (level >= goal)
    return interpolateRgb('#d6e9f8', OKABE_ITO.blue)(goal >= 1 ? 1 : (level - goal) / (1 - goal));
  const depth = scaleLinear([goal, goal / 2], [0.25, 1]).clamp(true)(level);
  return interpolateRgb('#fbe3d4', OKABE_ITO.vermillion)(depth);
}

/**
 * A week as 7 rows (Monday first) of 24 hours: each cell an hour of the week coloured by its
 * service level against `goal`, with its text as a <title>; `data-hour` and `data-verdict`
 * (`below`, `met`, `few`) on each cell for tests.
 */
export function drawWeekHeatmap(
  host: HTMLElement,
  cells: readonly HourCell[],
  goal: number,
  width: number,
): void {
  const sides = { top: 26, right: 8, left: 40 };
  const cell = Math.max(8, Math.floor((width - sides.left - sides.right) / 24));
  // Rows tall enough for a day's name at 14 px, however narrow the hours.
  const row = Math.max(cell, 18);
  const legend: LegendItem[] = [
    { label: `at or above ${Math.round(goal * 100)}%`, colour: serviceLevelColour(1, goal), swatch: 'box' },
    { label: 'below the goal', colour: serviceLevelColour(goal * 0.75, goal), swatch: 'box' },
    { label: 'too few cases', colour: FEW, swatch: 'box' },
  ];
  const margin = { ...sides, bottom: 16 + legendLayout(legend, cell * 24).rows * LEGEND_ROW };
  const below = cells.filter((c) => c.verdict === 'below').length;
  const frame = appendFrame(
    host,
    { width: margin.left + margin.right + cell * 24, height: margin.top + margin.bottom + row * 7, margin },
    `Service level by hour of the week: ${below} hours below the goal.`,
  );
  frame.svg.attr('class', 'viz-chart week-heatmap');
  const rows = frame.plot.append('g').attr('class', 'cells');
  for (const c of cells) {
    rows
      .append('rect')
      .attr('data-hour', c.hour)
      .attr('data-verdict', c.verdict)
      .attr('x', c.hourOfDay * cell)
      .attr('y', c.day * row)
      .attr('width', cell - 1)
      .attr('height', row - 1)
      .attr('fill', serviceLevelColour(c.serviceLevel, goal))
      .attr('stroke', c.verdict === 'below' ? INK : 'none')
      .attr('stroke-width', c.verdict === 'below' ? 0.6 : 0)
      .append('title')
      .text(c.text);
  }
  frame.plot
    .append('g')
    .attr('class', 'day-labels')
    .selectAll('text')
    .data(DAY_NAMES)
    .join('text')
    .attr('x', -6)
    .attr('y', (_, i) => i * row + row / 2)
    .attr('dy', '0.35em')
    .attr('text-anchor', 'end')
    .attr('fill', INK)
    .text((d) => d);
  // Every third hour, or every sixth where three would crowd.
  const step = cell * 3 >= 24 ? 3 : 6;
  frame.plot
    .append('g')
    .attr('class', 'hour-labels')
    .selectAll('text')
    .data(Array.from({ length: 24 / step }, (_, i) => i * step))
    .join('text')
    .attr('x', (h) => h * cell)
    .attr('y', -8)
    .attr('fill', MUTED)
    .text((h) => String(h).padStart(2, '0'));
  drawLegend(frame.svg, legend, margin.left, margin.top + row * 7 + 22, cell * 24);
}
