import { fromWords, highWord } from './float-words.js';
import { reduceHalfPi } from './reduce-half-pi.js';

// fdlibm's constants (Sun Microsystems, 1993; freely redistributable), as in k_sin.c and k_cos.c.
const S1 = -1.66666666666666324348e-1; // 0xBFC55555 55555549
const S2 = 8.33333333332248946124e-3; // 0x3F811111 1110F8A6
const S3 = -1.98412698298579493134e-4; // 0xBF2A01A0 19C161D5
const S4 = 2.75573137070700676789e-6; // 0x3EC71DE3 57B1FE7D
const S5 = -2.50507602534068634195e-8; // 0xBE5AE5E6 8A2B9CEB
const S6 = 1.58969099521155010221e-10; // 0x3DE5D93A 5ACFD57C
const C1 = 4.16666666666666019037e-2; // 0x3FA55555 5555554C
const C2 = -1.38888888888741095749e-3; // 0xBF56C16C 16C15177
const C3 = 2.48015872894767294178e-5; // 0x3EFA01A0 19CB1590
const C4 = -2.75573143513906633035e-7; // 0xBE927E4F 809C52AD
const C5 = 2.0875723212981748279e-9; // 0x3E21EE9E BDB4B1C4
const C6 = -1.13596475577881948265e-11; // 0xBDA8FAE9 BE8838D4

/** sin(x + y) for |x| <= pi/4, y the tail of x (0 when x is exact: `exact`). */
function kernelSin(x: number, y: number, exact: boolean): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3e400000) return x; // |x| < 2^-27
  const z = x * x;
  const v = z * x;
  const r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
  if (exact) return x + v * (S1 + z * r);
  return x - (z * (0.5 * y - v * r) - y - v * S1);
}

/** cos(x + y) for |x| <= pi/4, y the tail of x. */
function kernelCos(x: number, y: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3e400000) return 1; // |x| < 2^-27
  const z = x * x;
  const r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
  if (ix < 0x3fd33333) return 1 - (0.5 * z - (z * r - x * y)); // |x| < 0.3
  // qx = x/4 in its high word only, or 0.28125 above 0.78125.
  const qx = ix > 0x3fe90000 ? 0.28125 : fromWords(ix - 0x00200000, 0);
  const hz = 0.5 * z - qx;
  return 1 - qx - (hz - (z * r - x * y));
}

/**
 * Sine, with additions, multiplications and divisions only, so that every JavaScript engine
 * gives the same bits (Math.sin differs between engines in the last bit). fdlibm's algorithm,
 * error < 1 ulp, for |x| <= MAX_REDUCED, about 2^20 pi/2 (a RangeError beyond: see reduceHalfPi).
 */
export function sin(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) return kernelSin(x, 0, true); // |x| <= pi/4
  if (ix >= 0x7ff00000) return NaN;
  const { n, head, tail } = reduceHalfPi(x);
  switch (n & 3) {
    case 0:
      return kernelSin(head, tail, false);
    case 1:
      return kernelCos(head, tail);
    case 2:
      return -kernelSin(head, tail, false);
    default:
      return -kernelCos(head, tail);
  }
}

/** Cosine, as {@link sin}: the same bits on every engine, error < 1 ulp, |x| <= MAX_REDUCED. */
export function cos(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) return kernelCos(x, 0); // |x| <= pi/4
  if (ix >= 0x7ff00000) return NaN;
  const { n, head, tail } = reduceHalfPi(x);
  switch (n & 3) {
    case 0:
      return kernelCos(head, tail);
    case 1:
      return -kernelSin(head, tail, false);
    case 2:
      return -kernelCos(head, tail);
    default:
      return kernelSin(head, tail, false);
  }
}
