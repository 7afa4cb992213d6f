import { MINUTES_PER_DAY, MINUTES_PER_WEEK, SEVERITIES, type Severity } from '../sim/index.js';
import { HISTORY_TIERS, type CaseHistory, type History, type HistoryTier } from './case-history.js';
import { DurationCollector, type DurationsBySeverity } from './observed-durations.js';
import { TIER_RANK } from './tier-visits.js';

export type { DurationSummary, DurationsBySeverity } from './observed-durations.js';

/** Hours in a week: the bins of an hour-of-week distribution (0 = Monday 00:00-01:00). */
export const HOURS_PER_WEEK = 168;

/** A share of the observed cases, with its sampling standard error √(p(1 − p)/n). */
export interface ObservedShare {
  /** Cases with the trait, and cases it is a share of. */
  readonly count: number;
  readonly of: number;
  /** count / of; NaN when `of` is 0. */
  readonly share: number;
  readonly standardError: number;
}

/** One week's openings: `days` of it are in the observed period (7 for a whole week). */
export interface WeekArrivals {
  /** Monday 00:00 of the week, minutes on the history's clock. */
  readonly weekStartAt: number;
  readonly days: number;
  readonly arrivals: number;
}

/** The cases open at the end of a day (midnight), minutes on the history's clock. */
export interface DayBacklog {
  readonly at: number;
  readonly open: number;
}

/**
 * What a history shows happened, as a backtest compares it with a simulation of the fitted
 * scenario. The observed cases are those opened in the period (`fromAt` to `toAt`) that did not
 * start before the window; durations use everything the history knows about them, up to its end.
 */
export interface ObservedHistory {
  /** The period whose openings are observed, minutes on the history's clock. */
  readonly fromAt: number;
  readonly toAt: number;
  /** Cases opened in the period; of them, cancelled ones (left out of resolution figures). */
  readonly cases: number;
  readonly cancelled: number;
  /** Openings per week, every week the period touches, in order. */
  readonly weeklyArrivals: readonly WeekArrivals[];
  /** Openings by hour of the week: 168 counts, hour 0 = Monday 00:00-01:00. */
  readonly arrivalsByHourOfWeek: readonly number[];
  /** Share of the cases that reached each tier (meaningless when the history has no tier: see `History.mapped`). */
  readonly reached: Readonly<Record<HistoryTier, ObservedShare>>;
  /** Share of the cases that came back down a tier at least once (see `ladder.returns`). */
  readonly returned: ObservedShare;
  /** Severity mix among the cases whose severity is known; `severityUnknown` counts the others. */
  readonly severityMix: Readonly<Record<Severity, ObservedShare>>;
  readonly severityUnknown: number;
  /**
   * Opening to first response (`CaseHistory.firstResponseAt`, else the resolution of a case that
   * has none: it was answered when it was resolved), minutes; censored while never answered.
   * Empty (no case) when the history does not tell (`History.mapped.firstResponse` false).
   */
  readonly firstResponse: DurationsBySeverity;
  /** Opening to resolution, minutes; censored while still open (Kaplan–Meier). */
  readonly resolution: DurationsBySeverity;
  /** Cases open at each midnight in the period (every case of the history counts, not only those opened in it). */
  readonly backlog: readonly DayBacklog[];
  /** Resolution durations of the resolved cases, minutes, ascending: a cycle-time sample for distances. */
  readonly cycleTimesMinutes: readonly number[];
}

/**
 * The period observed, minutes on the history's clock; default from the history's first
 * opening (or its first row) to the end of its complete openings (`History.arrivalsEndAt`).
 */
export interface ObserveOptions {
  readonly fromAt?: number;
  readonly toAt?: number;
}

/** What `history` shows happened in the period (see {@link ObservedHistory}). */
export function observeHistory(history: History, options: ObserveOptions = {}): ObservedHistory {
  // A case may open a little before the first row (within the grace of `openedGraceMinutes`).
  const fromAt = options.fromAt ?? firstOpeningAt(history);
  const toAt = options.toAt ?? history.arrivalsEndAt ?? history.windowEndAt;
  const observed = history.cases.filter(
    (c) => !c.startedBeforeWindow && c.openedAt >= fromAt && c.openedAt < toAt,
  );
  const knowsResponse = history.mapped?.firstResponse ?? true;

  const byHour = new Array<number>(HOURS_PER_WEEK).fill(0);
  const reachedCounts = new Map<HistoryTier, number>(HISTORY_TIERS.map((t) => [t, 0]));
  const severityCounts = new Map<Severity, number>(SEVERITIES.map((s) => [s, 0]));
  const firstResponse = new DurationCollector();
  const resolution = new DurationCollector();
  const cycleTimes: number[] = [];
  let cancelled = 0;
  let returnedCount = 0;
  for (const c of observed) {
    byHour[Math.floor(c.openedAt / 60) % HOURS_PER_WEEK]++;
    for (const tier of new Set(c.tiers)) reachedCounts.set(tier, reachedCounts.get(tier)! + 1);
    if (c.tiers.some((t, i) => i > 0 && TIER_RANK[t] < TIER_RANK[c.tiers[i - 1]])) returnedCount++;
    if (c.severity !== null) severityCounts.set(c.severity, severityCounts.get(c.severity)! + 1);
    const ageMinutes = history.windowEndAt - c.openedAt;
    if (knowsResponse) {
      const answeredAt = c.firstResponseAt ?? c.resolvedAt;
      firstResponse.add(
        answeredAt === null ? ageMinutes : answeredAt - c.openedAt,
        answeredAt === null,
        c.severity,
      );
    }
    if (outcomeOf(c) === 'cancelled') {
      cancelled++;
      continue;
    }
    resolution.add(
      c.resolvedAt === null ? ageMinutes : c.resolvedAt - c.openedAt,
      c.resolvedAt === null,
      c.severity,
    );
    if (c.resolvedAt !== null) cycleTimes.push(Math.max(0, c.resolvedAt - c.openedAt));
  }
  const unknownSeverity = observed.length - [...severityCounts.values()].reduce((sum, n) => n + sum, 0);
  return {
    fromAt,
    toAt,
    cases: observed.length,
    cancelled,
    weeklyArrivals: weeklyArrivals(observed, fromAt, toAt),
    arrivalsByHourOfWeek: byHour,
    reached: Object.fromEntries(
      HISTORY_TIERS.map((t) => [t, share(reachedCounts.get(t)!, observed.length)]),
    ) as Record<HistoryTier, ObservedShare>,
    returned: share(returnedCount, observed.length),
    severityMix: Object.fromEntries(
      SEVERITIES.map((s) => [s, share(severityCounts.get(s)!, observed.length - unknownSeverity)]),
    ) as Record<Severity, ObservedShare>,
    severityUnknown: unknownSeverity,
    firstResponse: firstResponse.summary(),
    resolution: resolution.summary(),
    backlog: dailyBacklog(history, fromAt, Math.min(toAt, history.windowEndAt)),
    cycleTimesMinutes: cycleTimes.sort((a, b) => a - b),
  };
}

/** The first opening of a case that did not start before the window, or the window's start. */
function firstOpeningAt(history: History): number {
  let at = history.windowStartAt;
  for (const c of history.cases) if (!c.startedBeforeWindow && c.openedAt < at) at = c.openedAt;
  return at;
}

/** A case's outcome; histories read by older code lack it (then cancelled cases are not told apart). */
function outcomeOf(c: CaseHistory): 'resolved' | 'cancelled' | 'open' {
  return c.outcome ?? (c.resolvedAt === null ? 'open' : 'resolved');
}

function share(count: number, of: number): ObservedShare {
  const p = of > 0 ? count / of : NaN;
  return { count, of, share: p, standardError: of > 0 ? Math.sqrt((p * (1 - p)) / of) : NaN };
}

/** Openings in each week the period [fromAt, toAt) touches. */
function weeklyArrivals(cases: readonly CaseHistory[], fromAt: number, toAt: number): WeekArrivals[] {
  if (!(toAt > fromAt)) return [];
  const firstWeek = Math.floor(fromAt / MINUTES_PER_WEEK);
  const lastWeek = Math.ceil(toAt / MINUTES_PER_WEEK) - 1;
  const counts = new Array<number>(lastWeek - firstWeek + 1).fill(0);
  for (const c of cases) counts[Math.floor(c.openedAt / MINUTES_PER_WEEK) - firstWeek]++;
  return counts.map((arrivals, i) => {
    const weekStartAt = (firstWeek + i) * MINUTES_PER_WEEK;
    const inside = Math.min(toAt, weekStartAt + MINUTES_PER_WEEK) - Math.max(fromAt, weekStartAt);
    return { weekStartAt, days: inside / MINUTES_PER_DAY, arrivals };
  });
}

/**
 * Cases open at each midnight in (fromAt, toAt]: opened before it and not resolved (or
 * cancelled) by it. Every case counts, those started before the window too: they were open.
 */
function dailyBacklog(history: History, fromAt: number, toAt: number): DayBacklog[] {
  // A case resolved the instant it opened is never open: leaving it out of both lists keeps every
  // case counted in `ended` by a midnight among those counted in `opened` by then.
  const lasting = history.cases.filter((c) => c.resolvedAt !== c.openedAt);
  const opened = lasting.map((c) => c.openedAt).sort((a, b) => a - b);
  const ended = lasting
    .filter((c) => c.resolvedAt !== null)
    .map((c) => c.resolvedAt!)
    .sort((a, b) => a - b);
  const backlog: DayBacklog[] = [];
  let o = 0;
  let e = 0;
  for (
    let at = (Math.floor(fromAt / MINUTES_PER_DAY) + 1) * MINUTES_PER_DAY;
    at <= toAt;
    at += MINUTES_PER_DAY
  ) {
    while (o < opened.length && opened[o] < at) o++;
    // A case resolved at midnight exactly is no longer open then.
    while (e < ended.length && ended[e] <= at) e++;
    backlog.push({ at, open: o - e });
  }
  return backlog;
}
