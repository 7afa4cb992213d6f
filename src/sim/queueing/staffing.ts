import { requireBetween, requireNonNegative, requirePositive } from './checks.js';
import { erlangBStep } from './erlang-b.js';
import { erlangCFromB, serviceLevelAt, type Workload } from './erlang-c.js';
import { normalCdf, normalPdf } from './normal.js';

/**
 * Square-root staffing: ceil(R + β·√R) servers for an offered load of R Erlangs, where β is the
 * safety factor (e.g. from `halfinWhittBeta`). No check that the result is stable for β <= 0.
 */
export function squareRootStaffing(offeredLoad: number, beta: number): number {
  requireNonNegative('offeredLoad', offeredLoad);
  if (!Number.isFinite(beta)) throw new RangeError(`invalid beta: ${beta} (expected a finite number)`);
  return Math.ceil(offeredLoad + beta * Math.sqrt(offeredLoad));
}

/**
 * The Halfin–Whitt safety factor β for a target probability of waiting α in (0, 1): the root of
 * α = [1 + β·Φ(β)/φ(β)]⁻¹, found by bisection to about 1e-12. As the load grows with
 * c = R + β√R servers, Erlang C tends to this α (Halfin & Whitt 1981); Tijms calls β `k_α`.
 */
export function halfinWhittBeta(alpha: number): number {
  requireBetween('alpha', alpha, 0, 1, { low: true, high: true });
  const target = (1 - alpha) / alpha;
  // β·Φ(β)/φ(β) rises from 0 at β = 0 to infinity, so the root is unique and positive.
  const excess = (beta: number): number => (beta * normalCdf(beta)) / normalPdf(beta) - target;
  let low = 0;
  let high = 1;
  while (excess(high) < 0) high *= 2;
  for (let i = 0; i < 200 && high - low > 1e-12; i++) {
    const mid = 0.5 * (low + high);
    if (excess(mid) < 0) low = mid;
    else high = mid;
  }
  return 0.5 * (low + high);
}

/**
 * The smallest number of servers c (>= 1) whose exact Erlang C probability of waiting is at most
 * `maxWaitProbability` (in (0, 1]) for an offered load of R Erlangs. Only stable c > R qualify.
 * Steps the Erlang B recursion upwards, so the search costs O(c) in all.
 */
export function minServersForWaitProbability(offeredLoad: number, maxWaitProbability: number): number {
  requireNonNegative('offeredLoad', offeredLoad);
  requireBetween('maxWaitProbability', maxWaitProbability, 0, 1, { low: true, high: false });
  let blocking = 1;
  for (let c = 1; ; c++) {
    blocking = erlangBStep(c, offeredLoad, blocking);
    if (c > offeredLoad && erlangCFromB(c, offeredLoad, blocking) <= maxWaitProbability) return c;
  }
}

/** A share of the arrivals and the wait they must be answered within, minutes. */
export interface WaitTarget {
  readonly share: number;
  readonly withinMinutes: number;
}

/**
 * The smallest number of servers c (>= 1) for which the exact M/M/c service level
 * P(W <= withinMinutes) = 1 − C·exp(−(cμ − λ)·t) reaches `target` (in [0, 1)).
 * Rates per minute, times in minutes.
 */
export function minServersForServiceLevel(workload: Workload, withinMinutes: number, target: number): number {
  return minServersForMixedTargets(workload, [{ share: 1, withinMinutes }], target);
}

/**
 * The smallest number of servers c (>= 1) of one first-come-first-served M/M/c queue for which
 * the share of all arrivals answered within their own target, Σ share·P(W <= within), reaches
 * `target` (in [0, 1)); `targets`' shares sum to 1 (e.g. severities A, B, C with 1, 2 and 8 hours).
 * Rates per minute, times in minutes.
 */
export function minServersForMixedTargets(
  workload: Workload,
  targets: readonly WaitTarget[],
  target: number,
): number {
  requireNonNegative('arrivalRate', workload.arrivalRate);
  requirePositive('meanService', workload.meanService);
  for (const t of targets) {
    requireBetween('share', t.share, 0, 1, { low: false, high: false });
    requireNonNegative('withinMinutes', t.withinMinutes);
  }
  requireBetween('target', target, 0, 1, { low: false, high: true });
  const offeredLoad = workload.arrivalRate * workload.meanService;
  let blocking = 1;
  for (let c = 1; ; c++) {
    blocking = erlangBStep(c, offeredLoad, blocking);
    if (c <= offeredLoad) continue;
    const waitProbability = erlangCFromB(c, offeredLoad, blocking);
    let level = 0;
    for (const t of targets)
      level +=
        t.share * serviceLevelAt(c, offeredLoad, workload.meanService, t.withinMinutes, waitProbability);
    if (level >= target) return c;
  }
}
