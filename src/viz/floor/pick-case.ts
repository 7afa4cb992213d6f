import type { TraceRow } from '../../sim/index.js';
import { PERSON_ROW } from './floor-state.js';

/** Rows of each case, in trace order (rows about people, case id 0, are no case). */
function byCase(rows: readonly TraceRow[]): Map<number, TraceRow[]> {
  const out = new Map<number, TraceRow[]>();
  for (const r of rows) {
    if (r.caseId === PERSON_ROW) continue;
    let list = out.get(r.caseId);
    if (list === undefined) out.set(r.caseId, (list = []));
    list.push(r);
  }
  return out;
}

/**
 * The case that climbs furthest: one that waits for a hotfix after an escalation engineer
 * first, then one escalated to an escalation engineer, then one that ends resolved; among
 * equals, the one that visits the most distinct places; then the lowest id. Null for an empty trace.
 */
export function hardestCase(rows: readonly TraceRow[]): number | null {
  let best: { id: number; score: number[] } | null = null;
  for (const [id, list] of byCase(rows)) {
    const hotfix = list.some((r) => r.event === 'hotfixWait') ? 1 : 0;
    const toEscalation = list.some((r) => r.event === 'escalated' && r.place === 'escalation') ? 1 : 0;
    const resolved = list.some((r) => r.event === 'resolved') ? 1 : 0;
    const places = new Set(
      list
        .filter((r) => r.event === 'queued' || r.event === 'hotfixWait' || r.event === 'taken')
        .map((r) => r.place),
    ).size;
    const score = [hotfix, toEscalation, resolved, places];
    if (best === null || isGreater(score, best.score) || (!isGreater(best.score, score) && id < best.id))
      best = { id, score };
  }
  return best?.id ?? null;
}

/** The first server-down (Sev A) case on a tier3 contract, preferring one a pod takes; null if none. */
export function serverDownPodCase(rows: readonly TraceRow[]): number | null {
  let fallback: number | null = null;
  for (const [id, list] of byCase(rows)) {
    const arrived = list.find((r) => r.event === 'arrived');
    if (arrived?.event !== 'arrived' || arrived.severity !== 'A' || arrived.contract !== 'tier3') continue;
    if (list.some((r) => r.event === 'taken' && r.place === 'pods')) return id;
    fallback ??= id;
  }
  return fallback;
}

function isGreater(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return false;
}

/**
 * An ordinary case for the quiet day: the first one a support engineer owns and consults the
 * technical lead on, else the first one a support engineer owns; null if none.
 */
export function ordinaryCase(rows: readonly TraceRow[]): number | null {
  let fallback: number | null = null;
  for (const [id, list] of byCase(rows)) {
    if (!list.some((r) => r.event === 'taken' && r.how === 'owner' && r.place.startsWith('se/'))) continue;
    if (list.some((r) => r.event === 'consult')) return id;
    fallback ??= id;
  }
  return fallback;
}

/**
 * A case the understaffed day sends up unseen: the first one arriving at or after `from`
 * (minutes) that goes to Problem Control by age before any support engineer took it; else the
 * first one escalated by age; null if none.
 */
export function unseenByAge(rows: readonly TraceRow[], from = 8 * 60): number | null {
  let fallback: number | null = null;
  for (const [id, list] of byCase(rows)) {
    const up = list.findIndex((r) => r.event === 'escalated' && r.reason === 'age');
    if (up < 0) continue;
    fallback ??= id;
    const seen = list.slice(0, up).some((r) => r.event === 'taken' && r.place.startsWith('se/'));
    if (!seen && list[0].at >= from) return id;
  }
  return fallback;
}
