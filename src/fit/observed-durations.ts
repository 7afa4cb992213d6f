import { KaplanMeier, QuantileSketch, SEVERITIES, type Severity } from '../sim/index.js';

/**
 * Durations observed in a history (first response, resolution), summarised as a run's KPIs
 * are: cases whose duration is not known yet (still open at the end of the history) are
 * censored at their age, and the quantiles are Kaplan–Meier's, within the sketches' 1%.
 */
export interface DurationSummary {
  /** Cases whose duration ended within the history, and cases censored (still waiting at its end). */
  readonly ended: number;
  readonly censored: number;
  /** Minutes; NaN without any case. With censoring, the restricted mean up to the longest age seen. */
  readonly mean: number;
  readonly p50: number;
  readonly p90: number;
  /** False when too many cases are censored for the 90th percentile to be known: `p90` is then a lower bound. */
  readonly p90Known: boolean;
}

/** A summary for all cases and for each severity (cases of unknown severity count in `all` only). */
export interface DurationsBySeverity {
  readonly all: DurationSummary;
  readonly severity: Readonly<Record<Severity, DurationSummary>>;
}

/** Collects durations, ended or censored, for all cases and by severity. */
export class DurationCollector {
  private readonly all = pair();
  private readonly bySeverity = new Map<Severity, ReturnType<typeof pair>>(
    SEVERITIES.map((s) => [s, pair()]),
  );

  /** One case's duration (minutes; negative ones count as 0), `censored` when it had not ended by the history's end. */
  add(minutes: number, censored: boolean, severity: Severity | null): void {
    const value = Math.max(0, minutes);
    (censored ? this.all.censored : this.all.ended).add(value);
    if (severity === null) return;
    const sketches = this.bySeverity.get(severity)!;
    (censored ? sketches.censored : sketches.ended).add(value);
  }

  summary(): DurationsBySeverity {
    return {
      all: summarise(this.all),
      severity: Object.fromEntries(SEVERITIES.map((s) => [s, summarise(this.bySeverity.get(s)!)])) as Record<
        Severity,
        DurationSummary
      >,
    };
  }
}

function pair(): { ended: QuantileSketch; censored: QuantileSketch } {
  return { ended: new QuantileSketch(), censored: new QuantileSketch() };
}

function summarise({
  ended,
  censored,
}: {
  ended: QuantileSketch;
  censored: QuantileSketch;
}): DurationSummary {
  const km = new KaplanMeier(ended, censored);
  return {
    ended: ended.count,
    censored: censored.count,
    mean: km.mean,
    p50: km.quantile(0.5),
    p90: km.quantile(0.9),
    p90Known: km.reaches(0.9),
  };
}
