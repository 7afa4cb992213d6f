import { HISTORY_TIERS, type CaseHistory, type History, type HistoryTier } from './case-history.js';
import { estimateArrivals, openedWithin, type ArrivalEstimate } from './estimate-arrivals.js';
import { estimateFlow, type FlowEstimate } from './estimate-flow.js';
import { estimateMixes, type MixesEstimate } from './estimate-mix.js';
import { estimatePickup, type PickupEstimate } from './estimate-pickup.js';
import { seSpecialisation, SPECIALISED_SHARE } from './estimate-specialisation.js';
import { estimateStaffing, type TierStaffing } from './estimate-staffing.js';
import { estimateReturnWork, estimateWork, type ReturnWork, type TierWork } from './estimate-work.js';
import { caseVisits, type TierVisit } from './tier-visits.js';

/** Everything estimated from a history, before it becomes a scenario. */
export interface FitEstimates {
  readonly arrivals: ArrivalEstimate;
  /** The cases opened in the arrival window: what every other estimate is made from. */
  readonly cases: readonly CaseHistory[];
  readonly mixes: MixesEstimate;
  readonly flow: FlowEstimate;
  /** The wait to be picked up, carried by the pass-through router (null: the history has routers, or tells no first response). */
  readonly pickup: PickupEstimate | null;
  readonly work: Readonly<Record<HistoryTier, TierWork>>;
  /** The closing work of cases that came back down a tier (null: none did). */
  readonly returnWork: ReturnWork | null;
  readonly staffing: Readonly<Record<HistoryTier, TierStaffing>>;
  /** Cases reopened after their first resolution, and the minutes worked on them after it (not modelled). */
  readonly reopened: { readonly cases: number; readonly workMinutes: number };
  /** Minutes of `working` spells before the first resolution, all tiers (to put the left-out work in proportion). */
  readonly workMinutes: number;
  /** How specialised the SE tier's people are (see seSpecialisation), and whether the scenario staffs specialties apart. */
  readonly specialisation: number | null;
  readonly specialtiesApart: boolean;
}

/**
 * Makes every estimate of a history: arrivals over the arrival window, and from the cases opened
 * in it the mixes, the flow between tiers, the wait to be picked up (without routers), each
 * tier's work (visits, sessions, waits) and each tier's seats on duty per hour of the week.
 */
export function estimateAll(history: History): FitEstimates {
  const arrivals = estimateArrivals(history);
  const cases = history.cases.filter((c) => openedWithin(c, arrivals.startAt, arrivals.endAt));
  const visits: TierVisit[] = [];
  let reopenedCases = 0;
  let reopenedMinutes = 0;
  for (const c of cases) {
    const v = caseVisits(c);
    visits.push(...v.visits);
    if (v.workAfterResolutionMinutes > 0) {
      reopenedCases++;
      reopenedMinutes += v.workAfterResolutionMinutes;
    }
  }
  const staffing = Object.fromEntries(
    HISTORY_TIERS.map((t) => [t, estimateStaffing(history.cases, t, arrivals.startAt, arrivals.endAt)]),
  ) as Record<HistoryTier, TierStaffing>;
  const specialisation = seSpecialisation(cases);
  const flow = estimateFlow(cases);
  return {
    arrivals,
    cases,
    mixes: estimateMixes(cases),
    flow,
    pickup: estimatePickup(history, cases, arrivals, flow.hasRouter),
    work: estimateWork(visits),
    returnWork: estimateReturnWork(visits),
    staffing,
    reopened: { cases: reopenedCases, workMinutes: reopenedMinutes },
    workMinutes: visits.reduce((a, v) => a + v.workMinutes, 0),
    specialisation,
    specialtiesApart: specialisation === null || specialisation >= SPECIALISED_SHARE,
  };
}
