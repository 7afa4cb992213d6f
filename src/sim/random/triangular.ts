import { derived, finite } from './check.js';
import type { Distribution, SpecOf } from './distribution.js';
import type { Rng } from './stream.js';

/**
 * Triangular on [min, max] with its peak at mode (minutes), sampled by inversion (one uniform per
 * draw). Mean (min + mode + max)/3; variance (a² + b² + c² − ab − ac − bc)/18.
 * With min = max it always returns that value.
 */
export class TriangularDistribution implements Distribution {
  readonly spec: SpecOf<'triangular'>;
  readonly mean: number;
  readonly variance: number;
  private readonly min: number;
  private readonly max: number;
  /** F(mode), the share of mass left of the mode. */
  private readonly modeCdf: number;
  /** (max − min)(mode − min): inverts the rising side. */
  private readonly left: number;
  /** (max − min)(max − mode): inverts the falling side. */
  private readonly right: number;

  constructor(spec: SpecOf<'triangular'>) {
    this.spec = spec;
    const a = finite('triangular', 'min', spec.min);
    const c = finite('triangular', 'mode', spec.mode);
    const b = finite('triangular', 'max', spec.max);
    if (!(a <= c && c <= b)) {
      throw new RangeError(`triangular: needs min <= mode <= max, got ${a}, ${c}, ${b}`);
    }
    this.min = a;
    this.max = b;
    const range = b - a;
    // A zero range would make F(mode) 0/0; 0 sends every draw to the falling side, which returns max.
    this.modeCdf = range > 0 ? (c - a) / range : 0;
    derived('triangular', 'the range max − min', range);
    this.left = derived('triangular', '(max − min)(mode − min)', range * (c - a));
    this.right = derived('triangular', '(max − min)(max − mode)', range * (b - c));
    this.mean = derived('triangular', 'the mean', (a + b + c) / 3);
    this.variance = derived(
      'triangular',
      'the variance',
      (a * a + b * b + c * c - a * b - a * c - b * c) / 18,
    );
  }

  sample(rng: Rng): number {
    const u = rng();
    // The square root of a rounded (max − min)² may exceed max − min by an ulp: never below min.
    return u < this.modeCdf
      ? this.min + Math.sqrt(u * this.left)
      : Math.max(this.min, this.max - Math.sqrt((1 - u) * this.right));
  }
}
