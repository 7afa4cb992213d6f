import { SEVERITIES, type Scenario, type TraceCase } from '../scenario/index.js';
import type { PoolStaffing } from '../model/pool.js';
import { staffingPlan, tamHeadcount } from '../model/staffing-plan.js';
import { Roster } from '../model/roster.js';
import { callbacksBound, EVENTS_PER_CALLBACK } from './callback-bound.js';
import { MINUTES_PER_DAY, MINUTES_PER_WEEK } from '../units.js';
import { expectedArrivals } from './expected-arrivals.js';
import { offeredLoad } from './offered-load.js';
import { SERIES_METRICS } from './timeseries.js';

/**
 * What a run will cost, worked out from the scenario before it starts, so that a run that
 * would not fit is refused rather than started (see budget.ts).
 *
 * `events` is an upper bound of the kernel events the run delivers (`RunSummary.events`): every
 * timer the model can set per case and per person is counted once, at its most (see
 * {@link eventsPerCaseBound}), and random arrivals are counted at their mean plus
 * {@link ARRIVALS_MARGIN_SD} standard deviations (a Poisson count goes beyond that about once
 * in a billion runs), and calls back (`pools.router.retrial`) likewise (see callback-bound.ts). Memory and time are estimates, on the pessimistic side, calibrated on the
 * reference machine of README's Performance section.
 */
export interface RunEstimate {
  /** Replications counted (the scenario's, or the cap of a run that adds them until precise). */
  readonly replications: number;
  /** Upper bound of the cases one replication generates (warm-up included). */
  readonly arrivalsPerReplication: number;
  /** Upper bound of the kernel events of one replication (`ReplicationResult.events`). */
  readonly eventsPerReplication: number;
  /** Upper bound of the kernel events of the whole run (`RunSummary.events`). */
  readonly events: number;
  /** People in every pool (technical leads and TAMs included). */
  readonly people: number;
  /** People visited by roster changes (shift starts and ends, hourly shrinkage), whole run: work besides events. */
  readonly rosterVisits: number;
  /** Estimated peak heap of the run, bytes, and its largest parts. */
  readonly memoryBytes: number;
  readonly memory: MemoryParts;
  /** Estimated seconds of one core on the reference machine. */
  readonly seconds: number;
  /** Pools that cannot keep up with their cases on average (their backlog grows with the horizon). */
  readonly overloaded: readonly string[];
}

/** The parts of {@link RunEstimate.memoryBytes}, bytes. */
export interface MemoryParts {
  /** Cases open at once in the replications running together. */
  readonly cases: number;
  /** People (engineers, their queues and rosters) of the replications running together. */
  readonly people: number;
  /** Hourly series, KPIs and flows kept for every replication until the run is summarised. */
  readonly results: number;
  /** The trace of the first replication, when asked for (a chunk of it when it is streamed). */
  readonly trace: number;
}

/** Options of {@link estimateRun}. */
export interface EstimateOptions {
  /** Record the trace of the first replication (default false). */
  readonly trace?: boolean;
  /**
   * The trace is handed on in chunks as it is made (to a file, `onTraceRows`), not kept whole
   * in the result: it then costs a chunk of memory, not one row per event (default false).
   */
  readonly traceStreamed?: boolean;
  /** Replications to count instead of the scenario's (e.g. `--max-reps` of a `--precision` run). */
  readonly replications?: number;
  /** Replications running at once (worker threads; default 1). */
  readonly concurrent?: number;
}

/** Standard deviations of the Poisson arrival count added to its mean for the upper bound. */
export const ARRIVALS_MARGIN_SD = 6;

/**
 * Upper bound of the kernel events one case can cause: its arrival; its age limit (when
 * `escalateAfter` sets one); an escalation manager's and a TAM's task (when such cases and such
 * people exist); then the longest of its possible paths through tier 1 — the router's triage,
 * the caller's patience timer and, unless the router closes every case, a misrouted SE's
 * transfer, the SE sessions' ends, the customer waits between them and a TL consult; or a pod's
 * cross-skill timer and work; or a beta SE's sessions and the waits between them — and Problem
 * Control's sessions and waits, an escalation engineer's and the product group's hotfix, when the shares let a case get that far. Every
 * timer is counted whether or not it will fire or find its case still there.
 */
export function eventsPerCaseBound(scenario: Scenario): number {
  const p = scenario.pools;
  const a = scenario.arrivals;
  const e = scenario.escalation;
  const cases = a.trace?.cases;
  /** Whether some case can have this property: in the trace, or by its share. */
  const some = (inTrace: (c: TraceCase) => boolean, share: boolean): boolean =>
    cases === undefined ? share : cases.some(inTrace);
  const beta = some((c) => c.beta, a.betaShare > 0 || a.surges.some((s) => (s.betaShare ?? 0) > 0));
  const tier3 = some((c) => c.contract === 'tier3', a.mix.contract.tier3 > 0);
  const routed = some((c) => c.contract !== 'tier3', a.mix.contract.tier3 < 1);
  const toSe = routed && p.router.closeShare < 1;
  const byAge = SEVERITIES.some((sev) => e.escalateAfter[sev] !== null);

  const sessions = p.se.sessions;
  const waits = SEVERITIES.some((sev) => p.se.customerWait[sev] !== null) ? sessions - 1 : 0;
  const transfer = p.router.misrouteShare > 0 && scenario.specialties.length > 1 ? 1 : 0;
  const consult = p.se.consultShare > 0 ? 1 : 0;
  const router =
    1 + (p.router.patience === null ? 0 : 1) + (toSe ? transfer + sessions + waits + consult : 0);
  const pods = 1 + (p.pods.crossSkillAfter > 0 ? 1 : 0);
  const tier1 = Math.max(routed ? router : 0, tier3 ? pods : 0, beta ? deskEvents(p.beta) : 0);

  const toProblemControl =
    byAge || (toSe && e.toProblemControl > 0) || (tier3 && e.fromPods > 0) || (beta && e.fromBeta > 0);
  const toEscalation = toProblemControl && e.toEscalation > 0;
  // A trace may script a hotfix whatever hotfixShare says.
  const hotfix = toEscalation && (e.hotfixShare > 0 || (cases ?? []).some((c) => c.hotfix === true));
  const sensitive = p.escalationManagers.staff > 0 && some((c) => c.sensitive, a.sensitiveShare > 0);
  const premier =
    tamHeadcount(scenario) > 0 && some((c) => c.contract === 'premier', a.mix.contract.premier > 0);
  const count = (yes: boolean): number => (yes ? 1 : 0);
  return (
    1 +
    count(byAge) +
    count(sensitive) +
    count(premier) +
    tier1 +
    count(toProblemControl) * deskEvents(p.problemControl) +
    count(toEscalation) * deskEvents(p.escalation) +
    count(hotfix)
  );
}

/** Timers of one case at a desk that owns its cases: each session's end and each wait between sessions. */
function deskEvents(desk: { readonly sessions: number; readonly betweenSessions: unknown }): number {
  return desk.sessions + (desk.betweenSessions === null ? 0 : desk.sessions - 1);
}

/** Heap of one open case with its timers and queue entries (measured ~780 bytes). */
const BYTES_PER_OPEN_CASE = 1024;
/** Heap of one person: engineer, own session queue, roster state (measured ~1,100 bytes). */
const BYTES_PER_PERSON = 1280;
/** Heap of one trace row (measured ~140 bytes) and trace rows per event counted (measured 0.6 to 2). */
const BYTES_PER_TRACE_ROW = 160;
const TRACE_ROWS_PER_EVENT = 2;
/** A streamed trace's chunk being filled and the one being written. */
const STREAMED_TRACE_BYTES = 8 * 2 ** 20;
/** Heap of one replication's KPIs, flows and response profile, apart from its hourly series. */
const BYTES_PER_RESULT = 64 * 1024;
const BYTES_PER_RESULT_PER_SPECIALTY = 16 * 1024;
/** The runtime, the code and the scenario; and each worker thread's own. */
const BASE_BYTES = 64 * 2 ** 20;
const WORKER_BYTES = 16 * 2 ** 20;
/**
 * How many times its work and outside waits a case of an organisation that keeps up stays
 * open, queueing included, generously (memory only); cases arriving while a pool is off shift
 * wait for it besides.
 */
const STAY_FACTOR = 10;

/** Kernel events per second and roster visits per second of one core on the reference machine. */
export const EVENTS_PER_SECOND = 700_000;
export const ROSTER_VISITS_PER_SECOND = 3_000_000;

/** Estimates the events, memory and time of running `scenario` (see {@link RunEstimate}). */
export function estimateRun(scenario: Scenario, options: EstimateOptions = {}): RunEstimate {
  const replications = Math.max(1, options.replications ?? scenario.replications);
  const concurrent = Math.max(1, Math.min(options.concurrent ?? 1, replications));
  const endAt = scenario.horizon.days * MINUTES_PER_DAY;
  const meanArrivals = expectedArrivals(scenario, endAt);
  const arrivalsPerReplication = scenario.arrivals.trace
    ? meanArrivals
    : Math.ceil(meanArrivals + ARRIVALS_MARGIN_SD * Math.sqrt(meanArrivals) + 10);
  const perCase = eventsPerCaseBound(scenario);
  const hours = Math.floor(endAt / 60) + 1;
  let staffEvents = 0;
  let rosterVisits = 0;
  let people = 0;
  for (const { staffing: pool } of staffingPlan(scenario)) {
    const { changes, away } = rosterEvents(pool, endAt);
    staffEvents += changes + pool.headcount * away;
    rosterVisits += changes * pool.headcount;
    people += pool.headcount;
  }
  // Hourly samples, the warm-up reset, the cases' events, their calls back, and the people's events.
  const callbacks = callbacksBound(scenario, arrivalsPerReplication, endAt);
  const eventsPerReplication =
    arrivalsPerReplication * perCase + EVENTS_PER_CALLBACK * callbacks + hours + 1 + staffEvents;
  const events = eventsPerReplication * replications;

  // Every case open at once where a pool cannot keep up; else Little's law with a generous stay.
  const load = offeredLoad(scenario, meanArrivals / endAt);
  const overloaded = load.overloaded;
  const stayMinutes = STAY_FACTOR * load.busyMinutesPerCase + load.offShiftMinutes;
  const openCases =
    overloaded.length > 0
      ? arrivalsPerReplication
      : Math.min(arrivalsPerReplication, (meanArrivals / endAt) * stayMinutes);
  const pools = 9 + scenario.specialties.length;
  const seriesBytes = hours * (pools + 1) * SERIES_METRICS.length * 8;
  const resultBytes =
    seriesBytes + BYTES_PER_RESULT + BYTES_PER_RESULT_PER_SPECIALTY * scenario.specialties.length;
  const memory: MemoryParts = {
    cases: concurrent * openCases * BYTES_PER_OPEN_CASE,
    people: concurrent * people * BYTES_PER_PERSON,
    // Every replication's result until the variant is summarised, the mean series, its CSV text.
    results: replications * resultBytes + 3 * seriesBytes,
    trace:
      options.trace !== true
        ? 0
        : options.traceStreamed === true
          ? STREAMED_TRACE_BYTES
          : eventsPerReplication * TRACE_ROWS_PER_EVENT * BYTES_PER_TRACE_ROW,
  };
  const workers = concurrent > 1 ? concurrent * WORKER_BYTES : 0;
  const memoryBytes = BASE_BYTES + workers + memory.cases + memory.people + memory.results + memory.trace;
  const seconds = events / EVENTS_PER_SECOND + (rosterVisits * replications) / ROSTER_VISITS_PER_SECOND;
  return {
    replications,
    arrivalsPerReplication,
    eventsPerReplication,
    events,
    people,
    rosterVisits: rosterVisits * replications,
    memoryBytes,
    memory,
    seconds,
    overloaded,
  };
}

/**
 * Upper bounds of a pool's roster events in [0, endAt] (see duty-roster.ts): `changes`, one per
 * change point of the week in every week begun; `away`, per person, the returns from time away.
 * Time away is owed at the shrinkage share of the time on shift (plus under an hour to start
 * with) and taken in blocks of at least an hour, except a block cut short by the end of a shift,
 * which happens at most once per shift worked.
 */
function rosterEvents(pool: PoolStaffing, endAt: number): { changes: number; away: number } {
  const roster = new Roster(pool.schedule, pool.headcount, pool.shrinkage, pool.hoursPerWeek);
  if (roster.constant) return { changes: 0, away: 0 };
  const weeks = Math.floor(endAt / MINUTES_PER_WEEK) + 1;
  const changes = weeks * roster.changeMinutes.length;
  if (pool.shrinkage === 0) return { changes, away: 0 };
  // The longest week anyone of the pool works: minutes on duty and duties.
  let shiftMinutes = 0;
  let shifts = 0;
  for (const line of roster.lines) {
    shiftMinutes = Math.max(shiftMinutes, line.hoursPerWeek * 60);
    shifts = Math.max(shifts, line.duties.length);
  }
  const onShift = Math.min(endAt, weeks * shiftMinutes);
  const away = 1 + Math.floor((60 + pool.shrinkage * onShift) / 60) + shifts * weeks;
  return { changes, away };
}
