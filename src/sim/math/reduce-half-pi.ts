import { fromWords, highWord } from './float-words.js';

// fdlibm's constants (Sun Microsystems, 1993; freely redistributable), as in e_rem_pio2.c:
// pi/2 split into pieces of 33 bits, each with the tail that follows it.
const INV_PIO2 = 6.36619772367581382433e-1; // 0x3FE45F30 6DC9C883
const PIO2_1 = 1.57079632673412561417; // 0x3FF921FB 54400000
const PIO2_1T = 6.07710050650619224932e-11; // 0x3DD0B461 1A626331
const PIO2_2 = 6.0771005063039659766e-11; // 0x3DD0B461 1A600000
const PIO2_2T = 2.02226624879595063154e-21; // 0x3BA3198A 2E037073
const PIO2_3 = 2.0222662487111664558e-21; // 0x3BA3198A 2E000000
const PIO2_3T = 8.47842766036889956997e-32; // 0x397B839A 252049C1

/** High words of n pi/2 for n = 1..32 (fdlibm's npio2_hw table: 0x3FF921FB, 0x400921FB, ...). */
const NEAR_MULTIPLES: readonly number[] = Array.from({ length: 32 }, (_, i) =>
  highWord((i + 1) * PIO2_1 + (i + 1) * PIO2_1T),
);

/**
 * Largest |x| reduced here, about 2^20 pi/2 (1,647,099): the largest double whose high word is
 * fdlibm's bound 0x413921FB, where three pieces of pi/2 suffice.
 */
export const MAX_REDUCED = fromWords(0x413921fb, -1);

/**
 * x - n pi/2 as the unevaluated sum `head + tail` (|head| <= pi/4), and n: fdlibm's reduction
 * for |x| <= {@link MAX_REDUCED}, with additions and multiplications only. Larger arguments need
 * Payne-Hanek reduction, which the model never does: a RangeError.
 */
export function reduceHalfPi(x: number): { n: number; head: number; tail: number } {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix > 0x413921fb) throw new RangeError(`reduceHalfPi: |${x}| is beyond ${MAX_REDUCED}`);
  if (ix < 0x4002d97c) {
    // |x| < 3pi/4: n = +-1
    const sign = hx > 0 ? 1 : -1;
    let z = x - sign * PIO2_1;
    if (ix !== 0x3ff921fb) {
      const head = z - sign * PIO2_1T;
      return { n: sign, head, tail: z - head - sign * PIO2_1T };
    }
    // Near pi/2: 33 + 33 + 53 bits of pi.
    z -= sign * PIO2_2;
    const head = z - sign * PIO2_2T;
    return { n: sign, head, tail: z - head - sign * PIO2_2T };
  }
  const t = Math.abs(x);
  const n = Math.trunc(t * INV_PIO2 + 0.5);
  let r = t - n * PIO2_1;
  let w = n * PIO2_1T; // good to 85 bits
  const exponent = ix >> 20;
  let head = r - w;
  // Unless x shares its high word with n pi/2 (where cancellation may be deep), one piece is
  // enough for n < 32; otherwise the cancellation decides.
  const quick = n < 32 && ix !== NEAR_MULTIPLES[n - 1];
  if (!quick && exponent - ((highWord(head) >> 20) & 0x7ff) > 16) {
    // Cancellation: a second piece, good to 118 bits.
    let u = r;
    w = n * PIO2_2;
    r = u - w;
    w = n * PIO2_2T - (u - r - w);
    head = r - w;
    if (exponent - ((highWord(head) >> 20) & 0x7ff) > 49) {
      // A third, good to 151 bits: enough for every argument in range.
      u = r;
      w = n * PIO2_3;
      r = u - w;
      w = n * PIO2_3T - (u - r - w);
      head = r - w;
    }
  }
  const tail = r - head - w;
  return hx < 0 ? { n: -n, head: -head, tail: -tail } : { n, head, tail };
}
