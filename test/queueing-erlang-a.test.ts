import { describe, expect, it } from 'vitest';
import { erlangB, mmc, mmcm } from '../src/sim/queueing/index.js';

// No published Erlang A table was found by our search (Garnett–Mandelbaum–Reiman 2002 and the
// 4CallCenters examples were not in the corpus), so these tests use limits a reader can derive:
// θ → 0 is Erlang C, θ → ∞ is Erlang B, and θ = μ is the M/M/∞ queue.

/** Poisson(R) probabilities 0..n, built by p(k) = p(k − 1)·R/k. */
function poisson(mean: number, upTo: number): number[] {
  const p = [Math.exp(-mean)];
  for (let k = 1; k <= upTo; k++) p.push((p[k - 1] * mean) / k);
  return p;
}

describe('Erlang A (M/M/c+M)', () => {
  it('is Erlang C when nobody abandons', () => {
    const params = { arrivalRate: 100 / 30, meanService: 3, servers: 14 };
    const c = mmc(params);
    const exact = mmcm({ ...params, meanPatience: Infinity });
    expect(exact).toEqual({
      waitProbability: c.waitProbability,
      abandonProbability: 0,
      meanWait: c.meanWait,
      meanQueueLength: c.meanQueueLength,
      utilisation: c.utilisation,
    });
    // Patience of a billion minutes: abandonment is negligible and the chain is almost M/M/c.
    const patient = mmcm({ ...params, meanPatience: 1e9 });
    expect(patient.waitProbability).toBeCloseTo(c.waitProbability, 7);
    expect(patient.meanWait).toBeCloseTo(c.meanWait, 7);
    expect(patient.utilisation).toBeCloseTo(c.utilisation, 7);
    expect(patient.abandonProbability).toBeLessThan(1e-7);
  });

  it('is Erlang B when callers hang up at once', () => {
    // With (almost) zero patience, whoever finds every line busy leaves: the loss system.
    const r = mmcm({ arrivalRate: 8.108, meanService: 1, servers: 15, meanPatience: 1e-9 });
    const b = erlangB(15, 8.108);
    expect(r.waitProbability).toBeCloseTo(b, 7);
    expect(r.abandonProbability).toBeCloseTo(b, 7);
  });

  it('gives P(wait) 1 − 1/e and P(abandon) 1/e for one server, one Erlang and θ = μ', () => {
    // θ = μ: every caller leaves at rate μ whether served or waiting, so N ~ Poisson(1) (M/M/∞).
    // P(wait) = P(N >= 1) = 1 − e⁻¹; E[Q] = E[(N − 1)+] = E[N] − 1 + P(N = 0) = e⁻¹;
    // P(abandon) = θ·E[Q]/λ = e⁻¹; mean wait = E[Q]/λ = e⁻¹ / 0.5 min.
    const r = mmcm({ arrivalRate: 0.5, meanService: 2, servers: 1, meanPatience: 2 });
    expect(r.waitProbability).toBeCloseTo(1 - Math.exp(-1), 13);
    expect(r.meanQueueLength).toBeCloseTo(Math.exp(-1), 13);
    expect(r.abandonProbability).toBeCloseTo(Math.exp(-1), 13);
    expect(r.meanWait).toBeCloseTo(2 * Math.exp(-1), 13);
  });

  it('matches the Poisson number in system of M/M/∞ when θ = μ, for 10 Erlangs on 14 agents', () => {
    const R = 10;
    const c = 14;
    const p = poisson(R, c);
    const belowC = p.slice(0, c).reduce((s, x) => s + x, 0);
    // E[(N − c)+] = E[N] − c + Σ_{k<c} (c − k)·p(k)
    const queue = R - c + p.slice(0, c).reduce((s, x, k) => s + (c - k) * x, 0);
    const r = mmcm({ arrivalRate: R / 4, meanService: 4, servers: c, meanPatience: 4 });
    expect(r.waitProbability).toBeCloseTo(1 - belowC, 12); // ≈ 0.13554
    expect(r.meanQueueLength).toBeCloseTo(queue, 12); // ≈ 0.18694
    expect(r.utilisation).toBeCloseTo((R - queue) / c, 12); // E[min(N, c)] = E[N] − E[(N − c)+]
  });

  it('agrees with a 50-digit direct sum of the same chain', () => {
    // Cross-check, not a published value: the unnormalised chain summed over 3000 states from
    // state 0 in 50-digit arithmetic (mpmath) for λ = 2/min, 5 min service, 8 agents, 4 min patience.
    const r = mmcm({ arrivalRate: 2, meanService: 5, servers: 8, meanPatience: 4 });
    expect(r.waitProbability).toBeCloseTo(0.7485133978090763, 13);
    expect(r.abandonProbability).toBeCloseTo(0.2525709562365606, 13);
    expect(r.meanQueueLength).toBeCloseTo(2.020567649892485, 12);
    expect(r.utilisation).toBeCloseTo(0.9342863047042992, 13);
  });

  it('abandons less as servers are added', () => {
    let previous = 1;
    for (let servers = 1; servers <= 40; servers++) {
      const r = mmcm({ arrivalRate: 5, meanService: 4, servers, meanPatience: 3 });
      expect(r.abandonProbability).toBeLessThan(previous);
      previous = r.abandonProbability;
    }
    expect(previous).toBeLessThan(1e-5); // 40 agents for 20 Erlangs: almost nobody waits
  });

  it('balances flow: arrivals that do not abandon are served (Little’s law on the servers)', () => {
    const cases = [
      { arrivalRate: 2, meanService: 5, servers: 12, meanPatience: 4 },
      { arrivalRate: 2, meanService: 5, servers: 8, meanPatience: 4 }, // overloaded, still stable
      { arrivalRate: 49, meanService: 10, servers: 500, meanPatience: 20 },
      { arrivalRate: 0.3, meanService: 30, servers: 6, meanPatience: 90 },
    ];
    for (const params of cases) {
      const r = mmcm(params);
      const served = params.arrivalRate * (1 - r.abandonProbability);
      // busy servers = throughput × mean service (Little on the service stage)
      expect(r.utilisation * params.servers).toBeCloseTo(served * params.meanService, 9);
      // queue = arrival rate × mean wait (Little on the queue), abandonment = θ·E[Q]/λ
      expect(r.meanQueueLength).toBeCloseTo(params.arrivalRate * r.meanWait, 12);
      expect(r.abandonProbability).toBeCloseTo(r.meanWait / params.meanPatience, 12);
      expect(r.waitProbability).toBeGreaterThan(r.abandonProbability);
    }
  });

  it('loses at least the excess load when overloaded', () => {
    // 10 Erlangs on 5 agents: the agents can serve at most half the callers, so at least half
    // abandon, yet with θ > 0 the queue settles instead of growing without bound.
    const r = mmcm({ arrivalRate: 2, meanService: 5, servers: 5, meanPatience: 2 });
    expect(r.abandonProbability).toBeGreaterThan(0.5);
    expect(r.utilisation).toBeLessThan(1);
    expect(Number.isFinite(r.meanWait)).toBe(true);
    expect(r.meanWait).toBeLessThan(2); // nobody waits longer on average than their patience
  });

  it('handles thousands of servers without overflow', () => {
    const r = mmcm({ arrivalRate: 100, meanService: 20, servers: 2000, meanPatience: 5 });
    for (const v of Object.values(r)) expect(Number.isFinite(v)).toBe(true);
    expect(r.waitProbability).toBeGreaterThan(0);
    expect(r.waitProbability).toBeLessThan(1);
  });

  it('is idle when nothing arrives and rejects a patience of zero', () => {
    const r = mmcm({ arrivalRate: 0, meanService: 5, servers: 2, meanPatience: 3 });
    expect(r).toEqual({
      waitProbability: 0,
      abandonProbability: 0,
      meanWait: 0,
      meanQueueLength: 0,
      utilisation: 0,
    });
    expect(() => mmcm({ arrivalRate: 1, meanService: 5, servers: 2, meanPatience: 0 })).toThrow(
      /invalid meanPatience/,
    );
  });
});
