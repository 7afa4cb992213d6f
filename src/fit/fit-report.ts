import { SEVERITIES } from '../sim/index.js';
import { HISTORY_TIERS, type History } from './case-history.js';
import { VERDICT_RULE, type BacktestRow } from './backtest.js';
import type { BuiltScenario } from './build-scenario.js';
import type { TierWork } from './estimate-work.js';
import type { FitEstimates } from './fit-estimates.js';
import type { DistributionFit } from './fit-distribution.js';
import { PRESENCE_GAP_MINUTES } from './estimate-staffing.js';
import { SPECIALISED_SHARE } from './estimate-specialisation.js';
import { surgePlan } from './fitted-surges.js';

/** How the backtest was run, for the report. */
export interface BacktestRun {
  readonly replications: number;
  readonly seed: number;
  readonly seconds: number;
  /** Pools the simulation names as unable to keep up (tiersim's warnings). */
  readonly warnings: readonly string[];
}

/** ISO date-time (no zone) of a time on the history's clock. */
export function isoOf(history: History, at: number): string {
  return new Date(Date.parse(`${history.origin}Z`) + Math.round(at * 60) * 1000).toISOString().slice(0, 19);
}

/**
 * fit-report.json: what was estimated from how many cases, how each distribution was chosen,
 * what the model cannot express (with counts), the data problems the reader found, and the
 * backtest with its verdict rule. Durations in minutes, rates per hour, shares in [0, 1].
 */
export function fitReport(
  file: string,
  history: History,
  e: FitEstimates,
  built: BuiltScenario,
  rows: readonly BacktestRow[],
  run: BacktestRun,
): Record<string, unknown> {
  const a = e.arrivals;
  const plan = surgePlan(a);
  const headline = rows.filter((r) => r.headline);
  const disagree = headline.filter((r) => r.verdict === 'disagree').map((r) => `${r.kpi} ${r.scope}`);
  return {
    history: {
      file,
      origin: history.origin,
      rows: history.rows,
      cases: history.cases.length,
      windowStart: isoOf(history, history.windowStartAt),
      windowEnd: isoOf(history, history.windowEndAt),
      mapped: history.mapped ?? null,
      problems: history.problems,
    },
    horizon: {
      days: built.days,
      warmupDays: built.warmupDays,
      why: "minute 0 is the history's origin (a Monday 00:00); the warm-up lasts until the window's start (the history's first time, or --from) and the run ends at the history's last time: an extract holds only the cases opened in its window, so it starts with nothing open, as the simulation does; after --from, the warm-up's arrivals stand for the cases opened before it",
    },
    arrivals: {
      window: {
        from: isoOf(history, a.startAt),
        to: isoOf(history, a.endAt),
        stopsBeforeEnd: a.stopsBeforeEnd,
      },
      cases: a.cases,
      leftOut: a.outside,
      casesPerHour: a.casesPerHour,
      casesPerHourSe: a.casesPerHourSe,
      weeklyProfile:
        'weekly-profile.csv: arrivals per hour of each hour of the week over their mean, from the cases opened in the window (hours of partial weeks count in part)',
      weeks: a.weeks.map((w) => ({ ...w, start: isoOf(history, w.week * 10080).slice(0, 10) })),
      dispersion: a.dispersion,
      trend: { ...a.trend, modelled: false },
      surges: a.surges.map((s) => ({
        ...s,
        start: isoOf(history, s.week * 10080).slice(0, 10),
        modelled: true,
        volumeFactor: plan.surges.find((p) => p.week === s.week)?.volumeFactor ?? null,
      })),
      ordinaryCasesPerHour: plan.casesPerHour,
      modelled: `the weekly profile; each week beyond 3 Poisson standard deviations (a surge or a dip) is a surge of its cases over what the other weeks' rate expects (arrivals.surges: fitted on the weeks the backtest compares, so those weeks agree by construction; delete them to plan an ordinary week), on the other weeks' rate (casesPerHour)${a.stopsBeforeEnd ? "; arrivals stop at the window's end (a surge of factor 0)" : ''}; the weeks' trend is reported, not modelled`,
    },
    mix: {
      cases: e.cases.length,
      severity: e.mixes.severity,
      specialty: {
        ...e.mixes.specialty,
        renamed: built.renamedSpecialties,
        specialisation: e.specialisation,
        staffedApart: e.specialtiesApart,
        rule: `specialties are staffed apart when the SE tier's people spend on average at least ${SPECIALISED_SHARE * 100}% of their working time on one specialty (tiersim's SEs work their own specialty's queue only); otherwise the scenario has one specialty, "general", holding every case`,
      },
      contract: {
        ...e.mixes.contract,
        tier3: 'the share of cases entering at the pods',
        tier3Contracts: e.mixes.tier3Contracts,
      },
    },
    flow: {
      ...e.flow,
      returnWork:
        e.returnWork === null
          ? null
          : {
              visits: e.returnWork.visits,
              fitted: e.returnWork.finished,
              work: bySeverity(e.returnWork.work),
            },
      ladderRule:
        "ladder.entry: router-path cases entering straight at the SE tier (only when the history has routers), Problem Control or an escalation engineer; ladder.returns: of the cases Problem Control (escalation engineers, cases that waited on a vendor aside) finished without sending them up, the share handed back down a tier; ladder.returnWork: every tier's visits after coming back down, finished ones, fitted together",
      escalateAfter:
        "not estimated: escalation by age is off, every move up is a difficulty share, so the shares reproduce the history's",
    },
    pickup: pickupReport(e),
    work: Object.fromEntries(HISTORY_TIERS.map((t) => [t, workReport(e.work[t])])),
    staffing: Object.fromEntries(
      HISTORY_TIERS.map((t) => {
        const s = e.staffing[t];
        const f = built.staffing[t];
        const seatHours = f.onDuty.reduce((x, y) => x + y, 0);
        // Mean busy seats x the hours of a week: the working hours the history shows a week.
        const offeredHours = s.busyMean * 168;
        return [
          t,
          {
            people: s.people,
            staff: f.staff,
            hoursPerWeek: f.hoursPerWeek,
            schedule: f.schedule,
            source: f.source,
            seatHoursPerWeek: seatHours,
            busyHoursPerWeek: offeredHours,
            utilisation: seatHours > 0 ? offeredHours / seatHours : null,
            multitaskingShare: s.multitaskingShare,
            onDutyByHourOfWeek: s.onDuty.map((x) => Number(x.toFixed(3))),
          },
        ];
      }),
    ),
    staffingRule: `seats on duty in each hour: the larger of the people seen working (a person is on duty between two of their working spells less than ${PRESENCE_GAP_MINUTES} minutes apart) and the most cases worked at once (tiersim's engineers work one case at a time); the mean per hour of the week, rounded, as seats (hoursPerWeek 168) on shifts`,
    distributionRule:
      "exponential, lognormal and gamma fitted by maximum likelihood on the positive values; the one with the smallest Kolmogorov–Smirnov distance to the whole sample is used when that distance is below the 1% critical value 1.63/√n (or with fewer than 30 values); otherwise the sample itself (empirical, at most 1000 quantiles); AIC reported beside each; a severity with fewer than 30 visits takes its tier's",
    notModelled: [
      ...e.flow.notModelled,
      ...(e.reopened.cases > 0
        ? [
            {
              kind: 'reopened',
              cases: e.reopened.cases,
              decision: `worked again after their first resolution (${Math.round(e.reopened.workMinutes)} working minutes, ${pct(e.reopened.workMinutes / (e.workMinutes + e.reopened.workMinutes))} of all); the model resolves a case once: left out`,
            },
          ]
        : []),
      ...(e.work.pods.customerWaitMinutes + e.work.pods.vendorWaitMinutes > 0
        ? [
            {
              kind: 'pod-waits',
              cases: e.work.pods.visitsThatWaited,
              decision: 'pods work a case in one piece: their waits are left out',
            },
          ]
        : []),
      ...(e.work.router.customerWaitMinutes + e.work.router.vendorWaitMinutes > 0
        ? [
            {
              kind: 'router-waits',
              cases: e.work.router.visitsThatWaited,
              decision: 'routers triage in one piece: their waits are left out',
            },
          ]
        : []),
    ],
    backtest: {
      replications: run.replications,
      seed: run.seed,
      seconds: run.seconds,
      simulatedSide:
        "per case from each replication's trace (arrivals by week and hour of the week, cycle times, the backlog at each midnight); KPIs (tier reach, severity mix, Kaplan–Meier quantiles) from each replication's own",
      verdictRule: VERDICT_RULE,
      headline: headline.map((r) => `${r.kpi} ${r.scope}`),
      disagree,
      allHeadlineAgree: disagree.length === 0,
      warnings: run.warnings,
      rows: rows.map((r) => ({ ...r })),
    },
  };
}

/** The wait to be picked up (minutes), from how many cases, and where the scenario puts it. */
function pickupReport(e: FitEstimates): Record<string, unknown> {
  const p = e.pickup;
  if (p === null)
    return {
      modelled: false,
      why: e.flow.hasRouter
        ? "the history has routers: the wait to be picked up is the router's queue and triage"
        : 'the mapping tells no first response',
    };
  return {
    modelled: p.fit !== null,
    what: "from a case's opening to its first status other than queued, or to its resolution when it never left the queue (the history's first response)",
    cases: p.cases,
    censored: p.censored,
    fit: fitSummary(p.fit),
    routerSeats: p.seats,
    where:
      "pools.router.triage: the history has no routers, so the fitted router is a pass-through desk; with seats enough that no case queues for one, its triage is a pure delay, and tiersim's first response is the first SE session after it",
  };
}

function workReport(w: TierWork): Record<string, unknown> {
  return {
    visits: w.visits,
    fitted: w.finished,
    returnVisits: w.returnVisits,
    work: bySeverity(w.work),
    diagnosisShare: w.diagnosisShare,
    sessions: {
      chosen: w.sessions,
      mean: w.meanSessions,
      counts: w.sessionCounts,
      firstSessionShare: w.firstSessionShare,
    },
    waits: {
      customerMinutes: w.customerWaitMinutes,
      vendorMinutes: w.vendorWaitMinutes,
      visitsThatWaited: w.visitsThatWaited,
      betweenSessions: w.betweenSessions === null ? null : bySeverity(w.betweenSessions),
    },
    hotfix:
      w.hotfix === null
        ? null
        : { share: w.hotfix.share, visits: w.hotfix.visits, delay: fitSummary(w.hotfix.delay) },
  };
}

function bySeverity(b: TierWork['work']): Record<string, unknown> {
  return {
    pooled: fitSummary(b.pooled),
    ...Object.fromEntries(
      SEVERITIES.map((s) => {
        const f = b.bySeverity[s];
        return [
          s,
          f === null ? null : f.source === 'tier' ? "the tier's (fewer than 30 visits)" : fitSummary(f.fit),
        ];
      }),
    ),
  };
}

/** A fit without an empirical distribution's values (they are in its CSV). */
function fitSummary(f: DistributionFit | null): Record<string, unknown> | null {
  if (f === null) return null;
  const spec = f.spec.dist === 'empirical' ? { dist: 'empirical', values: f.spec.values.length } : f.spec;
  return { ...f, spec };
}

function pct(x: number): string {
  return `${(100 * (Number.isFinite(x) ? x : 0)).toFixed(1)}%`;
}
