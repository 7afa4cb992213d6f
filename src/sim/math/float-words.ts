/**
 * The two 32-bit halves of an IEEE 754 double, as fdlibm reads and writes them: the high word
 * holds the sign, the exponent and the top 20 bits of the significand; the low word the rest.
 * One shared 8-byte buffer, read through views in the platform's byte order.
 */
const FLOAT = new Float64Array(1);
const WORDS = new Int32Array(FLOAT.buffer);
/** Index of the high word in WORDS: 1 on little-endian platforms (all current ones), else 0. */
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

/** The high word of `x` as a signed 32-bit integer (negative when the sign bit is set). */
export function highWord(x: number): number {
  FLOAT[0] = x;
  return WORDS[HI];
}

/** The low word of `x` as an unsigned 32-bit integer. */
export function lowWord(x: number): number {
  FLOAT[0] = x;
  return WORDS[LO] >>> 0;
}

/** `x` with its high word replaced by `hi` (the low word kept). */
export function withHighWord(x: number, hi: number): number {
  FLOAT[0] = x;
  WORDS[HI] = hi;
  return FLOAT[0];
}

/** The double whose high word is `hi` and low word `lo`. */
export function fromWords(hi: number, lo: number): number {
  WORDS[HI] = hi;
  WORDS[LO] = lo;
  return FLOAT[0];
}
