import { SEVERITIES } from '../sim/index.js';
import type { HistoryTier } from './case-history.js';
import { MINUTES_PER_DAY } from './estimate-arrivals.js';
import type { FitEstimates } from './fit-estimates.js';
import { round } from './fit-distribution.js';
import { delayStaffing, fittedStaffing, splitStaff, type FittedStaffing } from './fitted-staffing.js';
import type { TierWork } from './estimate-work.js';
import { DEFAULT_SEVERITY, DEFAULT_SPECIALTY } from './estimate-mix.js';
import { surgePlan } from './fitted-surges.js';
import { ScenarioInputs, type InputFile } from './scenario-inputs.js';
import { specialtyNames } from './specialty-names.js';

/** Choices of `tiersim fit` that are not estimated. */
export interface BuildOptions {
  /** The scenario's name (default: "Fitted from <history>"). */
  readonly name: string;
  readonly description: string;
  /** Seed and replications written into the scenario (defaults 1 and 10). */
  readonly seed: number;
  readonly replications: number;
  /** People per tier given on the command line (`--staff se=40`), instead of the history's seats. */
  readonly staff: Partial<Record<HistoryTier, number>>;
}

/** The fitted scenario as JSON, the CSV inputs beside it, and each pool's staffing. */
export interface BuiltScenario {
  readonly json: Record<string, unknown>;
  readonly files: readonly InputFile[];
  readonly staffing: Readonly<Record<HistoryTier, FittedStaffing>>;
  /** History specialty → scenario specialty, where they differ. */
  readonly renamedSpecialties: Readonly<Record<string, string>>;
  /** Days simulated and the warm-up (the time before the first case). */
  readonly days: number;
  readonly warmupDays: number;
}

const days = (minutes: number): number => Number((minutes / MINUTES_PER_DAY).toFixed(6));
// Nine decimals: a mix of 100 shares still sums to 1 within the format's 1e-6.
const share = (x: number): number => (Number.isFinite(x) ? Number(x.toFixed(9)) : 0);

/**
 * Writes the estimates as a scenario tiersim runs as it is. The horizon is the history's clock:
 * minute 0 is the Monday 00:00 the history's times count from, the warm-up lasts until the
 * window's first time (the history holds only cases opened in its window, so it starts with
 * nothing open, as the simulation does), and the run ends where the history ends. When arrivals
 * stop before the end (an extract of the cases opened in a period, followed to their closure), a
 * surge of factor 0 stops them too; the weeks the history shows as surges or dips are surges
 * on the ordinary weeks' rate (see fitted-surges.ts). Features the history cannot show are off: no abandonment,
 * callbacks, TL consults, misroutes, shrinkage (the seats are the people seen at work),
 * escalation by age, escalation managers or TAMs, proactive time.
 */
export function buildScenario(e: FitEstimates, historyEndAt: number, o: BuildOptions): BuiltScenario {
  const inputs = new ScenarioInputs();
  // People who work across specialties are one pool: tiersim's SEs work their own specialty only.
  const { names, renamed } = e.specialtiesApart
    ? specialtyNames(e.mixes.specialties)
    : { names: [DEFAULT_SPECIALTY], renamed: {} };
  const specialtyShares = e.specialtiesApart
    ? e.mixes.specialties.map((s) => e.mixes.specialty.shares[s]?.share ?? 0)
    : [1];
  const reachedShare = (t: HistoryTier): number => e.flow.reached[t].share;
  const staffing = Object.fromEntries(
    (['router', 'se', 'pods', 'beta', 'problemControl', 'escalation'] as const).map((t) => [
      t,
      fittedStaffing(
        t,
        e.staffing[t],
        o.staff[t],
        reachedShare(t) > 0 || (t === 'router' && !e.flow.hasRouter),
      ),
    ]),
  ) as Record<HistoryTier, FittedStaffing>;
  // Without routers, the pass-through router's triage is the wait to be picked up: seats enough that nobody queues for one.
  if (e.pickup !== null && e.pickup.fit !== null && o.staff.router === undefined)
    staffing.router = delayStaffing(e.pickup.seats);
  const schedules: Record<string, unknown> = {};
  for (const s of Object.values(staffing))
    if (s.shifts !== null) schedules[s.schedule] = { shifts: s.shifts };
  const pool = (t: HistoryTier) => ({
    staff: staffing[t].staff,
    schedule: staffing[t].schedule,
    hoursPerWeek: staffing[t].hoursPerWeek,
    shrinkage: 0,
  });
  const work = (t: HistoryTier) => inputs.perSeverity(e.work[t].work, `${t}-work`);
  const desk = (t: 'beta' | 'problemControl' | 'escalation') => ({
    ...pool(t),
    work: work(t),
    sessions: e.work[t].sessions,
    betweenSessions: betweenSessions(inputs, e.work[t]),
  });
  const warmupAt = e.arrivals.startAt;
  const horizonDays = days(Math.max(historyEndAt, warmupAt + 1));
  const plan = surgePlan(e.arrivals);
  const surges = [
    ...plan.surges.map(({ fromDay, toDay, volumeFactor }) => ({ fromDay, toDay, volumeFactor })),
    ...(e.arrivals.stopsBeforeEnd
      ? [{ fromDay: days(e.arrivals.endAt), toDay: horizonDays, volumeFactor: 0 }]
      : []),
  ];
  const seStaff = splitStaff(staffing.se.staff, specialtyShares);
  const podStaff = splitStaff(staffing.pods.staff, specialtyShares);
  const pods = Math.max(1, Math.ceil(Math.max(0, ...podStaff) / 100));
  const se = e.work.se;
  const hotfix = e.work.escalation.hotfix;
  const json: Record<string, unknown> = {
    name: o.name,
    description: o.description,
    seed: o.seed,
    horizon: { days: horizonDays, warmupDays: days(warmupAt) },
    replications: o.replications,
    specialties: names,
    schedules,
    arrivals: {
      casesPerHour: round(plan.casesPerHour),
      weeklyProfile: inputs.weeklyProfile(e.arrivals.weeklyWeights),
      mix: {
        specialty: Object.fromEntries(names.map((n, i) => [n, share(specialtyShares[i])])),
        severity: severityMix(e),
        contract: contractMix(e),
      },
      betaShare: share(e.flow.betaShare.share),
      sensitiveShare: 0,
      surges,
    },
    pools: {
      router: {
        ...pool('router'),
        triage: routerTriage(e, inputs),
        closeShare: share(e.flow.closeShare.share),
        misrouteShare: 0,
        patience: null,
        retrial: null,
      },
      se: {
        schedule: staffing.se.schedule,
        hoursPerWeek: staffing.se.hoursPerWeek,
        shrinkage: 0,
        specialties: Object.fromEntries(names.map((n, i) => [n, teamsOf(seStaff[i])])),
        work: work('se'),
        sessions: se.sessions,
        customerWait:
          se.betweenSessions === null
            ? null
            : { A: null, B: null, C: null, ...inputs.perSeverity(se.betweenSessions, 'se-customer-wait') },
        phoneShare: share(se.firstSessionShare ?? 1 / se.sessions),
        consultShare: 0,
      },
      pods: {
        count: pods,
        members: Object.fromEntries(names.map((n, i) => [n, Math.ceil(podStaff[i] / pods)])),
        schedule: staffing.pods.schedule,
        hoursPerWeek: staffing.pods.hoursPerWeek,
        shrinkage: 0,
        work: work('pods'),
        crossSkillAfter: 0,
        crossSkillEfficiency: 1,
      },
      beta: desk('beta'),
      problemControl: desk('problemControl'),
      escalation: { ...desk('escalation'), proactiveShare: 0 },
      escalationManagers: { staff: 0 },
      tams: { premierAccounts: 0 },
    },
    escalation: {
      toProblemControl: share(e.flow.toProblemControl.share),
      toEscalation: share(e.flow.toEscalation.share),
      fromPods: share(e.flow.fromPods.share),
      fromBeta: share(e.flow.fromBeta.share),
      escalateAfter: null,
      hotfixShare: share(hotfix?.share ?? 0),
      ...(hotfix?.delay
        ? { productGroupDelay: inputs.distribution(hotfix.delay, 'product-group-delay') }
        : {}),
      diagnosisShare: share(se.diagnosisShare ?? 1),
    },
    ladder: ladderOf(e, inputs),
  };
  return {
    json,
    files: inputs.files,
    staffing,
    renamedSpecialties: renamed,
    days: horizonDays,
    warmupDays: days(warmupAt),
  };
}

/**
 * The router's triage: the routers' fitted effort when the history has them; otherwise the
 * fitted wait to be picked up (see estimate-pickup.ts), or 0 (a pass-through desk).
 */
function routerTriage(e: FitEstimates, inputs: ScenarioInputs) {
  if (e.flow.hasRouter)
    return e.work.router.work.pooled !== null
      ? inputs.distribution(e.work.router.work.pooled, 'router-triage')
      : { dist: 'constant', value: 0 };
  return e.pickup?.fit ? inputs.distribution(e.pickup.fit, 'pickup-delay') : { dist: 'constant', value: 0 };
}

/** Entry at later tiers, returns down and the closing work (see estimate-flow.ts). */
function ladderOf(e: FitEstimates, inputs: ScenarioInputs) {
  const f = e.flow;
  return {
    entry: {
      se: share(f.entry.se.share),
      problemControl: share(f.entry.problemControl.share),
      escalation: share(f.entry.escalation.share),
    },
    returns: {
      fromProblemControl: share(f.returnsFromProblemControl.share),
      fromEscalation: share(f.returnsFromEscalation.share),
    },
    ...(e.returnWork === null ? {} : { returnWork: inputs.perSeverity(e.returnWork.work, 'return-work') }),
  };
}

/** Teams of at most 100 SEs (the format's limit per team) holding `people`. */
function teamsOf(people: number): { teams: number; sesPerTeam: number } {
  const teams = Math.max(1, Math.ceil(people / 100));
  return { teams, sesPerTeam: Math.ceil(people / teams) };
}

/** The wait between a desk's sessions, or null when its visits never waited. */
function betweenSessions(inputs: ScenarioInputs, w: TierWork) {
  const fit = w.betweenSessions?.pooled ?? null;
  return fit === null ? null : inputs.distribution(fit, `${w.tier}-between-sessions`);
}

/** Standard and premier from the contracts seen; tier3 from the cases that entered at the pods. */
function contractMix(e: FitEstimates): Record<string, number> {
  const tier3 = Number.isFinite(e.flow.tier3Share.share) ? e.flow.tier3Share.share : 0;
  const premier = Number.isFinite(e.mixes.contract.shares.premier.share)
    ? e.mixes.contract.shares.premier.share
    : 0;
  const p = share((1 - tier3) * premier);
  const t = share(tier3);
  return { standard: share(1 - p - t), premier: p, tier3: t };
}

/** Shares of A, B, C among cases with a severity; all {@link DEFAULT_SEVERITY} when no case has one. */
function severityMix(e: FitEstimates): Record<string, number> {
  const shares = e.mixes.severity.shares;
  if (SEVERITIES.every((s) => shares[s].of === 0))
    return Object.fromEntries(SEVERITIES.map((s) => [s, s === DEFAULT_SEVERITY ? 1 : 0]));
  return Object.fromEntries(SEVERITIES.map((s) => [s, share(shares[s].share)]));
}
