import type { Recorder } from '../model/recorder.js';

/** Scopes of the first-response distribution: every case, and each severity. */
export const PROFILE_SCOPES = ['all', 'A', 'B', 'C'] as const;
export type ProfileScope = (typeof PROFILE_SCOPES)[number];

/** Probabilities at which the distribution is described: 1%, 2%, ..., 99%. */
export const PROFILE_LEVELS: readonly number[] = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);

/**
 * First-response times at the 1st..99th percentiles (minutes) per scope, NaN where a scope had
 * no answered case: 99 numbers per scope from the streaming sketches, for CDF charts.
 */
export type ResponseProfile = Record<ProfileScope, number[]>;

/** The profile of one replication, from the recorder's sketches. */
export function responseProfile(recorder: Recorder): ResponseProfile {
  const of = (scope: ProfileScope): number[] => {
    const sketch = (scope === 'all' ? recorder.scope() : recorder.scope(scope)).firstResponse;
    return PROFILE_LEVELS.map((q) => (sketch.count > 0 ? sketch.quantile(q) : NaN));
  };
  return { all: of('all'), A: of('A'), B: of('B'), C: of('C') };
}

/**
 * Mean of the replications' profiles, level by level (quantile averaging), skipping NaN.
 * A CDF drawn from it puts probability p at the mean p-quantile.
 */
export function meanProfile(profiles: readonly ResponseProfile[]): ResponseProfile {
  const of = (scope: ProfileScope): number[] =>
    PROFILE_LEVELS.map((_, i) => {
      let sum = 0;
      let n = 0;
      for (const p of profiles) {
        const v = p[scope][i];
        if (!Number.isNaN(v)) {
          sum += v;
          n++;
        }
      }
      return n > 0 ? sum / n : NaN;
    });
  return { all: of('all'), A: of('A'), B: of('B'), C: of('C') };
}
