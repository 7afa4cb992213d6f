import { exp } from '../math/index.js';

// The standard normal density and distribution function, needed by the Halfin–Whitt staffing rule.

const INV_SQRT_2PI = 0.3989422804014327;

/** Standard normal density φ(x) = exp(−x²/2) / √(2π). */
export function normalPdf(x: number): number {
  return INV_SQRT_2PI * exp(-0.5 * x * x);
}

/**
 * Standard normal distribution function Φ(x) = P(Z <= x), to about 1e-15 absolute accuracy.
 *
 * Hart's (1968) double-precision rational approximation, as given by G. West, "Better
 * approximations to cumulative normal functions", Wilmott Magazine (2005). JavaScript has no
 * erf, and the common 7-digit Abramowitz–Stegun formula is too coarse to solve for β by bisection.
 */
export function normalCdf(x: number): number {
  const z = Math.abs(x);
  let tail: number; // P(Z > |x|)
  if (z > 37) {
    tail = 0;
  } else if (z < 7.07106781186547) {
    const e = exp(-0.5 * z * z);
    let num = 3.52624965998911e-2 * z + 0.700383064443688;
    num = num * z + 6.37396220353165;
    num = num * z + 33.912866078383;
    num = num * z + 112.079291497871;
    num = num * z + 221.213596169931;
    num = num * z + 220.206867912376;
    let den = 8.83883476483184e-2 * z + 1.75566716318264;
    den = den * z + 16.064177579207;
    den = den * z + 86.7807322029461;
    den = den * z + 296.564248779674;
    den = den * z + 637.333633378831;
    den = den * z + 793.826512519948;
    den = den * z + 440.413735824752;
    tail = (e * num) / den;
  } else {
    // Far tail: continued fraction for Mills' ratio.
    let cf = z + 0.65;
    cf = z + 4 / cf;
    cf = z + 3 / cf;
    cf = z + 2 / cf;
    cf = z + 1 / cf;
    tail = (exp(-0.5 * z * z) / cf) * INV_SQRT_2PI;
  }
  return x > 0 ? 1 - tail : tail;
}
