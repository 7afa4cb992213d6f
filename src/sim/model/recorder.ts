import type { Contract, Scenario, Severity } from '../scenario/index.js';
import { QuantileSketch } from '../stats/index.js';
import { CaseState, type SupportCase } from './case.js';
import { TraceLog, type TraceSink } from './trace.js';

/**
 * Quantiles within 0.2% (relative): fine enough that replications whose percentiles differ
 * by a fraction of a percent do not all land in one bucket and report a zero half-width.
 */
const SKETCH = { relativeAccuracy: 0.002 };

/** Case-level accumulators for one scope (all, a severity, a contract, or one severity x contract cell). */
export class CaseScope {
  arrivals = 0;
  responded = 0;
  respondedInTime = 0;
  /** Cases that missed the target without a response (abandoned, or still waiting past it at the end). */
  missedUnanswered = 0;
  firstResponseSum = 0;
  readonly firstResponse = new QuantileSketch(SKETCH);
  resolved = 0;
  resolutionSum = 0;
  readonly resolution = new QuantileSketch(SKETCH);
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
    this.resolved += other.resolved;
    this.resolutionSum += other.resolutionSum;
    this.resolution.merge(other.resolution);
    other.reached.forEach((n, i) => (this.reached[i] += n));
    return this;
  }
}

const SEVERITY_INDEX: Record<Severity, number> = { A: 0, B: 1, C: 2 };
const CONTRACT_INDEX: Record<Contract, number> = { standard: 0, premier: 1, tier3: 2 };

/**
 * Monitoring: records what happens to cases (first response, resolution, tiers reached, flows
 * between stages, the optional trace). The model calls it; statistics are computed from it.
 * Case-level figures count cases that arrived after the warm-up, in one cell per severity and
 * contract; the `all`, severity and contract scopes are merged from the cells at the end, so
 * each case costs one update per measure.
 */
export class Recorder {
  /** Cells indexed `severity * 3 + contract`. */
  private readonly cells: CaseScope[] = [];
  /** Flow counts after the warm-up, `from * stages + to`. */
  readonly flows: Float64Array;
  /**
   * The trace when one is asked for, else null. Stages write `recorder.trace?.note({...})`: with
   * no trace, optional chaining skips the call and never builds the row, so tracing costs nothing.
   */
  readonly trace: TraceLog | null;
  hotfixes = 0;
  /** Router calls that hung up after the warm-up (a case that calls back may hang up again). */
  abandoned = 0;
  /** Of those, the calls whose caller calls back (see `pools.router.retrial`). */
  calledBack = 0;
  /** Escalations after the warm-up, by reason. */
  readonly escalations = { age: 0, difficulty: 0 };
  /**
   * Counted cases in arrival order from the oldest one still without a response (for censoring
   * at the end of the run); the answered prefix is dropped as the run goes, so its length is
   * bounded by the arrivals within the longest wait, not by the number of cases.
   */
  private pending: SupportCase[] = [];
  private pendingHead = 0;
  private readonly targets: Record<Severity, number>;

  constructor(
    scenario: Scenario,
    readonly stageNames: readonly string[],
    private readonly tiers: number,
    private readonly clock: () => number,
    private readonly warmupAt: number,
    traceOn: boolean,
    /** Where the trace goes as it is made (see TraceLog); null: it is kept whole. */
    traceSink: TraceSink | null = null,
  ) {
    for (let i = 0; i < 9; i++) this.cells.push(new CaseScope(tiers));
    this.flows = new Float64Array(stageNames.length * stageNames.length);
    this.trace = traceOn || traceSink !== null ? new TraceLog(clock, traceSink) : null;
    this.targets = scenario.sla.firstResponse;
  }

  /** The scope of one severity and contract. */
  cell(severity: Severity, contract: Contract): CaseScope {
    return this.cells[SEVERITY_INDEX[severity] * 3 + CONTRACT_INDEX[contract]];
  }

  /** Merged scope of the cells that match (undefined = any). */
  scope(severity?: Severity, contract?: Contract): CaseScope {
    const out = new CaseScope(this.tiers);
    for (const s of ['A', 'B', 'C'] as const) {
      for (const c of ['standard', 'premier', 'tier3'] as const) {
        if ((severity === undefined || s === severity) && (contract === undefined || c === contract))
          out.merge(this.cell(s, c));
      }
    }
    return out;
  }

  arrived(c: SupportCase): void {
    if (!c.counted) return;
    this.cell(c.severity, c.contract).arrivals++;
    this.pending.push(c);
  }

  flow(from: number, to: number): void {
    if (this.clock() >= this.warmupAt) this.flows[from * this.stageNames.length + to]++;
  }

  reachedTier(c: SupportCase, tier: number): void {
    const bit = 1 << tier;
    if ((c.tiersReached & bit) !== 0) return;
    c.tiersReached |= bit;
    if (c.counted) this.cell(c.severity, c.contract).reached[tier]++;
  }

  firstResponse(c: SupportCase, at: number): void {
    if (c.firstResponseAt >= 0) return;
    c.firstResponseAt = at;
    if (!c.counted) return;
    const minutes = at - c.arrivedAt;
    const scope = this.cell(c.severity, c.contract);
    scope.responded++;
    if (minutes <= this.targets[c.severity]) scope.respondedInTime++;
    scope.firstResponseSum += minutes;
    scope.firstResponse.add(minutes);
  }

  resolved(c: SupportCase, at: number): void {
    c.resolvedAt = at;
    if (!c.counted) return;
    const minutes = at - c.arrivedAt;
    const scope = this.cell(c.severity, c.contract);
    scope.resolved++;
    scope.resolutionSum += minutes;
    scope.resolution.add(minutes);
  }

  /** A caller hung up at the router; `callsBack`: they will call again. */
  abandonedCall(callsBack: boolean): void {
    if (this.clock() < this.warmupAt) return;
    this.abandoned++;
    if (callsBack) this.calledBack++;
  }

  /** The case is lost: its caller hung up and does not call back. */
  abandonedCase(c: SupportCase): void {
    if (c.counted) this.cell(c.severity, c.contract).missedUnanswered++;
  }

  escalated(reason: 'age' | 'difficulty'): void {
    if (this.clock() >= this.warmupAt) this.escalations[reason]++;
  }

  hotfixRequested(): void {
    if (this.clock() >= this.warmupAt) this.hotfixes++;
  }

  /** Drops the answered (or abandoned) prefix of the pending list; call now and then. */
  compactPending(): void {
    const p = this.pending;
    let h = this.pendingHead;
    while (h < p.length && (p[h].firstResponseAt >= 0 || p[h].state === CaseState.Abandoned)) h++;
    if (h > 4096 && h * 2 > p.length) {
      this.pending = p.slice(h);
      h = 0;
    }
    this.pendingHead = h;
  }

  /** At the end of the run: cases still waiting past their target count as misses. */
  censor(endAt: number): void {
    for (let i = this.pendingHead; i < this.pending.length; i++) {
      const c = this.pending[i];
      if (c.firstResponseAt >= 0 || c.state === CaseState.Abandoned) continue;
      if (endAt - c.arrivedAt > this.targets[c.severity])
        this.cell(c.severity, c.contract).missedUnanswered++;
    }
    this.pending = [];
    this.pendingHead = 0;
  }
}
