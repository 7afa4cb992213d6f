import { MINUTES_PER_DAY, seatPlan, type PoolSeats, type Scenario, type TraceRow } from '../../sim/index.js';
import { BUNDLED_SCENARIOS } from '../bundled.js';
import { checkScenario } from '../scenario-source.js';
import { scenarioTargets, type ResponseTarget } from './case-verdicts.js';
import type { FloorLayout } from './layout-boxes.js';
import { Replay } from './replay.js';
import { floorDirectory, type FloorDirectory } from './seats.js';

/** A run on the floor: its scenario, its seats (plan and directory), its replay and the current layout. */
export interface FloorRun {
  readonly scenario: Scenario;
  readonly plan: PoolSeats[];
  readonly floor: FloorDirectory;
  readonly replay: Replay;
  /** The scenario's first-response targets, for the story's SLA verdicts. */
  readonly targets: ResponseTarget | null;
  layout: FloorLayout;
}

/** A run of `scenario` from its trace rows, replayed to the end of its horizon. */
export function openRun(scenario: Scenario, rows: readonly TraceRow[]): Omit<FloorRun, 'layout'> {
  const plan = seatPlan(scenario);
  const replay = new Replay(
    rows,
    plan.flatMap((p) => p.seats),
    { endAt: scenario.horizon.days * MINUTES_PER_DAY },
  );
  return { scenario, plan, floor: floorDirectory(plan), replay, targets: scenarioTargets(scenario) };
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
