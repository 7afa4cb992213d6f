import type { Scenario } from '../scenario/index.js';
import { makeDistribution } from '../random/index.js';

/** Standard deviations added to the mean count of calls back for the upper bound (as for arrivals). */
const MARGIN_SD = 6;
/**
 * Calls back added for the skew of small counts: a single geometric count with share s passes
 * `21 / (1 - s)` about once in a billion times (ln 1e9 ≈ 20.7), which the normal margin alone
 * does not cover when there are few cases.
 */
const SKEW_MARGIN = 21;

/** Kernel events of one call back: its own timer and the new call's patience timer. */
export const EVENTS_PER_CALLBACK = 2;

/**
 * Upper bound of the calls back (`pools.router.retrial`) in one replication of at most `cases`
 * cases over [0, `endAt`] minutes; 0 without retrial or without patience (nobody hangs up).
 * The smaller of two bounds, each a mean plus {@link MARGIN_SD} standard deviations:
 * - by the decisions, when share s < 1: each hang-up calls back with probability s, and every
 *   case says no at most once, so the calls back are at most the successes before the
 *   (cases + 1)-th failure: a negative binomial count, mean (cases + 1) s / (1 - s), variance
 *   (cases + 1) s / (1 - s)², counted as if every call hung up;
 * - by the time (any s, 1 included): a case's calls back are each preceded by a delay of its own
 *   within the horizon, at most a renewal count of the delays over `endAt` minutes, whose mean is
 *   at most endAt / m + E[delay²] / m² (Lorden's inequality; m the mean delay) and whose variance
 *   is about endAt · variance / m³.
 */
export function callbacksBound(scenario: Scenario, cases: number, endAt: number): number {
  const router = scenario.pools.router;
  const retrial = router.retrial;
  if (retrial === null || router.patience === null || retrial.share === 0 || cases <= 0) return 0;
  const s = retrial.share;
  const r = cases + 1;
  const byDecisions = s < 1 ? (r * s + MARGIN_SD * Math.sqrt(r * s) + SKEW_MARGIN) / (1 - s) : Infinity;
  const delay = makeDistribution(retrial.delay);
  const m = delay.mean;
  const v = delay.variance;
  const perCaseMean = endAt / m + (v + m * m) / (m * m);
  const perCaseVariance = (endAt * v) / (m * m * m) + 1;
  const byTime = cases * perCaseMean + MARGIN_SD * Math.sqrt(cases * perCaseVariance) + SKEW_MARGIN;
  return Math.ceil(Math.min(byDecisions, byTime));
}
