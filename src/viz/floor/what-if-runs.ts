import type { Scenario, TraceRow } from '../../sim/index.js';
import { scenarioTargets } from './case-verdicts.js';
import { scenarioInput, type RunInput } from './floor-run.js';
import type { Lesson } from './lessons.js';
import { floorDirectory } from './seats.js';
import { teachingVariant } from './teach-scenarios.js';
import { caseOutcome, whatChanged, type CaseOutcome } from './what-changed.js';

/** What the what-if runs need from the page. */
export interface WhatIfHost {
  /** Simulates a scenario for its trace (null: cancelled or failed). */
  simulate(scenario: Scenario): Promise<TraceRow[] | null>;
  /** Shows a run, keeping the clock and the followed case. */
  start(input: RunInput): void;
  /** The toggle is busy (a run is on its way) or not; `on` is what it shows now. */
  toggled(on: boolean, busy: boolean): void;
}

/**
 * A lesson's run and its what-if's: the what-if is simulated the first time it is asked for
 * (the lesson's scenario with the what-if's patch, same seed, so the same cases) and kept, and
 * the toggle replays one or the other at the same time with the same case followed. Says what
 * changed for a case between the two.
 */
export class WhatIfRuns {
  /** Whether the what-if is replayed now. */
  on = false;
  private current: Lesson | null = null;
  private base: RunInput | null = null;
  private variant: RunInput | null = null;
  private readonly outcomes = new Map<string, CaseOutcome>();

  constructor(private readonly host: WhatIfHost) {}

  /** A new lesson and its run (null, null: no lesson): the what-if is off and forgotten. */
  lesson(lesson: Lesson | null, base: RunInput | null): void {
    this.current = lesson;
    this.base = base;
    this.variant = null;
    this.on = false;
    this.outcomes.clear();
  }

  /** Replays the what-if (true) or the lesson's own run (false). */
  async show(on: boolean): Promise<void> {
    const lesson = this.current;
    if (lesson === null || this.base === null) return;
    if (on && this.variant === null) {
      // Checked while its run is on its way; unchecked again should it fail.
      this.host.toggled(true, true);
      let scenario: Scenario;
      try {
        scenario = teachingVariant(lesson.id, lesson.whatIf.patch);
      } catch {
        this.host.toggled(false, false);
        return;
      }
      const rows = await this.host.simulate(scenario);
      // Another lesson may have been chosen meanwhile: its run is not this one's.
      if (this.current !== lesson) return;
      if (rows === null) {
        this.host.toggled(false, false);
        return;
      }
      this.variant = scenarioInput(scenario, rows);
    }
    this.on = on;
    this.host.start(on ? this.variant! : this.base);
    this.host.toggled(on, false);
  }

  /** What changed for case `id` in the what-if, one line a field; none while the what-if is off. */
  changed(id: number | null): string[] {
    if (!this.on || id === null || this.base === null || this.variant === null) return [];
    return whatChanged(this.outcome('base', this.base, id), this.outcome('variant', this.variant, id));
  }

  private outcome(which: string, input: RunInput, id: number): CaseOutcome {
    const key = `${which}|${id}`;
    let o = this.outcomes.get(key);
    if (o === undefined) {
      const targets = input.scenario === null ? null : scenarioTargets(input.scenario);
      const rows = input.rows.filter((r) => r.caseId === id);
      o = caseOutcome(rows, input.endAt, targets, floorDirectory(input.plan));
      this.outcomes.set(key, o);
    }
    return o;
  }
}
