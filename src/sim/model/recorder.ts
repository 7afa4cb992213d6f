import type { Scenario } from '../scenario/index.js';
import { QuantileSketch } from '../stats/index.js';
import type { SupportCase } from './case.js';
import type { TraceEventKind, TraceRow } from './trace.js';

/** Case-level accumulators for one scope (all, a severity or a contract). */
export class CaseScope {
  arrivals = 0;
  responded = 0;
  respondedInTime = 0;
  /** Cases that missed the target without a response (abandoned, or still waiting past it at the end). */
  missedUnanswered = 0;
  firstResponseSum = 0;
  readonly firstResponse = new QuantileSketch();
  resolved = 0;
  resolutionSum = 0;
  readonly resolution = new QuantileSketch();
  readonly reached: number[];

  constructor(tiers: number) {
    this.reached = new Array<number>(tiers).fill(0);
  }
}

/**
 * Monitoring: records what happens to cases (first response, resolution, tiers reached, flows
 * between stages, the optional trace). The model calls it; statistics are computed from it.
 * Case-level figures count cases that arrived after the warm-up.
 */
export class Recorder {
  readonly all: CaseScope;
  readonly bySeverity: Record<'A' | 'B' | 'C', CaseScope>;
  readonly byContract: Record<'standard' | 'premier' | 'tier3', CaseScope>;
  /** Flow counts after the warm-up, `from * stages + to`. */
  readonly flows: Float64Array;
  readonly trace: TraceRow[] | null;
  hotfixes = 0;
  abandoned = 0;
  /** Escalations after the warm-up, by reason. */
  readonly escalations = { age: 0, difficulty: 0 };
  /** Counted cases without a first response yet (censored at the end of the run). */
  readonly awaitingResponse = new Set<SupportCase>();
  private readonly targets: Record<'A' | 'B' | 'C', number>;

  constructor(
    scenario: Scenario,
    readonly stageNames: readonly string[],
    tiers: number,
    private readonly clock: () => number,
    private readonly warmupAt: number,
    traceOn: boolean,
  ) {
    this.all = new CaseScope(tiers);
    this.bySeverity = { A: new CaseScope(tiers), B: new CaseScope(tiers), C: new CaseScope(tiers) };
    this.byContract = { standard: new CaseScope(tiers), premier: new CaseScope(tiers), tier3: new CaseScope(tiers) };
    this.flows = new Float64Array(stageNames.length * stageNames.length);
    this.trace = traceOn ? [] : null;
    this.targets = scenario.sla.firstResponse;
  }

  arrived(c: SupportCase): void {
    if (c.counted) {
      this.all.arrivals++;
      this.bySeverity[c.severity].arrivals++;
      this.byContract[c.contract].arrivals++;
      this.awaitingResponse.add(c);
    }
  }

  flow(from: number, to: number): void {
    if (this.clock() >= this.warmupAt) this.flows[from * this.stageNames.length + to]++;
  }

  reachedTier(c: SupportCase, tier: number): void {
    const bit = 1 << tier;
    if ((c.tiersReached & bit) !== 0) return;
    c.tiersReached |= bit;
    if (!c.counted) return;
    this.all.reached[tier]++;
    this.bySeverity[c.severity].reached[tier]++;
    this.byContract[c.contract].reached[tier]++;
  }

  firstResponse(c: SupportCase, at: number): void {
    if (c.firstResponseAt >= 0) return;
    c.firstResponseAt = at;
    if (!c.counted) return;
    this.awaitingResponse.delete(c);
    const minutes = at - c.arrivedAt;
    const inTime = minutes <= this.targets[c.severity];
    this.respond(this.all, minutes, inTime);
    this.respond(this.bySeverity[c.severity], minutes, inTime);
    this.respond(this.byContract[c.contract], minutes, inTime);
  }

  resolved(c: SupportCase, at: number): void {
    c.resolvedAt = at;
    if (!c.counted) return;
    const minutes = at - c.arrivedAt;
    this.resolve(this.all, minutes);
    this.resolve(this.bySeverity[c.severity], minutes);
    this.resolve(this.byContract[c.contract], minutes);
  }

  abandonedCase(c: SupportCase): void {
    if (this.clock() >= this.warmupAt) this.abandoned++;
    if (!c.counted) return;
    this.awaitingResponse.delete(c);
    this.all.missedUnanswered++;
    this.bySeverity[c.severity].missedUnanswered++;
    this.byContract[c.contract].missedUnanswered++;
  }

  escalated(reason: 'age' | 'difficulty'): void {
    if (this.clock() >= this.warmupAt) this.escalations[reason]++;
  }

  hotfixRequested(): void {
    if (this.clock() >= this.warmupAt) this.hotfixes++;
  }

  /** At the end of the run: cases still waiting past their target count as misses. */
  censor(endAt: number): void {
    for (const c of this.awaitingResponse) {
      if (endAt - c.arrivedAt > this.targets[c.severity]) {
        this.all.missedUnanswered++;
        this.bySeverity[c.severity].missedUnanswered++;
        this.byContract[c.contract].missedUnanswered++;
      }
    }
    this.awaitingResponse.clear();
  }

  note(c: SupportCase, event: TraceEventKind, place: string, engineer = '', detail = ''): void {
    this.trace?.push({ at: this.clock(), caseId: c.id, event, place, engineer, detail });
  }

  private respond(scope: CaseScope, minutes: number, inTime: boolean): void {
    scope.responded++;
    if (inTime) scope.respondedInTime++;
    scope.firstResponseSum += minutes;
    scope.firstResponse.add(minutes);
  }

  private resolve(scope: CaseScope, minutes: number): void {
    scope.resolved++;
    scope.resolutionSum += minutes;
    scope.resolution.add(minutes);
  }
}
