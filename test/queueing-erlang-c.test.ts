import { describe, expect, it } from 'vitest';
import { erlangB, erlangC, mmc, occupancy, serviceLevel } from '../src/sim/queueing/index.js';

// The standard call-centre worked example (Call Centre Helper, "Erlang C formula made simple"):
// 100 calls per 30 minutes, 180 s average handle time, 14 agents, so 10 Erlangs. Published
// results: P(wait) 17.41%, average speed of answer 7.8 s, 88.8% answered within 20 s,
// occupancy 71.4%. (Values as quoted in the task brief; the page was not in our search corpus.)
const example = { arrivalRate: 100 / 30, meanService: 3, servers: 14 };

describe('Erlang C (M/M/c)', () => {
  it('gives P(wait) 0.1741 for 10 Erlangs on 14 agents', () => {
    expect(Math.abs(erlangC(14, 10) - 0.1741)).toBeLessThan(0.0005);
    expect(mmc(example).waitProbability).toBeCloseTo(erlangC(14, 10), 14);
  });

  it('gives an average speed of answer of 7.8 s with a 180 s handle time', () => {
    const asaSeconds = mmc(example).meanWait * 60;
    expect(Math.abs(asaSeconds - 7.8)).toBeLessThan(0.1);
  });

  it('answers 88.8% of calls within 20 s', () => {
    expect(Math.abs(serviceLevel(example, 20 / 60) - 0.888)).toBeLessThan(0.001);
  });

  it('keeps agents 71.4% occupied', () => {
    expect(occupancy(example)).toBeCloseTo(10 / 14, 12);
    expect(Math.abs(occupancy(example) - 0.714)).toBeLessThan(0.0005);
    expect(mmc(example).utilisation).toBe(occupancy(example));
  });

  it('makes 50.6% wait with 100 servers at 95% utilisation, as in Tijms', () => {
    // Tijms, A First Course in Stochastic Models (2003), p. 200: c = 100, ρ = 0.95 gives
    // P(W > 0) = 50.6%; a delayed customer waits 1/5 of a service time on average, and only 5%
    // of delayed customers wait more than 3/5 of a service time.
    const params = { arrivalRate: 95, meanService: 1, servers: 100 };
    const r = mmc(params);
    expect(Math.abs(r.waitProbability - 0.506)).toBeLessThan(0.0005);
    expect(r.meanWait / r.waitProbability).toBeCloseTo(0.2, 12);
    const delayedBeyond = (1 - serviceLevel(params, 0.6)) / r.waitProbability;
    expect(Math.abs(delayedBeyond - 0.05)).toBeLessThan(0.001);
  });

  it('reduces to the M/M/1 formulas for one server', () => {
    // M/M/1 with ρ = 0.8 and mean service 2 min: P(wait) = ρ, Wq = ρ·s/(1 − ρ) = 8 min.
    const r = mmc({ arrivalRate: 0.4, meanService: 2, servers: 1 });
    expect(r.waitProbability).toBeCloseTo(0.8, 14);
    expect(r.meanWait).toBeCloseTo(8, 12);
    expect(r.meanInSystem).toBeCloseTo(0.8 / 0.2, 12);
  });

  it('relates its outputs by Little’s law', () => {
    for (const params of [example, { arrivalRate: 2.5, meanService: 25, servers: 70 }]) {
      const r = mmc(params);
      const R = params.arrivalRate * params.meanService;
      expect(r.offeredLoad).toBeCloseTo(R, 12);
      expect(r.meanQueueLength).toBeCloseTo(params.arrivalRate * r.meanWait, 12); // Lq = λ·Wq
      // L = λ·W with W = Wq + mean service
      expect(r.meanInSystem).toBeCloseTo(params.arrivalRate * (r.meanWait + params.meanService), 12);
      expect(r.utilisation).toBeCloseTo(R / params.servers, 14);
    }
  });

  it('agrees with Erlang B through C = cB / (c − A(1 − B))', () => {
    const c = 14;
    const a = 10;
    const b = erlangB(c, a);
    expect(erlangC(c, a)).toBeCloseTo((c * b) / (c - a * (1 - b)), 15);
    expect(erlangC(c, a)).toBeGreaterThan(b); // waiting is more likely than loss
  });

  it('reports an unstable queue as waiting forever', () => {
    const r = mmc({ arrivalRate: 1, meanService: 5, servers: 5 });
    expect(r).toEqual({
      offeredLoad: 5,
      utilisation: 1,
      waitProbability: 1,
      meanWait: Infinity,
      meanQueueLength: Infinity,
      meanInSystem: Infinity,
    });
    expect(erlangC(5, 7)).toBe(1);
    expect(serviceLevel({ arrivalRate: 1, meanService: 7, servers: 5 }, 10)).toBe(0);
    expect(occupancy({ arrivalRate: 1, meanService: 7, servers: 5 })).toBe(1);
  });

  it('serves everyone at once when nothing arrives', () => {
    const r = mmc({ arrivalRate: 0, meanService: 5, servers: 2 });
    expect(r.waitProbability).toBe(0);
    expect(r.meanWait).toBe(0);
    expect(serviceLevel({ arrivalRate: 0, meanService: 5, servers: 2 }, 0)).toBe(1);
  });

  it('stays accurate for hundreds of servers', () => {
    // At c = 1000, R = 950 the factorial form overflows; the recursion does not. Halfin–Whitt:
    // β = 50/√950 ≈ 1.62 gives P(wait) near [1 + βΦ(β)/φ(β)]⁻¹ ≈ 0.065; the exact value,
    // from the same recursion in 40-digit arithmetic (mpmath), is 0.0682534.
    expect(erlangC(1000, 950)).toBeCloseTo(0.0682534, 7);
  });

  it('rejects zero servers and a zero service time', () => {
    expect(() => erlangC(0, 1)).toThrow(RangeError);
    expect(() => mmc({ arrivalRate: 1, meanService: 0, servers: 2 })).toThrow(/invalid meanService/);
    expect(() => serviceLevel(example, -1)).toThrow(/invalid withinMinutes/);
  });
});
