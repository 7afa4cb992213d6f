import type { SvgSelection } from './chart-kit.js';
import { uniqueId } from './chart-kit.js';
import { SHADE } from './palette.js';

/**
 * Adds the hatch that marks the warm-up (yellow with dark diagonal strokes, so it reads without
 * colour too) to `svg`'s <defs>; returns its id, for `fill="url(#id)"`.
 */
export function appendWarmupHatch(svg: SvgSelection): string {
  const id = uniqueId('warmup');
  const pattern = svg
    .append('defs')
    .append('pattern')
    .attr('id', id)
    .attr('patternUnits', 'userSpaceOnUse')
    .attr('width', 8)
    .attr('height', 8)
    .attr('patternTransform', 'rotate(45)');
  pattern
    .append('rect')
    .attr('width', 8)
    .attr('height', 8)
    .attr('fill', SHADE.warmup)
    .attr('fill-opacity', 0.5);
  pattern
    .append('line')
    .attr('x1', 0)
    .attr('y1', 0)
    .attr('x2', 0)
    .attr('y2', 8)
    .attr('stroke', '#b08a00')
    .attr('stroke-width', 2);
  return id;
}
