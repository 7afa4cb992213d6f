import type { Scenario } from '../scenario/index.js';
import { Kernel } from '../kernel/index.js';
import { RandomStreams } from '../random/index.js';
import type { ModelContext } from '../model/context.js';
import type { Engineer } from '../model/engineer.js';
import { TIERS } from '../model/ladder.js';
import { Org } from '../model/org.js';
import { Recorder } from '../model/recorder.js';
import { stageNames } from '../model/stages.js';
import { MINUTES_PER_WEEK } from '../units.js';
import { reportingPools } from './simulate.js';

/**
 * One person's seat on the floor: the engineer id the trace names, where the seat belongs (its
 * specialty, team or pod, so a reader never parses the id), and when they are on shift.
 */
export interface Seat {
  /** Engineer id as in the trace, e.g. `se/XADM/t2/5`, `pods/p1/XCON/1`, `tl/XADM/t1`. */
  readonly id: string;
  /** Specialty name for SEs, technical leads and pod members, else null. */
  readonly specialty: string | null;
  /** Team number (1-based) for SEs and technical leads, else null. */
  readonly team: number | null;
  /** Pod number (1-based) for 3rd-tier pod members, else null. */
  readonly pod: number | null;
  /** Whether the seat is on shift at a minute of the run (shrinkage not included). */
  onShift(atMinutes: number): boolean;
}

/** A pool's seats, by its reporting name (`router`, `se/XADM`, `pods`, `tl`, ...). */
export interface PoolSeats {
  readonly pool: string;
  /** Specialty of an SE pool (`se/XADM`: `XADM`), else null. */
  readonly specialty: string | null;
  readonly seats: readonly Seat[];
}

/** Where a seat belongs besides its pool. */
type Placement = Pick<Seat, 'specialty' | 'team' | 'pod'>;

/**
 * The seats of every pool of a scenario with the ids its trace uses and their shifts, for a
 * floor plan. Built from the same pools the simulation builds, so ids and shifts always agree.
 */
export function seatPlan(scenario: Scenario): PoolSeats[] {
  const kernel = new Kernel();
  const recorder = new Recorder(
    scenario,
    stageNames(scenario.specialties),
    TIERS.length,
    () => kernel.now(),
    0,
    false,
  );
  const ctx: ModelContext = {
    kernel,
    streams: new RandomStreams(scenario.seed, 0),
    recorder,
    warmupAt: 0,
    endAt: 0,
  };
  const org = new Org(ctx, scenario);
  const poolSpecialty = new Map(org.se.map((se) => [se.name, scenario.specialties[se.specialty]]));
  const out: PoolSeats[] = [];
  for (const [pool, pools] of reportingPools(org)) {
    const seats: Seat[] = [];
    pools.forEach((p) => {
      for (const e of p.engineers) {
        const roster = p.roster;
        seats.push({
          id: e.id,
          ...placementOf(scenario, e),
          onShift: (at) =>
            roster.onDuty(e.index, ((at % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK),
        });
      }
    });
    out.push({ pool, specialty: poolSpecialty.get(pool) ?? null, seats });
  }
  return out;
}

/** Specialty, team and pod of an engineer, as the model gave them (-1: none). */
function placementOf(scenario: Scenario, e: Engineer): Placement {
  return {
    specialty: e.specialty >= 0 ? scenario.specialties[e.specialty] : null,
    team: e.team >= 0 ? e.team + 1 : null,
    pod: e.pod >= 0 ? e.pod + 1 : null,
  };
}
