import { requireNonNegative, requireWhole } from './checks.js';

/**
 * Erlang B: the probability that an arrival finds all `servers` busy in the M/M/c/c loss system
 * (a blocked arrival is lost), for an offered load in Erlangs (arrivals per minute × mean service
 * minutes). `servers` is a whole number >= 0; with none, every arrival is blocked.
 *
 * Uses the recursion B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1)). Every step stays in [0, 1], so it
 * is exact to rounding for thousands of servers, where A^c / c! would overflow.
 */
export function erlangB(servers: number, offeredLoad: number): number {
  requireWhole('servers', servers, 0);
  requireNonNegative('offeredLoad', offeredLoad);
  let blocking = 1;
  for (let n = 1; n <= servers; n++) blocking = erlangBStep(n, offeredLoad, blocking);
  return blocking;
}

/** One step of the Erlang B recursion: B(n) from B(n−1). Staffing searches step c upwards with it. */
export function erlangBStep(servers: number, offeredLoad: number, previous: number): number {
  const carried = offeredLoad * previous;
  return carried / (servers + carried);
}
