import { MINUTES_PER_DAY, seatPlan, type PoolSeats, type Scenario, type TraceRow } from '../../sim/index.js';
import { BUNDLED_SCENARIOS } from '../bundled.js';
import { checkScenario } from '../scenario-source.js';
import { scenarioTargets, type ResponseTarget } from './case-verdicts.js';
import type { FloorLayout } from './layout-boxes.js';
import { Replay } from './replay.js';
import { floorDirectory, type FloorDirectory } from './seats.js';

/** What a run on the floor is made from: trace rows, the seats they happen on, and the scenario if known. */
export interface RunInput {
  /** The scenario that made the rows, or null for a trace.csv replayed without one. */
  readonly scenario: Scenario | null;
  readonly plan: readonly PoolSeats[];
  readonly rows: readonly TraceRow[];
  /** End of the run, minutes. */
  readonly endAt: number;
}

/** A run on the floor: its input, its seats' directory, its replay and SLA targets, and the current layout. */
export interface FloorRun extends RunInput {
  readonly floor: FloorDirectory;
  readonly replay: Replay;
  /** The scenario's first-response targets, for the story's SLA verdicts (null without a scenario). */
  readonly targets: ResponseTarget | null;
  layout: FloorLayout;
}

/** The input of a run of `scenario` from its trace rows: its own seat plan, to the end of its horizon. */
export function scenarioInput(scenario: Scenario, rows: readonly TraceRow[]): RunInput {
  return { scenario, plan: seatPlan(scenario), rows, endAt: scenario.horizon.days * MINUTES_PER_DAY };
}

/** A run from its input: the replay of its rows on its seats. */
export function openRun(input: RunInput): Omit<FloorRun, 'layout'> {
  const replay = new Replay(
    input.rows,
    input.plan.flatMap((p) => p.seats),
    { endAt: input.endAt },
  );
  return {
    ...input,
    floor: floorDirectory(input.plan),
    replay,
    targets: input.scenario === null ? null : scenarioTargets(input.scenario),
  };
}

/** The end of the last day a trace's rows reach, minutes (at least one day). */
export function traceEnd(rows: readonly TraceRow[]): number {
  const last = rows.reduce((t, r) => Math.max(t, r.at), 0);
  return Math.max(1, Math.ceil(last / MINUTES_PER_DAY)) * MINUTES_PER_DAY;
}

/** The frame-rate benchmark's floor: the baseline's, for one day without warm-up, one replication. */
export function benchScenario(): Scenario | null {
  const checked = checkScenario(BUNDLED_SCENARIOS.get('baseline.json'), 'baseline.json');
  if (!checked.ok) return null;
  return {
    ...checked.scenario,
    horizon: { ...checked.scenario.horizon, days: 1, warmupDays: 0 },
    replications: 1,
  };
}
