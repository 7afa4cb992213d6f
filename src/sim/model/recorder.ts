import type { Contract, Scenario, Severity } from '../scenario/index.js';
import type { Period } from './business-week.js';
import { CaseState, type SupportCase } from './case.js';
import { CaseCells } from './case-cells.js';
import type { CaseScope } from './case-scope.js';
import { HourOfWeekCounts } from './hour-of-week-counts.js';
import { isOpen, OpenCases } from './open-cases.js';
import { TraceLog, type TraceSink } from './trace.js';

/**
 * Monitoring: records what happens to cases (first response, resolution, tiers reached, flows
 * between stages, the optional trace). The model calls it; statistics are computed from it.
 * Case-level figures count cases that arrived after the warm-up, in one cell per severity,
 * contract and arrival period (see CaseCells); the scopes reported are merged from the cells at
 * the end, so each case costs one update per measure.
 */
export class Recorder {
  private readonly cells: CaseCells;
  /** Flow counts after the warm-up, `from * stages + to`. */
  readonly flows: Float64Array;
  /** First responses by the hour of the week the case arrived in (counted cases only). */
  readonly byHourOfWeek = new HourOfWeekCounts();
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
  /**
   * The cases open now (for the backlog at the warm-up's end and censoring at the end), warm-up
   * arrivals too, in no particular order: a case leaves by swapping the last one into its slot
   * (`SupportCase.openSlot`), so it costs O(1) per case and holds no finished case.
   */
  private open: SupportCase[] = [];
  /** The backlog when the warm-up ended (null until then, or with no warm-up reached). */
  backlogAtWarmup: OpenCases | null = null;
  /** The backlog at the end of the run (set by {@link censor}). */
  backlogAtEnd: OpenCases | null = null;

  constructor(
    scenario: Scenario,
    readonly stageNames: readonly string[],
    tiers: number,
    private readonly clock: () => number,
    private readonly warmupAt: number,
    traceOn: boolean,
    /** Where the trace goes as it is made (see TraceLog); null: it is kept whole. */
    traceSink: TraceSink | null = null,
  ) {
    this.cells = new CaseCells(scenario, tiers);
    this.flows = new Float64Array(stageNames.length * stageNames.length);
    this.trace = traceOn || traceSink !== null ? new TraceLog(clock, traceSink) : null;
  }

  /** Whether the scenario has a resolution target for any severity (`resolutionSla.attainment`). */
  get hasResolutionTargets(): boolean {
    return this.cells.hasResolutionTargets;
  }

  /** A new scope merged from the cells of specialty `index` (scenario order), `specialty:X`. */
  specialtyScope(index: number): CaseScope {
    return this.cells.scope({ specialty: index });
  }

  /** A new scope merged from the cells that match (undefined = any severity, contract or period). */
  scope(severity?: Severity, contract?: Contract, period?: Period): CaseScope {
    return this.cells.scope({
      ...(severity === undefined ? {} : { severity }),
      ...(contract === undefined ? {} : { contract }),
      ...(period === undefined ? {} : { period }),
    });
  }

  arrived(c: SupportCase): void {
    c.openSlot = this.open.length;
    this.open.push(c);
    if (!c.counted) return;
    this.cells.of(c).arrivals++;
    this.byHourOfWeek.arrived(c.arrivedAt);
    this.pending.push(c);
  }

  flow(from: number, to: number): void {
    if (this.clock() >= this.warmupAt) this.flows[from * this.stageNames.length + to]++;
  }

  reachedTier(c: SupportCase, tier: number): void {
    const bit = 1 << tier;
    if ((c.tiersReached & bit) !== 0) return;
    c.tiersReached |= bit;
    if (!c.counted) return;
    this.cells.of(c).reached[tier]++;
  }

  firstResponse(c: SupportCase, at: number): void {
    if (c.firstResponseAt >= 0) return;
    c.firstResponseAt = at;
    if (!c.counted) return;
    const minutes = at - c.arrivedAt;
    const inTime = minutes <= this.cells.responseTarget(c);
    noteResponse(this.cells.of(c), minutes, inTime);
    this.byHourOfWeek.answered(c.arrivedAt, inTime);
  }

  resolved(c: SupportCase, at: number): void {
    c.resolvedAt = at;
    this.closed(c);
    if (!c.counted) return;
    const minutes = at - c.arrivedAt;
    const target = this.cells.resolutionTarget(c);
    noteResolution(this.cells.of(c), minutes, target);
  }

  /** A caller hung up at the router; `callsBack`: they will call again. */
  abandonedCall(callsBack: boolean): void {
    if (this.clock() < this.warmupAt) return;
    this.abandoned++;
    if (callsBack) this.calledBack++;
  }

  /** The case is lost: its caller hung up and does not call back. */
  abandonedCase(c: SupportCase): void {
    this.closed(c);
    if (!c.counted) return;
    this.cells.of(c).missedUnanswered++;
    this.byHourOfWeek.missedResponse(c.arrivedAt);
  }

  escalated(reason: 'age' | 'difficulty'): void {
    if (this.clock() >= this.warmupAt) this.escalations[reason]++;
  }

  hotfixRequested(): void {
    if (this.clock() >= this.warmupAt) this.hotfixes++;
  }

  /** Takes a case that is no longer open out of the open list. */
  private closed(c: SupportCase): void {
    const slot = c.openSlot;
    if (slot < 0) return;
    const last = this.open.pop()!;
    if (last !== c) {
      this.open[slot] = last;
      last.openSlot = slot;
    }
    c.openSlot = -1;
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

  /** Notes the backlog when the warm-up ends (for `backlog.start` and the growth of the backlog). */
  warmupEnded(at: number): void {
    this.backlogAtWarmup = this.openCasesAt(at);
  }

  /**
   * At the end of the run: cases still waiting past their first-response target count as
   * misses, and so do cases still open past their resolution target; cases within their targets
   * are left out of the attainments. Every counted case still waiting or open adds its age to
   * the censored sketches (see KaplanMeier); abandoned cases have neither (they never reach
   * support). Also notes the backlog at the end.
   */
  censor(endAt: number): void {
    for (let i = this.pendingHead; i < this.pending.length; i++) {
      const c = this.pending[i];
      if (c.firstResponseAt >= 0 || c.state === CaseState.Abandoned) continue;
      const age = endAt - c.arrivedAt;
      const scope = this.cells.of(c);
      if (age > this.cells.responseTarget(c)) {
        scope.missedUnanswered++;
        this.byHourOfWeek.missedResponse(c.arrivedAt);
      }
      scope.firstResponseOpen.add(age);
    }
    for (const c of this.open) {
      if (!c.counted || !isOpen(c)) continue;
      const age = endAt - c.arrivedAt;
      const target = this.cells.resolutionTarget(c);
      const scope = this.cells.of(c);
      if (target !== null && age > target) scope.missedUnresolved++;
      scope.openAtEnd++;
      scope.resolutionOpen.add(age);
    }
    this.backlogAtEnd = this.openCasesAt(endAt);
    this.pending = [];
    this.pendingHead = 0;
    for (const c of this.open) c.openSlot = -1;
    this.open = [];
  }

  private openCasesAt(at: number): OpenCases {
    const open = new OpenCases(this.stageNames.length, at);
    for (const c of this.open) open.add(c);
    return open;
  }
}

function noteResponse(scope: CaseScope, minutes: number, inTime: boolean): void {
  scope.responded++;
  if (inTime) scope.respondedInTime++;
  scope.firstResponseSum += minutes;
  scope.firstResponse.add(minutes);
}

function noteResolution(scope: CaseScope, minutes: number, target: number | null): void {
  scope.resolved++;
  scope.resolutionSum += minutes;
  scope.resolution.add(minutes);
  if (target !== null) {
    scope.resolvedWithTarget++;
    if (minutes <= target) scope.resolvedInTime++;
  }
}
