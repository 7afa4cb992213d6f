import { MINUTES_PER_DAY, seatPlan, type Scenario, type TraceRow } from '../../sim/index.js';
import { traceEnd, type RunInput } from './floor-run.js';
import { bundledScenario } from './teach-scenarios.js';
import { tracePlan, unseated } from './trace-seats.js';

/** An uploaded trace ready to replay, what to say about it, and a warning for the status line ('' for none). */
export interface UploadedRun {
  readonly input: RunInput;
  /** What the floor is built from, for the side panel. */
  readonly about: string;
  readonly warning: string;
}

/**
 * An uploaded trace.csv's run. Paired with a bundled scenario (`pairedWith`, a key of
 * SCENARIO_KEYS, '' for none), the floor is that scenario's: all its seats, their shifts, and its
 * SLA targets for the story's verdicts, so a trace the CLI made from that scenario looks as the
 * page's own run of it would. A trace alone (or one naming people the scenario has no seat for)
 * gets a floor built from the engineer ids it names (see trace-seats.ts), every seat on shift
 * and no SLA targets. Runs to the end of the last day the trace reaches (or the scenario's
 * horizon, if longer).
 */
export function uploadedRun(name: string, rows: readonly TraceRow[], pairedWith: string): UploadedRun {
  const cases = new Set(rows.filter((r) => r.caseId !== 0).map((r) => r.caseId)).size;
  const size = `${cases} cases in ${rows.length} rows over ${traceEnd(rows) / MINUTES_PER_DAY} day(s)`;
  let warning = '';
  if (pairedWith !== '') {
    let scenario: Scenario | null = null;
    try {
      scenario = bundledScenario(pairedWith);
    } catch (error) {
      warning = `${pairedWith} cannot be read (${(error as Error).message}): seats come from the trace instead`;
    }
    if (scenario !== null) {
      const plan = seatPlan(scenario);
      const missing = unseated(rows, plan);
      if (missing.length === 0)
        return {
          input: {
            scenario,
            plan,
            rows,
            endAt: Math.max(traceEnd(rows), scenario.horizon.days * MINUTES_PER_DAY),
          },
          about: `${name}: ${size}. Seats, shifts and SLA targets from ${pairedWith}.`,
          warning,
        };
      const more = missing.length > 1 ? ` and ${missing.length - 1} more` : '';
      warning = `${name} names ${missing[0]}${more}, who ${pairedWith} has no seat for: seats come from the trace instead`;
    }
  }
  return {
    input: { scenario: null, plan: tracePlan(rows), rows, endAt: traceEnd(rows) },
    about:
      `${name}: ${size}. Seats come from the engineers the trace names (and the seats numbered before ` +
      `theirs); their shifts are unknown, so no seat shows off shift, and without the scenario there ` +
      `are no SLA targets to judge the first response. Choose the scenario the trace was made from ` +
      `for those.`,
    warning,
  };
}
