import { QuantileSketch } from '../stats/index.js';

/**
 * Sketch accuracy of every case duration: quantiles within 0.2% (relative): fine enough that replications whose percentiles differ
 * by a fraction of a percent do not all land in one bucket and report a zero half-width.
 */
export const SKETCH = { relativeAccuracy: 0.002 };

/**
 * Case-level accumulators for one scope: `all`, a severity, a contract, a period, or one
 * severity x contract x period cell of the recorder. Counts are cases; sums are minutes.
 */
export class CaseScope {
  arrivals = 0;
  responded = 0;
  respondedInTime = 0;
  /** Cases that missed the target without a response (abandoned, or still waiting past it at the end). */
  missedUnanswered = 0;
  firstResponseSum = 0;
  readonly firstResponse = new QuantileSketch(SKETCH);
  /** Ages at the end of the run of cases still waiting for a first response (censored), minutes. */
  readonly firstResponseOpen = new QuantileSketch(SKETCH);
  resolved = 0;
  resolutionSum = 0;
  readonly resolution = new QuantileSketch(SKETCH);
  /** Ages at the end of the run of cases still open (censored resolution times), minutes. */
  readonly resolutionOpen = new QuantileSketch(SKETCH);
  /** Resolved cases whose severity has a resolution target, and those resolved within it. */
  resolvedWithTarget = 0;
  resolvedInTime = 0;
  /** Cases still open at the end of the run whose age already exceeds their resolution target. */
  missedUnresolved = 0;
  /** Cases still open at the end of the run (their resolution time is censored). */
  openAtEnd = 0;
  readonly reached: number[];

  constructor(tiers: number) {
    this.reached = new Array<number>(tiers).fill(0);
  }

  /** Adds another scope's counts and sketches into this one. */
  merge(other: CaseScope): this {
    this.arrivals += other.arrivals;
    this.responded += other.responded;
    this.respondedInTime += other.respondedInTime;
    this.missedUnanswered += other.missedUnanswered;
    this.firstResponseSum += other.firstResponseSum;
    this.firstResponse.merge(other.firstResponse);
    this.firstResponseOpen.merge(other.firstResponseOpen);
    this.resolved += other.resolved;
    this.resolutionSum += other.resolutionSum;
    this.resolution.merge(other.resolution);
    this.resolutionOpen.merge(other.resolutionOpen);
    this.resolvedWithTarget += other.resolvedWithTarget;
    this.resolvedInTime += other.resolvedInTime;
    this.missedUnresolved += other.missedUnresolved;
    this.openAtEnd += other.openAtEnd;
    other.reached.forEach((n, i) => (this.reached[i] += n));
    return this;
  }
}
