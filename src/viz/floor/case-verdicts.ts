import type { Contract, Scenario, Severity, TraceRow } from '../../sim/index.js';
import { firstResponseTarget } from '../../sim/scenario/index.js';
import type { CaseFacts } from './case-facts.js';
import { durationText } from './clock.js';

/** A case's first-response target, minutes, for its severity and contract. */
export type ResponseTarget = (severity: Severity, contract: Contract) => number;

/** What a story needs to judge its case (see `caseStory`'s `verdicts`). */
export interface StoryVerdicts {
  /** The scenario's first-response targets, or null when the trace comes without its scenario. */
  readonly target: ResponseTarget | null;
  /** The replayed time, minutes: a target that passes with nobody on the case is told when it passes. */
  readonly now?: number;
}

/** The first-response targets of a scenario (`sla.firstResponseByContract`, else `sla.firstResponse`), as the model judges them. */
export function scenarioTargets(scenario: Scenario): ResponseTarget {
  return (severity, contract) => firstResponseTarget(scenario.sla, severity, contract);
}

/**
 * Index of a case's first response among its rows, or -1: the first time an engineer takes it
 * to work on it, as the model counts it (recorder.firstResponse): an SE's first session, a pod
 * member, a beta SE, Problem Control or an escalation engineer; a router only when the router
 * closes the call itself; never an SE who finds it is the wrong specialty.
 */
export function firstResponseIndex(rows: readonly TraceRow[]): number {
  const closedAtTriage = rows.some((r) => r.event === 'resolved' && r.place === 'router');
  return rows.findIndex(
    (r) =>
      r.event === 'taken' &&
      r.how !== 'misrouted' &&
      (r.place === 'router' ? closedAtTriage && r.how === 'triage' : true),
  );
}

/** `Sev B, standard contract`. */
function whose(facts: CaseFacts): string {
  return `Sev ${facts.severity}, ${facts.contract} contract`;
}

/**
 * The SLA verdict of a first response `minutes` after arrival: `first response after 6 min,
 * within its 2 h target (Sev B, standard contract): SLA met`; without a target, the wait alone.
 */
export function responseVerdict(
  minutes: number,
  facts: CaseFacts,
  target: ResponseTarget | null,
): { text: string; verdict: 'met' | 'missed' | null } {
  const after = `first response after ${durationText(minutes)}`;
  if (target === null || facts.severity === '?' || facts.contract === '?')
    return { text: `${after} (no SLA target known without the scenario)`, verdict: null };
  const t = target(facts.severity, facts.contract);
  const met = minutes <= t;
  return {
    text: `${after}, ${met ? 'within' : 'over'} its ${durationText(t)} target (${whose(facts)}): SLA ${met ? 'met' : 'missed'}`,
    verdict: met ? 'met' : 'missed',
  };
}

/**
 * When a case's first-response target passes with nobody on it yet (arrival + target,
 * minutes), or null: answered in time, no target known, or gone before it passed.
 */
export function targetPassesAt(
  rows: readonly TraceRow[],
  facts: CaseFacts,
  target: ResponseTarget | null,
): number | null {
  const arrived = rows.find((r) => r.event === 'arrived');
  if (arrived === undefined || target === null || facts.severity === '?' || facts.contract === '?')
    return null;
  const deadline = arrived.at + target(facts.severity, facts.contract);
  const first = rows[firstResponseIndex(rows)];
  if (first !== undefined && first.at <= deadline) return null;
  // A caller who hung up for good before the deadline is not waiting for anyone.
  const last = rows[rows.length - 1];
  const gone = (last.event === 'abandoned' || last.event === 'resolved') && last.at < deadline;
  return gone ? null : deadline;
}

/** The line told when the target passes unanswered. */
export function targetPassedText(facts: CaseFacts, target: ResponseTarget): string {
  const t = facts.severity === '?' || facts.contract === '?' ? 0 : target(facts.severity, facts.contract);
  return `its ${durationText(t)} first-response target (${whose(facts)}) passed with no engineer on it yet: SLA missed`;
}

/**
 * Who resolved a case closed by a hotfix: nobody in support; the product group's release
 * closes it. `provedBy` is the engineer who last worked on it (the escalation engineer who
 * proved the bug), '' if unknown.
 */
export function hotfixClosedText(provedBy: string): string {
  const who = provedBy === '' ? 'an escalation engineer' : provedBy;
  return (
    `resolved by the product group: its hotfix closed the case; nobody in support worked on it after ` +
    `${who} proved the bug and asked for the fix`
  );
}
