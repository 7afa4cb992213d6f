import type { Scenario, Severity } from '../scenario/index.js';
import { makeDistribution, type Distribution, type Rng } from '../random/index.js';
import type { SupportCase } from './case.js';

/** Where a standard or premier case enters the ladder (see `ladder.entry`). */
export type EntryTier = 'router' | 'se' | 'problemControl' | 'escalation';

/** The tiers that hand a finished case back down (see `ladder.returns`). */
export type ReturningTier = 'problemControl' | 'escalation';

/**
 * Entry at a later tier and returns down the ladder (`ladder` in a scenario). Each case carries
 * two uniform draws made at arrival from the `ladder` stream, two per case whenever a share is
 * above 0 and none otherwise, so the other streams stay in step with a scenario without them
 * (common random numbers), and two scenarios that differ only in these shares see the same cases
 * make the same draws: `entryDraw` picks the entry tier by the cumulative entry shares (SE,
 * then Problem Control, then escalation engineers, the rest the router), `returnDraw` below the
 * returning tier's share sends a finished case back down.
 */
export class LadderRules {
  /** Whether any share is above 0 (otherwise no draws are made and every case takes MODEL.md's flow). */
  readonly active: boolean;
  private readonly toSe: number;
  private readonly toProblemControl: number;
  private readonly toEscalation: number;
  private readonly returns: Readonly<Record<ReturningTier, number>>;
  private readonly returnWork: Readonly<Record<Severity, Distribution>>;

  constructor(scenario: Scenario) {
    const { entry, returns } = scenario.ladder;
    this.toSe = entry.se;
    this.toProblemControl = entry.se + entry.problemControl;
    this.toEscalation = this.toProblemControl + entry.escalation;
    this.returns = { problemControl: returns.fromProblemControl, escalation: returns.fromEscalation };
    const work = scenario.ladder.returnWork;
    this.returnWork = {
      A: makeDistribution(work.A),
      B: makeDistribution(work.B),
      C: makeDistribution(work.C),
    };
    this.active = this.toEscalation > 0 || returns.fromProblemControl > 0 || returns.fromEscalation > 0;
  }

  /** Draws the case's entry and return decisions (two draws when active, none otherwise). */
  draw(c: SupportCase, rng: Rng): void {
    if (!this.active) return;
    c.entryDraw = rng();
    c.returnDraw = rng();
  }

  /** Where a standard or premier case enters. */
  entryOf(c: SupportCase): EntryTier {
    const u = c.entryDraw;
    if (u < this.toSe) return 'se';
    if (u < this.toProblemControl) return 'problemControl';
    if (u < this.toEscalation) return 'escalation';
    return 'router';
  }

  /** Minutes a lower tier spends closing a case that came back down (`ladder.returnWork`), drawn from the stage's `rng`. */
  closingMinutes(c: SupportCase, rng: Rng): number {
    return this.returnWork[c.severity].sample(rng);
  }

  /** Whether `tier`, having finished the case, hands it back down (a case comes back down once). */
  returnsDown(c: SupportCase, tier: ReturningTier): boolean {
    return !c.returned && c.returnDraw < this.returns[tier];
  }
}
