import { highWord, lowWord, withHighWord } from './float-words.js';

// fdlibm's constants (Sun Microsystems, 1993; freely redistributable), as in e_exp.c.
const LN2_HI = 6.9314718036912381649e-1; // 0x3FE62E42 FEE00000
const LN2_LO = 1.90821492927058770002e-10; // 0x3DEA39EF 35793C76
const INV_LN2 = 1.442695040888963387; // 0x3FF71547 652B82FE
const P1 = 1.66666666666666019037e-1; // 0x3FC55555 5555553E
const P2 = -2.77777777770155933842e-3; // 0xBF66C16C 16BEBD93
const P3 = 6.61375632143793436117e-5; // 0x3F11566A AF25DE2C
const P4 = -1.6533902205465251539e-6; // 0xBEBBBD41 C5D26BF1
const P5 = 4.13813679705723846039e-8; // 0x3E663769 72BEA4D0
const OVERFLOW = 7.09782712893383973096e2; // 0x40862E42 FEFA39EF
const UNDERFLOW = -7.4513321910194110842e2; // 0xC0874910 D52D3051
const TWO_M1000 = 9.3326361850321887899e-302; // 2^-1000

/**
 * e^x, computed with additions, multiplications and divisions only, so that every JavaScript
 * engine gives the same bits (Math.exp differs between engines in the last bit). fdlibm's
 * algorithm, error < 1 ulp: x = k ln2 + r with |r| <= ln2/2, e^r from a rational
 * approximation, then scaled by 2^k through the exponent bits.
 */
export function exp(x: number): number {
  // As V8 does, so that exp(1) is Math.E (the algorithm gives one ulp above).
  if (x === 1) return Math.E;
  let hx = highWord(x);
  const negative = hx < 0 ? 1 : 0;
  hx &= 0x7fffffff;
  if (hx >= 0x40862e42) {
    // |x| >= 709.78..., or NaN
    if (hx >= 0x7ff00000) {
      if (((hx & 0xfffff) | lowWord(x)) !== 0) return x + x; // NaN
      return negative === 0 ? x : 0; // exp(+-Infinity) = Infinity, 0
    }
    if (x > OVERFLOW) return Infinity;
    if (x < UNDERFLOW) return 0;
  }
  let hi = 0;
  let lo = 0;
  let k = 0;
  if (hx > 0x3fd62e42) {
    // |x| > ln2/2
    if (hx < 0x3ff0a2b2) {
      // |x| < 1.5 ln2
      hi = negative === 0 ? x - LN2_HI : x + LN2_HI;
      lo = negative === 0 ? LN2_LO : -LN2_LO;
      k = 1 - negative - negative;
    } else {
      k = Math.trunc(INV_LN2 * x + (negative === 0 ? 0.5 : -0.5));
      hi = x - k * LN2_HI; // k ln2_hi is exact
      lo = k * LN2_LO;
    }
    x = hi - lo;
  } else if (hx < 0x3e300000) {
    // |x| < 2^-28
    return 1 + x;
  }
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2.0) - x);
  const y = 1 - (lo - (x * c) / (2.0 - c) - hi);
  if (k >= -1021) return withHighWord(y, highWord(y) + (k << 20));
  return withHighWord(y, highWord(y) + ((k + 1000) << 20)) * TWO_M1000;
}
