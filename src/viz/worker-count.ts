/** At most this many simulation workers, however many cores the browser reports. */
export const MAX_WORKERS = 8;

/**
 * How many Web Workers share a run of `replications`: one per core the browser reports
 * (`navigator.hardwareConcurrency`), or the page's `?workers=N` when it has one (the browser tests
 * use it to run with a given count); never more than the replications or {@link MAX_WORKERS},
 * and at least 1.
 */
export function workerCount(
  replications: number,
  search: string = location.search,
  cores: number = navigator.hardwareConcurrency,
): number {
  const forced = Number(new URLSearchParams(search).get('workers') ?? NaN);
  // Some browsers report nothing (or 0) to resist fingerprinting: one worker then.
  const wanted = Number.isInteger(forced) && forced >= 1 ? forced : cores >= 1 ? cores : 1;
  return Math.max(1, Math.min(wanted, MAX_WORKERS, replications));
}
