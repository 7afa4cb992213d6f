import type { Rng } from './stream.js';
import { cos, log } from '../math/index.js';

const TWO_PI = 2 * Math.PI;

/**
 * One standard normal draw (mean 0, sd 1) by Box–Muller from two uniforms of `rng`.
 *
 * The second normal that Box–Muller also yields (the sine term) is thrown away on purpose: caching
 * it would tie one draw to the previous call, and a cache shared between streams would let one
 * stream's use shift another's draws, breaking common random numbers.
 */
export function standardNormal(rng: Rng): number {
  // 1 - u lies in (0, 1], so the logarithm is finite even when the stream returns exactly 0.
  const radius = Math.sqrt(-2 * log(1 - rng()));
  return radius * cos(TWO_PI * rng());
}
