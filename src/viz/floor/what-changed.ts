import type { TraceRow } from '../../sim/index.js';
import { caseFacts } from './case-facts.js';
import { firstResponseIndex, type ResponseTarget } from './case-verdicts.js';
import { clockText, durationText } from './clock.js';
import type { FloorDirectory } from './seats.js';
import { roleOf } from './story-phrases.js';

/** Places in the order a case climbs them, for the furthest it went. */
const CLIMB = ['arrival', 'router', 'se/', 'pods', 'beta', 'problemControl', 'escalation', 'productGroup'];

/** What happened to a case in one run, in words, one field a line. */
export interface CaseOutcome {
  readonly firstResponse: string;
  readonly furthest: string;
  readonly outcome: string;
  readonly open: string;
}

/** The outcome of a case from its rows, in a run that ends at `endAt` (minutes). */
export function caseOutcome(
  rows: readonly TraceRow[],
  endAt: number,
  target: ResponseTarget | null,
  floor: FloorDirectory,
): CaseOutcome {
  const arrived = rows.find((r) => r.event === 'arrived');
  const from = arrived?.at ?? rows[0]?.at ?? 0;
  const facts = caseFacts(arrived);
  const first = rows[firstResponseIndex(rows)];
  let firstResponse = 'none';
  if (first !== undefined) {
    const minutes = first.at - from;
    const sla =
      target === null || facts.severity === '?' || facts.contract === '?'
        ? ''
        : minutes <= target(facts.severity, facts.contract)
          ? ', SLA met'
          : ', SLA missed';
    firstResponse = `after ${durationText(minutes)} (${first.engineer}${sla})`;
  }
  const reached = rows.reduce((best, r) => Math.max(best, climbOf(r)), 0);
  const furthest = reached <= 0 ? 'the arrivals' : roleOf(furthestPlace(rows, reached), floor);
  const last = rows[rows.length - 1];
  const left = last?.event === 'resolved' || last?.event === 'abandoned' ? last : undefined;
  const lastEngineer = [...rows].reverse().find((r) => r.event === 'taken')?.engineer ?? '';
  const outcome =
    left === undefined
      ? 'still open at the end of the run'
      : left.event === 'abandoned'
        ? `the caller hung up, ${clockText(left.at)}`
        : left.place === 'productGroup'
          ? `resolved ${clockText(left.at)} by the product group's hotfix`
          : `resolved ${clockText(left.at)} by ${floor.name(left.engineer || lastEngineer) || roleOf(left.place, floor)}`;
  const open = `${durationText((left?.at ?? endAt) - from)}${left === undefined ? ' so far' : ''}`;
  return { firstResponse, furthest, outcome, open };
}

/**
 * What changed for a case between the lesson's run and its what-if, one line a field:
 * `Resolved: Tue 16:40 by the product group's hotfix → Thu 16:40 by the product group's hotfix`,
 * or `First response: after 6 min (se/XADM/t1/7, SLA met), the same`.
 */
export function whatChanged(before: CaseOutcome, after: CaseOutcome): string[] {
  const fields: Array<[keyof CaseOutcome, string]> = [
    ['firstResponse', 'First response'],
    ['furthest', 'Climbed to'],
    ['outcome', 'Outcome'],
    ['open', 'Open for'],
  ];
  return fields.map(([k, label]) =>
    before[k] === after[k] ? `${label}: ${before[k]}, the same` : `${label}: ${before[k]} → ${after[k]}`,
  );
}

function climbOf(r: TraceRow): number {
  if (r.event !== 'queued' && r.event !== 'taken' && r.event !== 'hotfixWait') return 0;
  return CLIMB.findIndex((p) => (p.endsWith('/') ? r.place.startsWith(p) : r.place === p));
}

function furthestPlace(rows: readonly TraceRow[], rank: number): string {
  return rows.find((r) => climbOf(r) === rank)!.place;
}
