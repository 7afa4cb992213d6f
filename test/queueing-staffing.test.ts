import { describe, expect, it } from 'vitest';
import {
  erlangC,
  halfinWhittBeta,
  minServersForServiceLevel,
  minServersForWaitProbability,
  normalCdf,
  normalPdf,
  serviceLevel,
  squareRootStaffing,
} from '../src/sim/queueing/index.js';

describe('the standard normal functions', () => {
  it('give the table values of Φ and φ', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1)).toBeCloseTo(0.8413447460685429, 14);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 14);
    expect(normalCdf(-3)).toBeCloseTo(0.0013498980316301, 15);
    expect(normalPdf(0)).toBeCloseTo(1 / Math.sqrt(2 * Math.PI), 15);
  });

  it('are symmetric and accurate in the far tail', () => {
    for (const x of [0.3, 1.7, 4, 6.5, 9]) expect(normalCdf(x) + normalCdf(-x)).toBeCloseTo(1, 15);
    expect(normalCdf(-8) / 6.22096057427174e-16).toBeCloseTo(1, 6);
  });
});

describe('square-root staffing', () => {
  it('adds β√R agents to the load, rounded up', () => {
    expect(squareRootStaffing(100, 0)).toBe(100);
    expect(squareRootStaffing(100, 1)).toBe(110);
    expect(squareRootStaffing(100, 0.51)).toBe(106);
  });

  it('solves the Halfin–Whitt relation α = [1 + βΦ(β)/φ(β)]⁻¹', () => {
    for (const alpha of [0.01, 0.1, 0.2, 0.5, 0.9]) {
      const beta = halfinWhittBeta(alpha);
      expect(1 / (1 + (beta * normalCdf(beta)) / normalPdf(beta))).toBeCloseTo(alpha, 10);
    }
    // At α = 1/2 the relation reads βΦ(β) = φ(β).
    expect(halfinWhittBeta(0.5)).toBeCloseTo(0.50605, 5);
  });

  it('reproduces Tijms’ table of exact and square-root staffing levels', () => {
    // H.C. Tijms, A First Course in Stochastic Models (Wiley 2003), Table 5.3.2 "The exact and
    // approximate values of c*" (p. 201): the least c with Erlang C delay probability <= α, and
    // R + k_α√R rounded up, where k_α solves kΦ(k)/φ(k) = (1 − α)/α (the Halfin–Whitt β).
    // Rows: R, then [exact, approximate] for α = 0.5, 0.2, 0.1.
    const table: Array<[number, [number, number], [number, number], [number, number]]> = [
      [1, [2, 2], [3, 3], [3, 3]],
      [5, [7, 7], [8, 8], [9, 9]],
      [10, [12, 12], [14, 14], [16, 15]],
      [50, [54, 54], [58, 58], [61, 61]],
      [100, [106, 106], [111, 111], [115, 115]],
      [250, [259, 259], [268, 267], [274, 273]],
      [500, [512, 512], [525, 524], [533, 532]],
      [1000, [1017, 1017], [1034, 1034], [1046, 1045]],
    ];
    const alphas = [0.5, 0.2, 0.1];
    for (const [load, ...columns] of table) {
      columns.forEach(([exact, approximate], i) => {
        const alpha = alphas[i];
        expect(minServersForWaitProbability(load, alpha), `exact, R=${load}, α=${alpha}`).toBe(exact);
        expect(squareRootStaffing(load, halfinWhittBeta(alpha)), `approx, R=${load}, α=${alpha}`).toBe(
          approximate,
        );
      });
    }
  });

  it('returns the least staffing that meets a waiting-probability target', () => {
    for (const [load, alpha] of [
      [10, 0.2],
      [37.5, 0.05],
      [480, 0.3],
    ]) {
      const c = minServersForWaitProbability(load, alpha);
      expect(erlangC(c, load)).toBeLessThanOrEqual(alpha);
      expect(erlangC(c - 1, load)).toBeGreaterThan(alpha);
    }
    expect(minServersForWaitProbability(0, 0.5)).toBe(1);
    expect(minServersForWaitProbability(9.5, 1)).toBe(10); // any stable staffing
  });

  it('needs 14 agents for 80% within 20 s and 15 for 90%, in the 10-Erlang example', () => {
    // 100 calls per 30 min, 3 min handle time (see the Erlang C tests): 14 agents give 88.8%.
    // With 13, SL = 1 − C(13, 10)·exp(−(13 − 10)·(1/3)/3) = 1 − 0.2853·e^(−1/3) = 79.6%, just short;
    // with 15, 1 − 0.1020·e^(−5/9) = 94.1%.
    const workload = { arrivalRate: 100 / 30, meanService: 3 };
    const within = 20 / 60;
    const at = (servers: number): number => serviceLevel({ ...workload, servers }, within);
    for (const target of [0.8, 0.85, 0.9]) {
      const c = minServersForServiceLevel(workload, within, target);
      expect(at(c)).toBeGreaterThanOrEqual(target);
      expect(at(c - 1)).toBeLessThan(target);
    }
    expect(at(13)).toBeCloseTo(0.7956, 4);
    expect(minServersForServiceLevel(workload, within, 0.8)).toBe(14);
    expect(minServersForServiceLevel(workload, within, 0.9)).toBe(15);
  });

  it('rejects targets outside their range', () => {
    expect(() => halfinWhittBeta(0)).toThrow(RangeError);
    expect(() => halfinWhittBeta(1)).toThrow(RangeError);
    expect(() => minServersForWaitProbability(10, 0)).toThrow(/invalid maxWaitProbability/);
    expect(() => minServersForServiceLevel({ arrivalRate: 1, meanService: 1 }, 1, 1)).toThrow(
      /invalid target/,
    );
  });
});
