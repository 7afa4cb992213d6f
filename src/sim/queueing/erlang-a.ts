import { requirePositive } from './checks.js';
import { CompensatedSum } from './compensated-sum.js';
import { mmc, type MmcParams } from './erlang-c.js';

/** An M/M/c+M (Erlang A) queue: an M/M/c queue whose waiting callers hang up after Exp(θ). */
export interface MmcmParams extends MmcParams {
  /**
   * Mean patience, minutes (> 0): a waiting caller abandons after an exponential time with this
   * mean (θ = 1 / meanPatience). Infinity means nobody abandons, which is Erlang C.
   */
  meanPatience: number;
}

/** Steady-state measures of an M/M/c+M queue. */
export interface MmcmResult {
  /** Probability that an arrival finds all servers busy and has to queue, P(N >= c). */
  waitProbability: number;
  /** Probability that an arrival abandons before service, θ·E[Q] / λ. */
  abandonProbability: number;
  /** Mean time in queue over all arrivals (served, abandoned or never queued), minutes: E[Q] / λ. */
  meanWait: number;
  /** Mean number waiting, E[Q] = E[(N − c)+]. */
  meanQueueLength: number;
  /** Mean share of servers busy, E[min(N, c)] / c. */
  utilisation: number;
}

/** States summed are bounded by this, so an absurd input fails rather than hangs. */
const MAX_STATES = 20_000_000;
/** Stop once every remaining term together is below this share of the total mass. */
const TAIL_TOLERANCE = 1e-16;

/**
 * Exact steady state of the M/M/c+M (Erlang A) queue, rates per minute and times in minutes.
 *
 * The number present N is a birth–death chain: birth rate λ, death rate min(n, c)·μ +
 * max(n − c, 0)·θ. Its probabilities are built as ratios to the most likely state, so every term
 * lies in (0, 1] whatever the number of servers, and the chain is truncated where a geometric
 * bound on everything left is below 1e-16 of the total. With θ > 0 the chain is always stable,
 * even when λ >= cμ. meanPatience = Infinity falls back to Erlang C (`mmc`), whose unstable case
 * gives Infinity for the mean wait and queue.
 *
 * Throws a RangeError when the chain would need more than 20 million states (a very overloaded
 * queue with a very long patience).
 */
export function mmcm(params: MmcmParams): MmcmResult {
  const { arrivalRate: lambda, meanService, servers: c, meanPatience } = params;
  if (meanPatience !== Infinity) requirePositive('meanPatience', meanPatience);
  const withoutAbandonment = mmc(params); // also checks the other parameters
  if (meanPatience === Infinity) {
    const { waitProbability, meanWait, meanQueueLength, utilisation } = withoutAbandonment;
    return { waitProbability, abandonProbability: 0, meanWait, meanQueueLength, utilisation };
  }
  if (lambda === 0) {
    return { waitProbability: 0, abandonProbability: 0, meanWait: 0, meanQueueLength: 0, utilisation: 0 };
  }

  const mu = 1 / meanService;
  const theta = 1 / meanPatience;
  const death = (n: number): number => (n <= c ? n * mu : c * mu + (n - c) * theta);
  // Death rates never decrease, so the weights rise while λ >= death(n) and fall after: starting at
  // the mode keeps every weight <= 1 (no overflow), and the tail beyond any n past the mode is
  // bounded by a geometric series.
  const mode = lambda < c * mu ? Math.floor(lambda / mu) : c + Math.floor((lambda - c * mu) / theta);
  if (mode > MAX_STATES) tooLarge(params);

  const total = new CompensatedSum();
  const waiting = new CompensatedSum(); // mass of states n >= c
  const queue = new CompensatedSum(); // Σ (n − c)+ · weight
  const busy = new CompensatedSum(); // Σ min(n, c) · weight
  const add = (n: number, weight: number): void => {
    total.add(weight);
    busy.add(Math.min(n, c) * weight);
    if (n >= c) {
      waiting.add(weight);
      queue.add((n - c) * weight);
    }
  };

  add(mode, 1);
  // Downwards: weight(n − 1) = weight(n) · death(n) / λ.
  let weight = 1;
  for (let n = mode; n > 0; n--) {
    weight *= death(n) / lambda;
    if (weight === 0) break; // underflowed: the rest is below 1e-308 of the mode
    add(n - 1, weight);
  }
  // Upwards: weight(n) = weight(n − 1) · λ / death(n).
  weight = 1;
  for (let n = mode + 1; ; n++) {
    if (n - mode > MAX_STATES) tooLarge(params);
    weight *= lambda / death(n);
    add(n, weight);
    const ratio = lambda / death(n + 1);
    if (ratio >= 1) continue; // only while rounding left the mode one state short
    // Everything beyond n is at most weight·(r + r² + …); its queue length at most that times the
    // mean of (n − c)+ + a geometric number of further steps.
    const tail = (weight * ratio) / (1 - ratio);
    const queueTail = tail * (Math.max(n - c, 0) + 1 / (1 - ratio));
    const bound = TAIL_TOLERANCE * total.value;
    if (tail <= bound && queueTail <= bound) break;
  }

  const mass = total.value;
  const meanQueueLength = queue.value / mass;
  return {
    waitProbability: waiting.value / mass,
    abandonProbability: (theta * meanQueueLength) / lambda,
    meanWait: meanQueueLength / lambda,
    meanQueueLength,
    utilisation: busy.value / mass / c,
  };
}

function tooLarge(params: MmcmParams): never {
  throw new RangeError(
    `mmcm: more than ${MAX_STATES} states needed for arrivalRate ${params.arrivalRate}, ` +
      `meanService ${params.meanService}, servers ${params.servers}, meanPatience ${params.meanPatience}`,
  );
}
