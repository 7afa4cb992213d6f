import { DAY_NAMES, HOURS_PER_WEEK, type TimeOfWeek } from '../../sim/index.js';
import { formatNumber, formatPercent, formatShortPercent } from './format.js';

/** Fewer cases with a verdict than this (over all replications) make an hour's service level too noisy to judge. */
export const MIN_DECIDED = 10;

/** `Sat 03:00` for hour 123 of the week (or of the run: weeks repeat). */
export function hourLabel(hour: number): string {
  const h = hour % 24;
  return `${DAY_NAMES[Math.floor(hour / 24) % 7]} ${String(h).padStart(2, '0')}:00`;
}

/** One hour of the week as the heatmap shows it. */
export interface HourCell {
  readonly hour: number;
  /** 0 = Monday .. 6 = Sunday. */
  readonly day: number;
  /** 0..23. */
  readonly hourOfDay: number;
  readonly serviceLevel: number;
  readonly casesPerWeek: number;
  /** `below` the goal, `met`, or `few` (fewer than {@link MIN_DECIDED} cases to judge by). */
  readonly verdict: 'below' | 'met' | 'few';
  /** The cell's text: when, the service level against the goal, cases, and the pool's people. */
  readonly text: string;
}

/** One pool's people by the hour, now and (when a plan is pinned) in the plan. */
export interface PoolStrip {
  readonly pool: string;
  readonly scheduled: readonly number[];
  readonly needed: readonly number[] | null;
  readonly loadErlangs: readonly number[];
  readonly plan: { readonly scheduled: readonly number[]; readonly needed: readonly number[] | null } | null;
  /** Hours with fewer people on shift than needed (scheduled + 0.5 < needed: a whole person short). */
  readonly shortHours: number[];
}

/** What the time-of-week view draws. */
export interface TimeOfWeekData {
  readonly goal: number;
  readonly cells: HourCell[];
  /** Service level by hour, now and in the plan (NaN: too few cases). */
  readonly serviceLevel: readonly number[];
  readonly planServiceLevel: readonly number[] | null;
  /** Pools the view can show, first-response pools first. */
  readonly pools: string[];
  readonly strip: PoolStrip | null;
  /** One line: how many hours miss the goal, and where the chosen pool is short. */
  readonly headline: string;
}

/** The first pool that gives first responses (an SE team), else the first pool. */
function defaultPool(week: TimeOfWeek): string | null {
  return (week.pools.find((p) => p.needed !== null) ?? week.pools[0])?.pool ?? null;
}

/**
 * What the view shows of a run's {@link TimeOfWeek} (and the pinned plan's), for pool `pool`
 * (default: the first SE team). Service levels of hours with fewer than {@link MIN_DECIDED}
 * cases are left out (NaN), so that a quiet night with two cases is not painted red or green.
 */
export function prepareTimeOfWeek(now: TimeOfWeek, plan: TimeOfWeek | null, pool?: string): TimeOfWeekData {
  const judged = (w: TimeOfWeek) => w.hours.map((h) => (h.decided >= MIN_DECIDED ? h.serviceLevel : NaN));
  const serviceLevel = judged(now);
  const chosen = now.pools.find((p) => p.pool === pool)?.pool ?? defaultPool(now);
  const week = now.pools.find((p) => p.pool === chosen) ?? null;
  const planWeek = plan?.pools.find((p) => p.pool === chosen) ?? null;
  const shortHours =
    week?.needed == null ? [] : week.needed.flatMap((n, h) => (week.scheduled[h] + 0.5 < n ? [h] : []));
  const strip: PoolStrip | null =
    week === null
      ? null
      : {
          pool: week.pool,
          scheduled: week.scheduled,
          needed: week.needed,
          loadErlangs: week.loadErlangs,
          plan: planWeek === null ? null : { scheduled: planWeek.scheduled, needed: planWeek.needed },
          shortHours,
        };
  const cells = now.hours.map((h, i): HourCell => {
    const level = serviceLevel[i];
    const verdict = Number.isNaN(level) ? 'few' : level >= now.goal ? 'met' : 'below';
    const service =
      verdict === 'few'
        ? `too few cases to judge (${formatNumber(h.decided, 0)} in all)`
        : `${formatPercent(level)} answered in time (goal ${formatShortPercent(now.goal)})`;
    const people =
      week === null
        ? ''
        : `; ${week.pool}: ${formatNumber(week.scheduled[i], 1)} on shift` +
          (week.needed === null ? '' : `, ${week.needed[i]} needed`);
    return {
      hour: i,
      day: Math.floor(i / 24),
      hourOfDay: i % 24,
      serviceLevel: level,
      casesPerWeek: h.casesPerWeek,
      verdict,
      text: `${hourLabel(i)}: ${service}; ${formatNumber(h.casesPerWeek, 1)} cases a week${people}`,
    };
  });
  const below = cells.filter((c) => c.verdict === 'below').length;
  const judgedHours = cells.filter((c) => c.verdict !== 'few').length;
  const short =
    strip?.needed == null
      ? ''
      : ` ${strip.pool}: fewer on shift than Erlang C needs in ${shortHours.length} of ${HOURS_PER_WEEK} hours.`;
  return {
    goal: now.goal,
    cells,
    serviceLevel,
    planServiceLevel: plan === null ? null : judged(plan),
    pools: [...now.pools]
      .sort((a, b) => Number(b.needed !== null) - Number(a.needed !== null))
      .map((p) => p.pool),
    strip,
    headline: `Below the ${formatShortPercent(now.goal)} goal in ${below} of ${judgedHours} hours with enough cases to judge.${short}`,
  };
}
