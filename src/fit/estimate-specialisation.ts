import type { CaseHistory } from './case-history.js';
import { DEFAULT_TIER } from './tier-visits.js';

/**
 * How specialised the SE tier's people are: the share of their SE working minutes spent on the
 * specialty each of them works most, over all of them (1: everyone works one specialty).
 * tiersim's SEs work their own specialty's queue only, so a scenario staffs specialties apart
 * only when the people are specialised ({@link SPECIALISED_SHARE}); otherwise one pool holds
 * the SE tier. Null when the history names no resource or no specialty at the SE tier.
 */
export function seSpecialisation(cases: readonly CaseHistory[]): number | null {
  const byPerson = new Map<string, Map<string, number>>();
  for (const c of cases) {
    if (c.specialty === null) continue;
    let tier = DEFAULT_TIER;
    for (const s of c.spells) {
      tier = s.tier ?? tier;
      if (s.status !== 'working' || tier !== 'se' || s.resource === null) continue;
      let minutes = byPerson.get(s.resource);
      if (minutes === undefined) byPerson.set(s.resource, (minutes = new Map()));
      minutes.set(c.specialty, (minutes.get(c.specialty) ?? 0) + (s.toAt - s.fromAt));
    }
  }
  let main = 0;
  let total = 0;
  for (const minutes of byPerson.values()) {
    const values = [...minutes.values()];
    main += Math.max(...values);
    total += values.reduce((a, b) => a + b, 0);
  }
  return total > 0 ? main / total : null;
}

/** People who spend at least this share of their work on one specialty on average are specialised. */
export const SPECIALISED_SHARE = 0.8;
