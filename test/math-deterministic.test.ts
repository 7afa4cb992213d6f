import { describe, expect, it } from 'vitest';
import { cos, exp, log, log1p, sin } from '../src/sim/math/index.js';
import { MAX_REDUCED } from '../src/sim/math/reduce-half-pi.js';

/**
 * Inputs and the exact results fdlibm's algorithms give (they are also Node 20's Math values).
 * Every engine must reproduce these bits: that is what lets the browser and the CLI agree.
 */
const GOLDEN: Record<string, { f: (x: number) => number; pairs: Array<[number, number]> }> = {
  log: {
    f: log,
    pairs: [
      [0.1, -2.3025850929940455],
      [0.5, -0.6931471805599453],
      [0.70710678, -0.3465735919580042],
      [0.999999999999, -9.999778782803785e-13],
      [1.0000000009313226, 9.313225741817976e-10],
      [2.5, 0.9162907318741551],
      [123456.789, 11.723646487185881],
      [1e-300, -690.7755278982137],
      [5e-324, -744.4400719213812],
    ],
  },
  exp: {
    f: exp,
    pairs: [
      [-0.5, 0.6065306597126334],
      [1e-10, 1.0000000001],
      [0.3, 1.3498588075760032],
      [0.9, 2.45960311115695],
      [-20, 2.061153622438558e-9],
      [5, 148.4131591025766],
      [700, 1.0142320547350045e304],
      [-740, 4.2e-322],
    ],
  },
  log1p: {
    f: log1p,
    pairs: [
      [1e-10, 9.999999999500001e-11],
      [-0.25, -0.2876820724517809],
      [0.4, 0.33647223662121295],
      [3, 1.3862943611198906],
      [1e20, 46.051701859880914],
    ],
  },
  cos: {
    f: cos,
    pairs: [
      [1.8849555921538759, -0.30901699437494734],
      [1.5707963267948966, 6.123233995736766e-17],
      [2, -0.4161468365471424],
      [4, -0.6536436208636119],
      [6.2, 0.9965420970232175],
    ],
  },
  sin: {
    f: sin,
    pairs: [
      [0.5, 0.479425538604203],
      [1.2, 0.9320390859672263],
      [3, 0.1411200080598672],
      [100, -0.5063656411097588],
      [100000, 0.03574879797201651],
    ],
  },
};

/** Units in the last place between two finite doubles of the same sign. */
function ulpsApart(a: number, b: number): number {
  const view = new DataView(new ArrayBuffer(16));
  view.setFloat64(0, a);
  view.setFloat64(8, b);
  return Number(view.getBigInt64(0) - view.getBigInt64(8)) * (a < 0 ? -1 : 1);
}

/** A reproducible stream of uniforms in [0, 1) (no engine's Math.random). */
function uniforms(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe('the elementary functions of src/sim/math', () => {
  it.each(Object.keys(GOLDEN))('%s gives fdlibm’s exact bits, whatever the engine', (name) => {
    const { f, pairs } = GOLDEN[name];
    expect(pairs.map(([x]) => f(x))).toEqual(pairs.map(([, y]) => y));
  });

  it('stays within one ulp of the engine’s own functions on 100,000 inputs each (both err below one ulp)', () => {
    const draw = uniforms(7);
    const worst: Record<string, number> = { log: 0, exp: 0, log1p: 0, cos: 0, sin: 0 };
    const check = (name: string, f: (x: number) => number, g: (x: number) => number, x: number): void => {
      const a = f(x);
      const b = g(x);
      worst[name] = Math.max(worst[name], a === b ? 0 : Math.abs(ulpsApart(a, b)));
    };
    for (let i = 0; i < 100_000; i++) {
      check('log', log, Math.log, draw() * 10 ** Math.floor(draw() * 40 - 20));
      check('exp', exp, Math.exp, (draw() - 0.5) * 200);
      check('log1p', log1p, Math.log1p, draw() * 10 - 0.99);
      check('cos', cos, Math.cos, draw() * 2 * Math.PI);
      check('sin', sin, Math.sin, (draw() - 0.5) * 1000);
    }
    for (const name of Object.keys(worst)) expect(worst[name], name).toBeLessThanOrEqual(1);
  });

  it('gives the limits and special values the Math functions give', () => {
    expect([log(0), log(-0), log(-1), log(Infinity), log(NaN), log(1)]).toEqual([
      -Infinity,
      -Infinity,
      NaN,
      Infinity,
      NaN,
      0,
    ]);
    expect([exp(0), exp(1), exp(-Infinity), exp(Infinity), exp(NaN), exp(710), exp(-746)]).toEqual([
      1,
      Math.E,
      0,
      Infinity,
      NaN,
      Infinity,
      0,
    ]);
    expect([log1p(0), log1p(-1), log1p(-2), log1p(Infinity), log1p(1e-20)]).toEqual([
      0,
      -Infinity,
      NaN,
      Infinity,
      1e-20,
    ]);
    expect([cos(0), sin(0), cos(NaN), sin(Infinity), sin(1e-30)]).toEqual([1, 0, NaN, NaN, 1e-30]);
  });

  it('refuses, rather than approximates, sines and cosines beyond 2^20 pi/2, where it would need another reduction', () => {
    expect(MAX_REDUCED).toBeCloseTo(2 ** 20 * (Math.PI / 2), -1);
    expect(() => cos(MAX_REDUCED * 1.0001)).toThrow(RangeError);
    expect(() => sin(-1e300)).toThrow(RangeError);
    expect(cos(MAX_REDUCED * 0.9999)).toBeCloseTo(Math.cos(MAX_REDUCED * 0.9999), 12);
  });
});
