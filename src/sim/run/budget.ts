import type { RunEstimate } from './estimate.js';

/**
 * What one run (one scenario, or one variant of a sweep) may cost before it is refused: 2 GiB of
 * heap, well inside Node's default limit (about 4 GiB on a 64-bit machine) with room for the
 * output files; and 30 minutes of one core at the reference machine's speed, which at the
 * baseline's ~700,000 events per second is about 1.26 billion events. The estimate counts events
 * at their most, so a run at the limit takes less.
 */
export const RUN_BUDGET = {
  memoryBytes: 2 * 2 ** 30,
  seconds: 30 * 60,
} as const;

/**
 * Why a run does not fit in {@link RUN_BUDGET}, in one line with the estimate and what to lower,
 * or null when it fits.
 */
export function overBudget(estimate: RunEstimate): string | null {
  if (estimate.memoryBytes > RUN_BUDGET.memoryBytes) {
    const m = estimate.memory;
    const largest = Math.max(m.cases, m.people, m.results, m.trace);
    const lower =
      largest === m.trace
        ? 'run without --trace, or lower horizon.days'
        : largest === m.people
          ? 'lower the headcounts (staff, teams, sesPerTeam, pods, premierAccounts) or --jobs'
          : largest === m.results
            ? 'lower replications (--reps) or horizon.days (--days)'
            : estimate.overloaded.length > 0
              ? `add staff to ${pools(estimate.overloaded)}, or lower arrivals.casesPerHour or horizon.days`
              : 'lower arrivals.casesPerHour, horizon.days or --jobs';
    return (
      `the run would need about ${gigabytes(estimate.memoryBytes)} of memory ` +
      `(limit ${gigabytes(RUN_BUDGET.memoryBytes)}): ${lower}`
    );
  }
  if (estimate.seconds > RUN_BUDGET.seconds) {
    const lower =
      estimate.rosterVisits > estimate.events
        ? 'lower the headcounts (staff, teams, sesPerTeam, pods, premierAccounts), replications or horizon.days'
        : 'lower replications (--reps), horizon.days (--days) or arrivals.casesPerHour';
    return (
      `the run would take up to ${minutes(estimate.seconds)} ` +
      `(${compact(estimate.events)} events; limit ${minutes(RUN_BUDGET.seconds)}): ${lower}`
    );
  }
  return null;
}

/** `router, se/XADM` or `router, se/XADM, se/XCON and 3 more`. */
function pools(names: readonly string[]): string {
  return names.length <= 4
    ? names.join(', ')
    : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}

function gigabytes(bytes: number): string {
  return `${(bytes / 2 ** 30).toFixed(1)} GB`;
}

function minutes(seconds: number): string {
  const m = seconds / 60;
  return m >= 120 ? `${(m / 60).toFixed(1)} hours` : `${Math.ceil(m)} minutes`;
}

/** 1,234 / 12.3 million / 4.5 billion. */
function compact(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toPrecision(3)} billion`;
  if (n >= 1e6) return `${(n / 1e6).toPrecision(3)} million`;
  return Math.round(n).toLocaleString('en-US');
}
