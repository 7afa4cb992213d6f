import type { QuantileSketch } from './quantile-sketch.js';

/** Survival above this counts as "not yet down to 1 − q" (floating-point slack of the products). */
const SLACK = 1e-12;

/**
 * The Kaplan–Meier estimate of a duration's distribution when some durations are right-censored:
 * for a case still open at the end of a run, all that is known is that it takes longer than its
 * age. S(t) = Π over observed durations tᵢ ≤ t of (1 − dᵢ/nᵢ), where dᵢ durations end at tᵢ and
 * nᵢ cases (ended or still open) last at least tᵢ. Open cases keep the ones that ended after
 * them from looking typical, so more work left undone never shows as faster work.
 *
 * Built from two sketches with the same accuracy: `ended` (observed durations) and `censored`
 * (ages of the open ones); evaluated on their buckets, so within the sketches' relative accuracy
 * α, with ties in a bucket counted as at risk (the usual convention: censoring after events).
 * With nothing censored it is the plain sample: the sketch's own quantiles and the exact mean.
 */
export class KaplanMeier {
  /** Observed durations (bucket values, ascending), minutes. */
  private readonly times: number[] = [];
  /** S(t) just after each of `times`. */
  private readonly survival: number[] = [];
  /** The longest duration or age seen (τ), minutes; NaN when there is none. */
  readonly longest: number;

  constructor(
    private readonly ended: QuantileSketch,
    private readonly censored: QuantileSketch,
  ) {
    const longest = Math.max(
      ended.count > 0 ? ended.max : -Infinity,
      censored.count > 0 ? censored.max : -Infinity,
    );
    this.longest = longest > -Infinity ? longest : NaN;
    if (censored.count === 0) return;
    const buckets = new Map<number, { value: number; ended: number; censored: number }>();
    ended.forEachBucket((index, value, count) => buckets.set(index, { value, ended: count, censored: 0 }));
    censored.forEachBucket((index, value, count) => {
      const b = buckets.get(index);
      if (b === undefined) buckets.set(index, { value, ended: 0, censored: count });
      else b.censored = count;
    });
    let atRisk = ended.count + censored.count;
    let s = 1;
    for (const index of [...buckets.keys()].sort((a, b) => a - b)) {
      const b = buckets.get(index)!;
      if (b.ended > 0) {
        s *= 1 - b.ended / atRisk;
        this.times.push(b.value);
        this.survival.push(s);
      }
      atRisk -= b.ended + b.censored;
    }
  }

  /** Whether any duration is censored (else every figure is the plain sample's). */
  get hasCensored(): boolean {
    return this.censored.count > 0;
  }

  /**
   * Whether the estimate comes down to 1 − q within the durations seen, i.e. the q-quantile is
   * known; when it does not, {@link quantile} gives a lower bound.
   */
  reaches(q: number): boolean {
    if (!this.hasCensored) return this.ended.count > 0;
    const last = this.survival.length > 0 ? this.survival[this.survival.length - 1] : 1;
    return last <= 1 - q + SLACK;
  }

  /**
   * The q-quantile, minutes: the first observed duration at which S(t) ≤ 1 − q. When too many
   * cases are still open for S to come down that far, the longest duration or age seen, a lower
   * bound (see {@link reaches}). NaN with no observation at all.
   */
  quantile(q: number): number {
    if (!this.hasCensored) return this.ended.quantile(q);
    for (let i = 0; i < this.survival.length; i++)
      if (this.survival[i] <= 1 - q + SLACK) return this.times[i];
    return this.longest;
  }

  /**
   * The mean, minutes: with censoring, the restricted mean ∫₀^τ S(t) dt up to the longest
   * duration or age seen (τ), a lower bound when S(τ) > 0; else the exact sample mean. NaN with
   * no observation.
   */
  get mean(): number {
    if (!this.hasCensored) return this.ended.mean;
    let area = 0;
    let s = 1;
    let from = 0;
    for (let i = 0; i < this.times.length; i++) {
      area += s * (this.times[i] - from);
      from = this.times[i];
      s = this.survival[i];
    }
    return area + s * Math.max(0, this.longest - from);
  }
}
