// @types/seedrandom types only the package root; this declares the one file we import directly,
// so the browser bundle gets Alea without seedrandom's ARC4 generator and its node:crypto probe.
declare module 'seedrandom/lib/alea.js' {
  import type seedrandom from 'seedrandom';

  /** Baagøe's Alea generator seeded from any string; returns uniforms in [0, 1). */
  function alea(seed?: string): seedrandom.PRNG;
  export = alea;
}
