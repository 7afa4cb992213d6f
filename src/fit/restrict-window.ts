import type { History } from './case-history.js';

/**
 * A history whose arrival window is narrowed to [fromAt, toAt) (`--from`, `--to`; minutes on its
 * clock; either may be absent): the window starts at `fromAt` (so the fitted scenario's warm-up
 * lasts until then) and its complete openings end at `toAt`. Every case is kept: those opened
 * outside the window still hold people and stay in the backlog, but no estimate of arrivals,
 * mixes, flows or work counts them. Throws a RangeError for an empty window.
 */
export function restrictWindow(history: History, fromAt?: number, toAt?: number): History {
  const start = Math.max(history.windowStartAt, fromAt ?? -Infinity);
  const end = Math.min(history.arrivalsEndAt ?? history.windowEndAt, history.windowEndAt, toAt ?? Infinity);
  if (!(end > start))
    throw new RangeError(
      'the window holds no time: --from must come before --to and both within the history',
    );
  return { ...history, windowStartAt: start, arrivalsEndAt: end };
}
