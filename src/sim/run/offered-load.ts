import type { Distribution as DistributionSpec, PerSeverity, Scenario, Schedule } from '../scenario/index.js';
import { SEVERITIES } from '../scenario/index.js';
import { makeDistribution } from '../random/index.js';
import { tamHeadcount } from '../model/org.js';
import { MINUTES_PER_WEEK } from '../units.js';

/**
 * Whether the organisation keeps up with its cases on average: for every pool that holds
 * cases, the work offered per minute (arrival rate at the pool x mean work per visit) against
 * the people available per minute (headcount x share of the week on shift x (1 − shrinkage)).
 * A rough, first-order check (no queueing, means only) for the memory estimate: where a pool is
 * overloaded, its backlog, and so the cases held in memory, grows with the horizon.
 */
export function overloadedPools(scenario: Scenario, arrivalsPerMinute: number): string[] {
  const p = scenario.pools;
  const a = scenario.arrivals;
  const e = scenario.escalation;
  const beta = Math.max(a.betaShare, ...a.surges.map((s) => s.betaShare ?? 0));
  const tier3 = a.mix.contract.tier3;
  const toBeta = arrivalsPerMinute * beta;
  const toPods = arrivalsPerMinute * (1 - beta) * tier3;
  const toRouter = arrivalsPerMinute * (1 - beta) * (1 - tier3);
  const toSe = toRouter * (1 - p.router.closeShare);
  const toProblemControl = toSe * e.toProblemControl + toPods * e.fromPods + toBeta * e.fromBeta;
  const over: string[] = [];
  const check = (
    name: string,
    rate: number,
    workMinutes: number,
    people: number,
    schedule: Schedule,
    shrinkage: number,
  ): void => {
    if (rate * workMinutes > people * onShiftShare(schedule) * (1 - shrinkage)) over.push(name);
  };
  // Callers who hang up leave the router's queue: only a router without patience piles cases up.
  if (p.router.patience === null)
    check('router', toRouter, meanOf(p.router.triage), p.router.staff, p.router.schedule, p.router.shrinkage);
  const seWork = severityMean(scenario, p.se.work) + p.se.consultShare * meanOf(p.se.consult);
  for (const name of scenario.specialties) {
    const teams = p.se.specialties[name];
    const rate = toSe * (a.mix.specialty[name] ?? 0);
    check(`se/${name}`, rate, seWork, teams.teams * teams.sesPerTeam, p.se.schedule, p.se.shrinkage);
    check(
      `tl/${name}`,
      rate * p.se.consultShare,
      meanOf(p.se.consult),
      teams.teams,
      p.se.schedule,
      p.se.shrinkage,
    );
  }
  const podPeople = p.pods.count * scenario.specialties.reduce((n, s) => n + (p.pods.members[s] ?? 0), 0);
  check('pods', toPods, severityMean(scenario, p.pods.work), podPeople, p.pods.schedule, p.pods.shrinkage);
  check('beta', toBeta, severityMean(scenario, p.beta.work), p.beta.staff, p.beta.schedule, p.beta.shrinkage);
  const pc = p.problemControl;
  check(
    'problemControl',
    toProblemControl,
    severityMean(scenario, pc.work),
    pc.staff,
    pc.schedule,
    pc.shrinkage,
  );
  const ee = p.escalation;
  const eeAway = 1 - (1 - ee.shrinkage) * (1 - ee.proactiveShare);
  check(
    'escalation',
    toProblemControl * e.toEscalation,
    severityMean(scenario, ee.work),
    ee.staff,
    ee.schedule,
    eeAway,
  );
  const em = p.escalationManagers;
  const sensitive = arrivalsPerMinute * a.sensitiveShare;
  check(
    'escalationManagers',
    sensitive,
    severityMean(scenario, em.work),
    em.staff,
    em.schedule,
    em.shrinkage,
  );
  const premier = arrivalsPerMinute * a.mix.contract.premier;
  const t = p.tams;
  check('tams', premier, meanOf(t.timePerCase), tamHeadcount(scenario), t.schedule, t.shrinkage);
  return over;
}

/** Share of the week one person of this schedule is on shift (shares of shifts weighted). */
function onShiftShare(schedule: Schedule): number {
  let minutes = 0;
  for (const s of schedule.shifts) minutes += s.share * s.days.length * (s.endMinute - s.startMinute);
  return minutes / MINUTES_PER_WEEK;
}

function meanOf(spec: DistributionSpec): number {
  return makeDistribution(spec).mean;
}

/** Mean work per visit over the severity mix. */
function severityMean(scenario: Scenario, work: PerSeverity<DistributionSpec>): number {
  return SEVERITIES.reduce((sum, sev) => sum + scenario.arrivals.mix.severity[sev] * meanOf(work[sev]), 0);
}
