import { select, type Axis, type AxisDomain, type Selection } from 'd3';
import { INK, MUTED } from './palette.js';

/** Helpers every chart shares: the wrapper, the accessible SVG frame, axes with titles, a legend and the tooltip. */

export type SvgSelection = Selection<SVGSVGElement, unknown, null, undefined>;
export type GroupSelection = Selection<SVGGElement, unknown, null, undefined>;

/** Space around the plot area, px. */
export interface Margin {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** An SVG and its plot area (translated by the margin); sizes in px. */
export interface Frame {
  readonly svg: SvgSelection;
  readonly plot: GroupSelection;
  readonly width: number;
  readonly height: number;
  readonly innerWidth: number;
  readonly innerHeight: number;
  readonly margin: Margin;
}

/**
 * Empties `container` and puts one wrapper in it (`viz-view viz-<name>`, positioned so the tooltip
 * can be placed inside it). Views draw into the wrapper, never restyle the lead's container.
 */
export function startView(container: HTMLElement, name: string): HTMLDivElement {
  const view = document.createElement('div');
  view.className = `viz-view viz-${name}`;
  container.replaceChildren(view);
  return view;
}

/**
 * Width to draw at, px: the host's width, so one viewBox unit is one CSS pixel and the fonts keep
 * the size views.css gives them (a phone's 390 px too); `fallback` when the host is not laid out
 * (hidden), never below `min`.
 */
export function chartWidth(host: HTMLElement, fallback = 800, min = 280): number {
  const w = host.clientWidth;
  return Math.max(min, w > 0 ? w : fallback);
}

/** Appends an SVG with role="img", an aria-label, a viewBox and explicit px size (needed for export). */
export function appendFrame(
  host: HTMLElement,
  size: { width: number; height: number; margin: Margin },
  label: string,
): Frame {
  const { width, height, margin } = size;
  const svg = select(host)
    .append('svg')
    .attr('class', 'viz-chart')
    .attr('xmlns', 'http://www.w3.org/2000/svg')
    .attr('role', 'img')
    .attr('aria-label', label)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height);
  const plot = svg
    .append('g')
    .attr('class', 'plot')
    .attr('transform', `translate(${margin.left},${margin.top})`);
  return {
    svg,
    plot,
    width,
    height,
    margin,
    innerWidth: width - margin.left - margin.right,
    innerHeight: height - margin.top - margin.bottom,
  };
}

/** Estimated width of a character of an axis title (15 px, semibold), px: on the wide side. */
const TITLE_CHAR = 9;
/** Line height of a wrapped axis title, px. */
export const TITLE_LINE = 18;

/** Words of `text` in lines of at most `maxWidth` px, at `charWidth` px a character. */
export function wrapWords(text: string, maxWidth: number, charWidth = TITLE_CHAR): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last.length + 1 + word.length) * charWidth <= maxWidth)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * The lines of an x-axis title centred below a plot `innerWidth` wide with `margin` around it: as
 * many as it takes to stay inside the chart (one on a laptop, two on a phone). A view adds
 * {@link TITLE_LINE} px to its bottom margin for each line past the first.
 */
export function xTitleLines(title: string, innerWidth: number, margin: Margin): string[] {
  return wrapWords(title, innerWidth + 2 * Math.min(margin.left, margin.right) - 8);
}

/** Draws a bottom axis and its title (which names the unit) centred below it, wrapped to fit. */
export function drawXAxis<D extends AxisDomain>(frame: Frame, axis: Axis<D>, title: string): void {
  frame.plot
    .append('g')
    .attr('class', 'axis axis-x')
    .attr('transform', `translate(0,${frame.innerHeight})`)
    .call(axis);
  const lines = xTitleLines(title, frame.innerWidth, frame.margin);
  const text = frame.plot
    .append('text')
    .attr('class', 'axis-title')
    .attr('y', frame.innerHeight + frame.margin.bottom - 8 - (lines.length - 1) * TITLE_LINE)
    .attr('text-anchor', 'middle')
    .attr('fill', INK);
  lines.forEach((line, i) =>
    text
      .append('tspan')
      .attr('x', frame.innerWidth / 2)
      .attr('dy', i === 0 ? 0 : TITLE_LINE)
      .text(line),
  );
}

/** Draws a left axis and its title (rotated), with light grid lines across the plot. */
export function drawYAxis<D extends AxisDomain>(frame: Frame, axis: Axis<D>, title: string): void {
  const g = frame.plot.append('g').attr('class', 'axis axis-y').call(axis);
  // Grid lines: copies of the ticks drawn across, behind the marks (they are drawn first).
  g.selectAll<SVGLineElement, unknown>('.tick line')
    .clone()
    .attr('class', 'grid')
    .attr('x2', frame.innerWidth)
    .attr('stroke', '#e0e0e0');
  frame.plot
    .append('text')
    .attr('class', 'axis-title')
    .attr('transform', `translate(${-frame.margin.left + 18},${frame.innerHeight / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .attr('fill', INK)
    .text(title);
}

/** A legend entry: a line (solid, or dashed with `dash` as its stroke-dasharray) or a filled box (colour may be a `url(#pattern)`). */
export interface LegendItem {
  readonly label: string;
  readonly colour: string;
  readonly swatch: 'line' | 'box';
  readonly dash?: string;
}

/** Height of a legend row, px. */
export const LEGEND_ROW = 22;

/**
 * Where each legend entry goes: left to right, on to a new row when the next would pass
 * `maxWidth` px; widths estimated from the label length (≈ 8 px per character at 14 px).
 */
export function legendLayout(
  items: readonly LegendItem[],
  maxWidth: number,
): { readonly at: { x: number; row: number }[]; readonly rows: number } {
  const at: { x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const width = 28 + item.label.length * 8;
    if (x > 0 && x + width > maxWidth) [x, row] = [0, row + 1];
    at.push({ x, row });
    x += width + 22;
  }
  return { at, rows: row + 1 };
}

/** Draws a legend at (x, y) of the SVG, in as many rows of at most `maxWidth` px as it needs (see legendLayout). */
export function drawLegend(
  svg: SvgSelection,
  items: readonly LegendItem[],
  x: number,
  y: number,
  maxWidth = Infinity,
): void {
  const g = svg.append('g').attr('class', 'legend').attr('transform', `translate(${x},${y})`);
  const { at } = legendLayout(items, maxWidth);
  for (const [i, item] of items.entries()) {
    const entry = g.append('g').attr('transform', `translate(${at[i].x},${at[i].row * LEGEND_ROW})`);
    if (item.swatch === 'box') {
      entry
        .append('rect')
        .attr('x', 0)
        .attr('y', -7)
        .attr('width', 22)
        .attr('height', 14)
        .attr('fill', item.colour)
        .attr('stroke', MUTED)
        .attr('stroke-width', 0.5);
    } else {
      entry
        .append('line')
        .attr('x1', 0)
        .attr('x2', 22)
        .attr('stroke', item.colour)
        .attr('stroke-width', 3)
        .attr('stroke-dasharray', item.dash ?? null);
    }
    entry.append('text').attr('x', 28).attr('dy', '0.35em').attr('fill', INK).text(item.label);
  }
}

/** A tooltip that follows the pointer inside a view. */
export interface Tooltip {
  /** Shows one line per entry next to the pointer. */
  show(lines: readonly string[], event: MouseEvent): void;
  hide(): void;
}

/**
 * An absolutely positioned div inside `host` (a `startView` wrapper). Visual only (aria-hidden):
 * the same values are in the SVG's <title>s or aria-label for assistive technology.
 */
export function appendTooltip(host: HTMLElement): Tooltip {
  const tip = document.createElement('div');
  tip.className = 'viz-tooltip';
  tip.setAttribute('aria-hidden', 'true');
  tip.hidden = true;
  host.append(tip);
  return {
    show(lines, event) {
      tip.replaceChildren(
        ...lines.map((line) => {
          const row = document.createElement('div');
          row.textContent = line;
          return row;
        }),
      );
      tip.hidden = false;
      const box = host.getBoundingClientRect();
      let x = event.clientX - box.left + 16;
      const y = event.clientY - box.top + 16;
      // Flip to the left of the pointer near the right edge so the tip stays readable.
      if (x + tip.offsetWidth > host.clientWidth)
        x = Math.max(0, event.clientX - box.left - tip.offsetWidth - 16);
      tip.style.left = `${x}px`;
      tip.style.top = `${y}px`;
    },
    hide() {
      tip.hidden = true;
    },
  };
}

let uid = 0;
/** An id unique in the page (for <pattern>s and <clipPath>s when several charts are shown). */
export function uniqueId(prefix: string): string {
  uid += 1;
  return `${prefix}-${uid}`;
}

/** Appends a paragraph of explanatory text to a view. */
export function appendNote(host: HTMLElement, text: string, className = 'viz-note'): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = className;
  p.textContent = text;
  host.append(p);
  return p;
}

/**
 * A transparent rectangle over the plot area that receives the pointer, so a tooltip can follow
 * the nearest data point anywhere in the chart (not only over the thin lines).
 */
export function appendHoverTarget(frame: Frame) {
  return frame.plot
    .append('rect')
    .attr('class', 'hover-target')
    .attr('width', frame.innerWidth)
    .attr('height', frame.innerHeight)
    .attr('fill', 'transparent');
}
