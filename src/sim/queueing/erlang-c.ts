import { requireNonNegative, requirePositive, requireWhole } from './checks.js';
import { erlangB } from './erlang-b.js';
import { exp } from '../math/index.js';

/** Demand on a pool: how often work arrives and how long it takes. */
export interface Workload {
  /** Arrivals per minute (>= 0). */
  arrivalRate: number;
  /** Mean service (handle) time, minutes (> 0). */
  meanService: number;
}

/** An M/M/c queue: Poisson arrivals, exponential service, `servers` identical servers, FCFS. */
export interface MmcParams extends Workload {
  /** Number of servers, a whole number >= 1. */
  servers: number;
}

/** Steady-state measures of an M/M/c queue. */
export interface MmcResult {
  /** R = arrivalRate × meanService, Erlangs (the mean number of busy servers when stable). */
  offeredLoad: number;
  /** Long-run share of server time busy: R / c, or 1 when the queue is unstable (R >= c). */
  utilisation: number;
  /** Probability that an arrival has to wait (Erlang C); 1 when unstable. */
  waitProbability: number;
  /** Mean wait in queue over all arrivals (waiting or not), minutes; Infinity when unstable. */
  meanWait: number;
  /** Mean number waiting (not in service); Infinity when unstable. */
  meanQueueLength: number;
  /** Mean number present (waiting + in service); Infinity when unstable. */
  meanInSystem: number;
}

/**
 * Erlang C: the probability that an arrival must wait in an M/M/c queue with `servers` (>= 1)
 * and an offered load in Erlangs. Returns 1 when offeredLoad >= servers (no steady state: the
 * queue grows without bound, so eventually everyone waits).
 *
 * Computed from Erlang B as C = c·B / (c − A·(1 − B)), which inherits B's stable recursion.
 */
export function erlangC(servers: number, offeredLoad: number): number {
  requireWhole('servers', servers, 1);
  requireNonNegative('offeredLoad', offeredLoad);
  return erlangCFromB(servers, offeredLoad, erlangB(servers, offeredLoad));
}

/** Erlang C from an already computed Erlang B value B(servers, offeredLoad). */
export function erlangCFromB(servers: number, offeredLoad: number, blocking: number): number {
  if (offeredLoad >= servers) return 1;
  return (servers * blocking) / (servers - offeredLoad * (1 - blocking));
}

function checkMmc(params: MmcParams): void {
  requireNonNegative('arrivalRate', params.arrivalRate);
  requirePositive('meanService', params.meanService);
  requireWhole('servers', params.servers, 1);
}

/**
 * Steady state of the M/M/c queue (rates per minute, times in minutes):
 * R = λ·s, C = Erlang C(c, R), Wq = C·s / (c − R), Lq = λ·Wq (Little), L = Lq + R.
 * When R >= c there is no steady state: waitProbability is 1, utilisation 1, and the mean wait,
 * queue length and number in system are Infinity.
 */
export function mmc(params: MmcParams): MmcResult {
  checkMmc(params);
  const { arrivalRate, meanService, servers } = params;
  const offeredLoad = arrivalRate * meanService;
  if (offeredLoad >= servers) {
    return {
      offeredLoad,
      utilisation: 1,
      waitProbability: 1,
      meanWait: Infinity,
      meanQueueLength: Infinity,
      meanInSystem: Infinity,
    };
  }
  const waitProbability = erlangC(servers, offeredLoad);
  // A waiting arrival waits Exp(cμ − λ): all c servers finish jobs at rate cμ, arrivals refill at λ.
  const meanWait = (waitProbability * meanService) / (servers - offeredLoad);
  const meanQueueLength = arrivalRate * meanWait;
  return {
    offeredLoad,
    utilisation: offeredLoad / servers,
    waitProbability,
    meanWait,
    meanQueueLength,
    meanInSystem: meanQueueLength + offeredLoad,
  };
}

/**
 * Service level of an M/M/c queue: the probability that an arrival waits at most `withinMinutes`
 * (>= 0) before service starts, P(W <= t) = 1 − C·exp(−(cμ − λ)·t) with μ = 1 / meanService.
 * Returns 0 when the queue is unstable (R >= c).
 */
export function serviceLevel(params: MmcParams, withinMinutes: number): number {
  checkMmc(params);
  requireNonNegative('withinMinutes', withinMinutes);
  const { arrivalRate, meanService, servers } = params;
  const offeredLoad = arrivalRate * meanService;
  if (offeredLoad >= servers) return 0;
  return serviceLevelAt(servers, offeredLoad, meanService, withinMinutes, erlangC(servers, offeredLoad));
}

/** P(W <= t) for a stable M/M/c queue whose Erlang C value is already known. */
export function serviceLevelAt(
  servers: number,
  offeredLoad: number,
  meanService: number,
  withinMinutes: number,
  waitProbability: number,
): number {
  return 1 - waitProbability * exp(-((servers - offeredLoad) * withinMinutes) / meanService);
}

/**
 * Agent occupancy (call-centre name for utilisation): the share of server time spent serving,
 * R / c with R = arrivalRate × meanService; 1 when R >= c (every server is always busy).
 */
export function occupancy(params: MmcParams): number {
  checkMmc(params);
  return Math.min(1, (params.arrivalRate * params.meanService) / params.servers);
}
