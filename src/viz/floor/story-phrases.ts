import type { TraceRow } from '../../sim/index.js';
import { caseFacts } from './case-facts.js';
import type { FloorDirectory } from './seats.js';

/** The phrases of a case's story (story.ts): who did what, in plain words. */

/** `Sev A (server down), XADM, tier3 contract, beta product`. */
export function arrivalText(row: TraceRow, specialty: string | null): string {
  const f = caseFacts(row);
  const parts = [
    f.severity === 'A'
      ? 'Sev A (server down)'
      : f.severity === '?'
        ? 'severity unknown'
        : `Sev ${f.severity}`,
  ];
  if (specialty !== null) parts.push(specialty);
  if (f.contract !== '?') parts.push(`${f.contract} contract`);
  if (f.beta) parts.push('beta product');
  if (f.sensitive) parts.push('politically sensitive');
  return parts.join(', ');
}

/**
 * The specialty a case belongs to (the arrival row does not say): the last SE queue it joined
 * (after any misroute), else the specialty of the pod engineer who took it in their own skill.
 */
export function specialtyOf(rows: readonly TraceRow[], floor: FloorDirectory): string | null {
  let found: string | null = null;
  for (const r of rows) if (r.event === 'queued') found = floor.placeSpecialty(r.place) ?? found;
  if (found !== null) return found;
  const pod = rows.find((r) => r.event === 'taken' && r.place === 'pods' && r.how !== 'crossSkill');
  return pod === undefined ? null : (floor.seat(pod.engineer)?.specialty ?? null);
}

/** Who a case waits for at a place: `an XADM support engineer`, `a technical router`... */
export function roleOf(place: string, floor: FloorDirectory): string {
  const specialty = floor.placeSpecialty(place);
  if (specialty !== null) return `${article(specialty)} ${specialty} support engineer`;
  if (place === 'router') return 'a technical router';
  if (place === 'pods') return 'a 3rd-tier pod engineer';
  if (place === 'beta') return 'a beta support engineer';
  if (place === 'problemControl') return 'a Problem Control SE';
  if (place === 'escalation') return 'an escalation engineer';
  if (place === 'productGroup') return 'the product group';
  // A consult's place is its TL's seat.
  if (floor.seat(place)?.pool === 'tl') return 'the technical lead';
  return place;
}

/** `an` before a vowel sound: acronyms by their spoken first letter (`an XADM`), words by their first letter. */
function article(word: string): string {
  const acronym = word.length > 1 && word === word.toUpperCase();
  return (acronym ? /^[AEFHILMNORSX]/ : /^[aeiou]/i).test(word) ? 'an' : 'a';
}

/**
 * `XADM 1·4 took it and owns it`, `Router 3 triaged it`... (engineers named by their seats) `previousOwner` names who had the
 * case before a handover ('' if unknown).
 */
export function takenText(
  row: Extract<TraceRow, { event: 'taken' }>,
  floor: FloorDirectory,
  previousOwner = '',
): string {
  const who = floor.name(row.engineer) || 'someone';
  const named = row.engineer !== '' && who !== row.engineer;
  const from = previousOwner === '' ? "its owner's shift" : `${floor.name(previousOwner)}'s shift`;
  const handover = `took it over at the end of ${from} (a handover: Sev A is worked around the clock), and owns it now`;
  if (row.place === 'router') return `${who} triaged it`;
  if (floor.placeSpecialty(row.place) !== null) {
    if (row.how === 'owner') return `${who} took it and owns it`;
    if (row.how === 'session') return `${who}, its owner, worked on it again`;
    if (row.how === 'handover') return `${who} ${handover}`;
    if (row.how === 'misrouted') return `${who} found it had come to the wrong specialty`;
    return `${who} took it`;
  }
  if (row.place === 'pods') {
    const pod = floor.seat(row.engineer)?.pod ?? null;
    const crossSkill = row.how === 'crossSkill' ? ', outside their specialty' : '';
    // A seat's name already says its pod (`Pod 2 XCON 1`).
    return `${who}${pod !== null && !named ? ` of pod ${pod}` : ''} took it${crossSkill}`;
  }
  // A seat's name already says its desk (`PC 2`, `EE 9`); an id alone gets the desk's name first.
  const desk = named
    ? who
    : row.place === 'beta'
      ? `beta SE ${who}`
      : row.place === 'problemControl'
        ? `Problem Control SE ${who}`
        : row.place === 'escalation'
          ? `escalation engineer ${who}`
          : who;
  // Beta, Problem Control and EEs own a case they work in several sessions, as SEs do.
  if (row.how === 'owner') return `${desk} took it and owns it`;
  if (row.how === 'session') return `${desk}, its owner, worked on it again`;
  if (row.how === 'handover') return `${desk} ${handover}`;
  return `${desk} took it`;
}

/** `escalated to Problem Control: too hard for tier 1 (difficulty)`; `from` is where the case was. */
export function escalatedText(row: Extract<TraceRow, { event: 'escalated' }>, from: string): string {
  const to =
    row.place === 'escalation'
      ? 'an escalation engineer'
      : row.place === 'problemControl'
        ? 'Problem Control'
        : row.place;
  if (row.reason === 'age') return `escalated to ${to} (age: open longer than the escalation limit)`;
  return `escalated to ${to}: too hard for ${tierName(from)} (difficulty)`;
}

function tierName(place: string): string {
  if (place === 'pods') return 'the 3rd-tier pod';
  if (place === 'beta') return 'the beta desk';
  if (place === 'problemControl') return 'Problem Control';
  return 'tier 1';
}

/** `resolved by XADM 1·4` (the engineer id `engineer` named by its seat), or at triage, or by the product group's hotfix. */
export function resolvedText(row: TraceRow, engineer: string, floor: FloorDirectory): string {
  if (row.place === 'productGroup') return 'resolved: the product group released the hotfix';
  if (row.place === 'router')
    return `resolved by ${floor.name(engineer) || 'the router'} at triage (a released fix, a redirect, or out of scope)`;
  return `resolved by ${floor.name(engineer) || roleOf(row.place, floor)}`;
}
