import type { GroupSelection, LegendItem } from './chart-kit.js';

/**
 * How a pinned plan is drawn beside the run on the same chart: in grey, or in the run's own
 * colour but thinner and faded, with its own legend entry, so plan and now read apart at a glance.
 */
export const PLAN_COLOUR = '#7a7a7a';

/** Opacity and width of a plan's line drawn in the run's colour. */
export const PLAN_LINE = { opacity: 0.5, width: 1.5 } as const;

/** The legend entry of a plan drawn in the run's colours (a faded line). */
export function planLegendItem(name: string | null): LegendItem {
  return { label: `${name ?? 'plan'} (faded)`, colour: PLAN_COLOUR, swatch: 'line', dash: '1 3' };
}

/** Draws a plan's path (SVG `d`) under `plot`, class `plan-line`, in `colour` with `dash`, faded. */
export function drawPlanPath(
  plot: GroupSelection,
  d: string | null,
  colour: string,
  dash: string | null,
): void {
  plot
    .append('path')
    .attr('class', 'plan-line')
    .attr('fill', 'none')
    .attr('stroke', colour)
    .attr('stroke-width', PLAN_LINE.width)
    .attr('stroke-opacity', PLAN_LINE.opacity)
    .attr('stroke-dasharray', dash)
    .attr('d', d);
}
