import type { Distribution as DistributionSpec, PerSeverity, Scenario, Schedule } from '../scenario/index.js';
import { SEVERITIES } from '../scenario/index.js';
import { makeDistribution } from '../random/index.js';
import type { PoolStaffing } from '../model/pool.js';
import { staffingPlan } from '../model/staffing-plan.js';
import { Roster } from '../model/roster.js';
import { mod, shiftCovers } from '../model/rota.js';
import { MINUTES_PER_DAY, MINUTES_PER_WEEK } from '../units.js';

/** One pool's work offered and people's time available, hours per week (means over the week). */
export interface PoolLoad {
  readonly name: string;
  readonly offeredHoursPerWeek: number;
  readonly availableHoursPerWeek: number;
}

/** What {@link offeredLoad} finds. */
export interface OfferedLoad {
  /** Every pool's load, in the order of the ladder (the router only when its callers wait for ever). */
  readonly pools: PoolLoad[];
  /** Pools whose offered work exceeds the time their people have for it: their backlog grows. */
  readonly overloaded: string[];
  /**
   * Mean minutes a case spends being worked or waiting on someone outside the organisation (a
   * customer, a caller's patience, the product group), over the share of cases that get there:
   * a case's stay without queueing.
   */
  readonly busyMinutesPerCase: number;
  /** The longest stretch of the week in which some pool that holds cases has nobody on shift, minutes. */
  readonly offShiftMinutes: number;
}

/**
 * A first-order look at the organisation's load, for the memory estimate (means only, no
 * queueing): for every pool that holds cases, the work offered per minute (arrival rate at the
 * pool x mean work per visit) against the people available per minute (headcount x share of the
 * week on shift x (1 − shrinkage)); and how long a case stays when nobody is overloaded.
 */
export function offeredLoad(scenario: Scenario, arrivalsPerMinute: number): OfferedLoad {
  const p = scenario.pools;
  const a = scenario.arrivals;
  const e = scenario.escalation;
  // Shares of cases reaching each stage.
  const beta = Math.max(a.betaShare, ...a.surges.map((s) => s.betaShare ?? 0));
  const tier3 = a.mix.contract.tier3;
  const toBeta = beta;
  const toPods = (1 - beta) * tier3;
  const toRouter = (1 - beta) * (1 - tier3);
  const toSe = toRouter * (1 - p.router.closeShare);
  const toProblemControl = toSe * e.toProblemControl + toPods * e.fromPods + toBeta * e.fromBeta;
  const toEscalation = toProblemControl * e.toEscalation;
  const toProductGroup = toEscalation * e.hotfixShare;

  const overloaded: string[] = [];
  const loads: PoolLoad[] = [];
  const hoursPerWeek = MINUTES_PER_WEEK / 60;
  const planned = new Map(staffingPlan(scenario).map((pool) => [pool.name, pool.staffing]));
  let busy = 0;
  let offShift = 0;
  /** A pool reached by `share` of the cases, `visits` times each, for `minutes` of work a visit. */
  const pool = (
    name: string,
    share: number,
    minutes: number,
    holdsCases = true,
    /** The planned pools whose people do this work (one unless several share it). */
    members: readonly string[] = [name],
  ): void => {
    const staffings = members.map((m) => planned.get(m)!);
    const capacity = staffings.reduce((c, s) => c + onDutyPeople(s) * (1 - s.shrinkage), 0);
    const offered = arrivalsPerMinute * share * minutes;
    loads.push({
      name,
      offeredHoursPerWeek: offered * hoursPerWeek,
      availableHoursPerWeek: capacity * hoursPerWeek,
    });
    if (offered > capacity) overloaded.push(name);
    if (holdsCases) busy += share * minutes;
    if (share > 0) for (const s of staffings) offShift = Math.max(offShift, longestGap(s.schedule));
  };

  const triage = meanOf(p.router.triage);
  // Callers who hang up leave the router's queue: only a router without patience, or whose
  // callers all call back, piles cases up. A call back keeps the case open for another patience
  // and its delay (s / (1 - s) calls back per case at most).
  const retrial = p.router.retrial;
  if (p.router.patience === null || retrial?.share === 1) pool('router', toRouter, triage);
  else {
    const patience = meanOf(p.router.patience);
    const again =
      retrial === null ? 0 : (retrial.share / (1 - retrial.share)) * (patience + meanOf(retrial.delay));
    busy += toRouter * (triage + patience + again);
  }
  const consult = p.se.consultShare * meanOf(p.se.consult);
  const seWork = severityMean(scenario, p.se.work) + consult;
  const waits = SEVERITIES.reduce((sum, sev) => {
    const wait = p.se.customerWait[sev];
    return sum + a.mix.severity[sev] * (wait === null ? 0 : meanOf(wait));
  }, 0);
  busy += toSe * (p.se.sessions - 1) * waits;
  for (const name of scenario.specialties) {
    const { teams } = p.se.specialties[name];
    const share = toSe * (a.mix.specialty[name] ?? 0);
    pool(`se/${name}`, share, seWork);
    const leads = Array.from({ length: teams }, (_, t) => `tl/${name}/t${t + 1}`);
    pool(`tl/${name}`, share * p.se.consultShare, meanOf(p.se.consult), false, leads);
  }
  pool('pods', toPods, severityMean(scenario, p.pods.work));
  pool('beta', toBeta, severityMean(scenario, p.beta.work));
  pool('problemControl', toProblemControl, severityMean(scenario, p.problemControl.work));
  pool('escalation', toEscalation, severityMean(scenario, p.escalation.work));
  // The waits between a desk's sessions (on the customer, on the product group) keep the case open.
  busy += toBeta * betweenMinutes(p.beta) + toProblemControl * betweenMinutes(p.problemControl);
  busy += toEscalation * betweenMinutes(p.escalation);
  busy += toProductGroup * meanOf(e.productGroupDelay);
  // Side tasks hold their case in memory until they are done, beside its main flow.
  pool('escalationManagers', a.sensitiveShare, severityMean(scenario, p.escalationManagers.work), false);
  pool('tams', a.mix.contract.premier, meanOf(p.tams.timePerCase), false);
  return { pools: loads, overloaded, busyMinutesPerCase: busy, offShiftMinutes: offShift };
}

/** Mean minutes a case waits between the sessions of a desk that owns its cases (beta, Problem Control, EEs). */
function betweenMinutes(desk: {
  readonly sessions: number;
  readonly betweenSessions: DistributionSpec | null;
}): number {
  return desk.betweenSessions === null ? 0 : (desk.sessions - 1) * meanOf(desk.betweenSessions);
}

/** The longest stretch of the week with nobody of this schedule on shift, minutes (0 for 24x7). */
function longestGap(schedule: Schedule): number {
  const edges = new Set<number>();
  for (const s of schedule.shifts) {
    for (const d of s.days) {
      edges.add(mod(d * MINUTES_PER_DAY + s.startMinute, MINUTES_PER_WEEK));
      edges.add(mod(d * MINUTES_PER_DAY + s.endMinute, MINUTES_PER_WEEK));
    }
  }
  const points = [...edges].sort((x, y) => x - y);
  // Coverage is constant between change points: test each stretch at its start.
  const covered = (minute: number): boolean => schedule.shifts.some((s) => shiftCovers(s, minute));
  if (points.length <= 1) return covered(0) ? 0 : MINUTES_PER_WEEK;
  let longest = 0;
  let run = 0;
  // Twice round the week, so that a gap over Sunday midnight is measured whole.
  for (let k = 0; k < 2 * points.length; k++) {
    const from = points[k % points.length];
    const to =
      points[(k + 1) % points.length] + (k % points.length === points.length - 1 ? MINUTES_PER_WEEK : 0);
    if (covered(from)) run = 0;
    else {
      run += to - from;
      longest = Math.max(longest, run);
    }
  }
  return Math.min(longest, MINUTES_PER_WEEK);
}

/** People of a pool on duty, on average over the week of its rota (before shrinkage). */
function onDutyPeople(staffing: PoolStaffing): number {
  const roster = new Roster(staffing.schedule, staffing.headcount, 0, staffing.hoursPerWeek);
  return (roster.paidHoursPerWeek() * 60) / MINUTES_PER_WEEK;
}

function meanOf(spec: DistributionSpec): number {
  return makeDistribution(spec).mean;
}

/** Mean work per visit over the severity mix. */
function severityMean(scenario: Scenario, work: PerSeverity<DistributionSpec>): number {
  return SEVERITIES.reduce((sum, sev) => sum + scenario.arrivals.mix.severity[sev] * meanOf(work[sev]), 0);
}
