import type { TraceRow } from '../../sim/index.js';
import { caseFacts } from './case-facts.js';
import { clockText, dayOf, durationText, timeOfDay } from './clock.js';
import { PERSON_ROW } from './floor-state.js';
import type { FloorDirectory } from './seats.js';

/** One line of a case's story. */
export interface StoryLine {
  /** Minutes since the start of the run. */
  readonly at: number;
  /** `Mon 09:12` on the first line and when the day changes, else `09:14`. */
  readonly when: string;
  readonly text: string;
}

/** Options of {@link caseStory}. */
export interface StoryOptions {
  /** Tell only rows at or before this time, minutes (default: all). */
  readonly upTo?: number;
  /** Tell only the case's first `told` rows (default: all): a step may stop between rows of one minute. */
  readonly told?: number;
}

/** `Mon 09:12 — arrived: ...`. */
export function storyLineText(line: StoryLine): string {
  return `${line.when} — ${line.text}`;
}

/** Waits shorter than this (minutes) are not worth a line. */
const WORTH_TELLING = 1;

/**
 * A case's story in plain words from its trace rows (in time order), e.g.
 * `Mon 09:12 — arrived: Sev B, XADM, standard contract`, `09:14 — router/3 triaged it`,
 * `Tue 11:12 — escalated to Problem Control: too hard for tier 1 (difficulty)`. Seats and SE
 * places are looked up in `floor`. Rows it does not know are told as `<event> at <place>`; rows
 * about people (case id 0) are left out.
 */
export function caseStory(
  allRows: readonly TraceRow[],
  floor: FloorDirectory,
  options: StoryOptions = {},
): StoryLine[] {
  // Rows about people (case id 0: time away) are no part of any case's story.
  const rows = allRows.filter((r) => r.caseId !== PERSON_ROW);
  const upTo = options.upTo ?? Infinity;
  const told = options.told ?? Infinity;
  const specialty = specialtyOf(rows, floor);
  const out: Array<{ at: number; text: string }> = [];
  const say = (at: number, text: string) => out.push({ at, text });
  let queuedAt = rows[0]?.at ?? 0;
  let queuedFor = '';
  let place = 'arrival';
  let lastEngineer = '';
  rows.forEach((row, i) => {
    if (row.at > upTo || i >= told) return;
    const next = rows[i + 1];
    switch (row.event) {
      case 'arrived':
        say(row.at, `arrived: ${arrivalText(row, specialty)}`);
        queuedAt = row.at;
        break;
      case 'queued': {
        queuedAt = row.at;
        queuedFor = row.forOwner ? 'its owner' : roleOf(row.place, floor);
        place = row.place;
        const takenAtOnce = next !== undefined && next.event === 'taken' && next.at === row.at;
        if (row.forOwner && !takenAtOnce)
          say(
            row.at,
            `ready for another session, waiting for its owner${row.engineer ? ` ${row.engineer}` : ''}`,
          );
        else if (row.place !== 'router' && !takenAtOnce) say(row.at, `queued for ${queuedFor}`);
        break;
      }
      case 'taken': {
        const waited = row.at - queuedAt;
        if (queuedFor !== '' && waited >= WORTH_TELLING)
          say(row.at, `waited ${durationText(waited)} for ${queuedFor}`);
        queuedFor = '';
        place = row.place;
        lastEngineer = row.engineer;
        say(row.at, takenText(row, floor));
        break;
      }
      case 'consult':
        say(row.at, `consulted the technical lead ${row.engineer}`);
        break;
      case 'customerWait':
        say(
          row.at,
          floor.placeSpecialty(row.place) !== null
            ? 'waiting on the customer'
            : 'waiting on the customer or the product group (a dump, a private build, a repro)',
        );
        queuedAt = row.at;
        break;
      case 'transferred':
        say(row.at, `${row.engineer || 'its engineer'} sent it on to the right specialty`);
        break;
      case 'escalated':
        say(row.at, escalatedText(row, place));
        break;
      case 'returned':
        say(
          row.at,
          `${row.engineer || 'its engineer'} handed it back down to ${roleOf(row.place, floor)} to close`,
        );
        break;
      case 'hotfixWait':
        place = 'productGroup';
        say(row.at, 'waiting for a hotfix from the product group');
        break;
      case 'resolved':
        say(row.at, resolvedText(row, row.engineer || lastEngineer, floor));
        break;
      case 'abandoned':
        say(
          row.at,
          `hung up after waiting ${durationText(row.at - queuedAt)} for ${roleOf(row.place || 'router', floor)}`,
        );
        break;
      case 'calledBack':
        // Its `queued` row follows at the same minute; the wait is told from here.
        say(row.at, `called back (call ${row.call})`);
        queuedAt = row.at;
        break;
      default:
        say(row.at, `${row.event} at ${row.place}${row.engineer ? ` (${row.engineer})` : ''}`);
    }
  });
  return out.map((line, i) => ({
    at: line.at,
    when: i === 0 || dayOf(line.at) !== dayOf(out[i - 1].at) ? clockText(line.at) : timeOfDay(line.at),
    text: line.text,
  }));
}

function arrivalText(row: TraceRow, specialty: string | null): string {
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
function specialtyOf(rows: readonly TraceRow[], floor: FloorDirectory): string | null {
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

function takenText(row: Extract<TraceRow, { event: 'taken' }>, floor: FloorDirectory): string {
  const who = row.engineer || 'someone';
  if (row.place === 'router') return `${who} triaged it`;
  if (floor.placeSpecialty(row.place) !== null) {
    if (row.how === 'owner') return `${who} took it and owns it`;
    if (row.how === 'session') return `${who}, its owner, worked on it again`;
    if (row.how === 'handover') return `${who} took it over at the end of its owner's shift, and owns it`;
    if (row.how === 'misrouted') return `${who} found it had come to the wrong specialty`;
    return `${who} took it`;
  }
  if (row.place === 'pods') {
    const pod = floor.seat(row.engineer)?.pod ?? null;
    const crossSkill = row.how === 'crossSkill' ? ', outside their specialty' : '';
    return `${who}${pod !== null ? ` of pod ${pod}` : ''} took it${crossSkill}`;
  }
  const desk =
    row.place === 'beta'
      ? `beta SE ${who}`
      : row.place === 'problemControl'
        ? `Problem Control SE ${who}`
        : row.place === 'escalation'
          ? `escalation engineer ${who}`
          : who;
  // Beta, Problem Control and EEs own a case they work in several sessions, as SEs do.
  if (row.how === 'owner') return `${desk} took it and owns it`;
  if (row.how === 'session') return `${desk}, its owner, worked on it again`;
  if (row.how === 'handover') return `${desk} took it over at the end of its owner's shift, and owns it`;
  return `${desk} took it`;
}

function escalatedText(row: Extract<TraceRow, { event: 'escalated' }>, from: string): string {
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

function resolvedText(row: TraceRow, engineer: string, floor: FloorDirectory): string {
  if (row.place === 'productGroup') return 'resolved: the product group released the hotfix';
  if (row.place === 'router')
    return `resolved by ${engineer || 'the router'} at triage (a released fix, a redirect, or out of scope)`;
  return `resolved by ${engineer || roleOf(row.place, floor)}`;
}
