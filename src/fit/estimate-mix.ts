import { LIMITS, SEVERITIES, type Severity } from '../sim/index.js';
import type { CaseHistory } from './case-history.js';
import { shareOf, type Share } from './estimate-flow.js';

/** The specialty of every case when a history names none. */
export const DEFAULT_SPECIALTY = 'general';
/** The severity of the cases a history leaves without one (the model's most common). */
export const DEFAULT_SEVERITY: Severity = 'C';

/** The specialty the rarest specialties share when a history has more than a scenario may. */
export const OTHER_SPECIALTY = 'other';

/** Shares of one attribute among the cases that have it, and how many do not. */
export interface MixEstimate<K extends string> {
  readonly shares: Readonly<Record<K, Share>>;
  /** Cases without a value (left out of the shares). */
  readonly missing: number;
}

/** Severity, specialty and contract mixes of a history's cases. */
export interface MixesEstimate {
  readonly severity: MixEstimate<Severity>;
  /** Specialties in order of frequency ({@link DEFAULT_SPECIALTY} alone when the history has none). */
  readonly specialties: readonly string[];
  readonly specialty: MixEstimate<string>;
  /** Standard and premier among the cases that have a contract (tier3 comes from entries at the pods). */
  readonly contract: MixEstimate<'standard' | 'premier'>;
  /** Cases with a tier3 contract (the model sends them to the pods). */
  readonly tier3Contracts: number;
}

/** Shares of each value among the cases that have one. */
function mixOf<K extends string>(
  cases: readonly CaseHistory[],
  keys: readonly K[],
  valueOf: (c: CaseHistory) => string | null,
): MixEstimate<K> {
  const counts = new Map<string, number>(keys.map((k) => [k, 0]));
  let missing = 0;
  for (const c of cases) {
    const v = valueOf(c);
    if (v === null || !counts.has(v)) missing++;
    else counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const known = cases.length - missing;
  return {
    shares: Object.fromEntries(keys.map((k) => [k, shareOf(counts.get(k) ?? 0, known)])) as Record<K, Share>,
    missing,
  };
}

/**
 * Estimates the mixes. Severity: shares of A, B and C among cases with a severity (a case without
 * one is missing, and the scenario's shares come from the others). Specialty: every specialty
 * named, most frequent first; none named gives one specialty, {@link DEFAULT_SPECIALTY}.
 * Contract: standard and premier among cases that have one of them.
 */
export function estimateMixes(cases: readonly CaseHistory[]): MixesEstimate {
  const severity = mixOf(cases, SEVERITIES, (c) => c.severity);
  const counts = new Map<string, number>();
  for (const c of cases)
    if (c.specialty !== null) counts.set(c.specialty, (counts.get(c.specialty) ?? 0) + 1);
  const all = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([s]) => s);
  // A scenario has at most LIMITS.specialties: the rarest share one, OTHER_SPECIALTY.
  const merged = all.length > LIMITS.specialties;
  const kept = new Set(merged ? all.slice(0, LIMITS.specialties - 1) : all);
  const specialties = all.length === 0 ? [DEFAULT_SPECIALTY] : merged ? [...kept, OTHER_SPECIALTY] : all;
  const specialty = mixOf(cases, specialties, (c) =>
    all.length === 0
      ? DEFAULT_SPECIALTY
      : c.specialty === null
        ? null
        : kept.has(c.specialty)
          ? c.specialty
          : OTHER_SPECIALTY,
  );
  const contract = mixOf(cases, ['standard', 'premier'] as const, (c) => c.contract);
  return {
    severity,
    specialties,
    specialty,
    contract,
    tier3Contracts: cases.filter((c) => c.contract === 'tier3').length,
  };
}
