import type { TraceRow } from '../../sim/index.js';
import { caseFacts } from './case-facts.js';
import { clockText, dayOf, durationText, timeOfDay } from './clock.js';

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
  /** The scenario's specialties, to name the case's specialty at arrival. */
  readonly specialties?: readonly string[];
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
 * `Tue 11:12 — escalated to Problem Control: too hard for tier 1 (difficulty)`.
 * Rows it does not know are told as `<event> at <place>`; rows about people (case id 0) are left out.
 */
export function caseStory(allRows: readonly TraceRow[], options: StoryOptions = {}): StoryLine[] {
  // Rows about people (case id 0: time away) are no part of any case's story.
  const rows = allRows.filter((r) => r.caseId !== 0);
  const upTo = options.upTo ?? Infinity;
  const specialty = specialtyOf(rows, options.specialties ?? []);
  const out: Array<{ at: number; text: string }> = [];
  const say = (at: number, text: string) => out.push({ at, text });
  let queuedAt = rows[0]?.at ?? 0;
  let queuedFor = '';
  let place = 'arrival';
  let lastEngineer = '';
  rows.forEach((row, i) => {
    if (row.at > upTo) return;
    const next = rows[i + 1];
    switch (row.event) {
      case 'arrived':
        say(row.at, `arrived: ${arrivalText(row, specialty, options.specialties ?? [])}`);
        queuedAt = row.at;
        break;
      case 'queued': {
        queuedAt = row.at;
        const forOwner = row.detail === 'for owner';
        queuedFor = forOwner ? 'its owner' : roleOf(row.place);
        place = row.place;
        const takenAtOnce = next !== undefined && next.event === 'taken' && next.at === row.at;
        if (forOwner && !takenAtOnce)
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
        say(row.at, takenText(row));
        break;
      }
      case 'consult':
        say(row.at, `consulted the technical lead ${row.engineer}`);
        break;
      case 'customerWait':
        say(row.at, 'waiting on the customer');
        queuedAt = row.at;
        break;
      case 'transferred':
        say(row.at, `${row.engineer || 'its engineer'} sent it on to the right specialty`);
        break;
      case 'escalated':
        say(row.at, escalatedText(row, place));
        break;
      case 'hotfixWait':
        place = 'productGroup';
        say(row.at, 'waiting for a hotfix from the product group');
        break;
      case 'resolved':
        say(row.at, resolvedText(row, row.engineer || lastEngineer));
        break;
      case 'abandoned':
        say(
          row.at,
          `hung up after waiting ${durationText(row.at - queuedAt)} for ${roleOf(row.place || 'router')}`,
        );
        break;
      default:
        say(
          row.at,
          `${row.event} at ${row.place}${row.engineer ? ` (${row.engineer})` : ''}${row.detail ? `: ${row.detail}` : ''}`,
        );
    }
  });
  return out.map((line, i) => ({
    at: line.at,
    when: i === 0 || dayOf(line.at) !== dayOf(out[i - 1].at) ? clockText(line.at) : timeOfDay(line.at),
    text: line.text,
  }));
}

function arrivalText(row: TraceRow, specialty: string | null, specialties: readonly string[]): string {
  const f = caseFacts(row, specialties);
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
 * The specialty a case belongs to: named at arrival, else the last SE queue it joined (after
 * any misroute), else the specialty of the pod engineer who took it in their own skill.
 */
function specialtyOf(rows: readonly TraceRow[], specialties: readonly string[]): string | null {
  const named = caseFacts(
    rows.find((r) => r.event === 'arrived'),
    specialties,
  ).specialty;
  if (named !== null) return named;
  let found: string | null = null;
  for (const r of rows) {
    if (r.event === 'queued' && r.place.startsWith('se/')) found = r.place.slice(3);
  }
  if (found !== null) return found;
  const pod = rows.find((r) => r.event === 'taken' && r.place === 'pods' && r.detail !== 'cross-skill');
  return pod?.engineer.split('/')[2] ?? null;
}

/** Who a case waits for at a place: `an XADM support engineer`, `a technical router`... */
export function roleOf(place: string): string {
  if (place === 'router') return 'a technical router';
  if (place.startsWith('se/')) {
    const name = place.slice(3);
    return `${article(name)} ${name} support engineer`;
  }
  if (place === 'pods') return 'a 3rd-tier pod engineer';
  if (place === 'beta') return 'a beta support engineer';
  if (place === 'problemControl') return 'a Problem Control SE';
  if (place === 'escalation') return 'an escalation engineer';
  if (place === 'productGroup') return 'the product group';
  if (place.startsWith('tl/')) return 'the technical lead';
  return place;
}

/** `an` before a vowel sound: acronyms by their spoken first letter (`an XADM`), words by their first letter. */
function article(word: string): string {
  const acronym = word.length > 1 && word === word.toUpperCase();
  return (acronym ? /^[AEFHILMNORSX]/ : /^[aeiou]/i).test(word) ? 'an' : 'a';
}

function takenText(row: TraceRow): string {
  const who = row.engineer || 'someone';
  if (row.place === 'router') return `${who} triaged it`;
  if (row.place.startsWith('se/')) {
    if (row.detail === 'owner') return `${who} took it and owns it`;
    if (row.detail === 'session') return `${who}, its owner, worked on it again`;
    if (row.detail === 'misrouted') return `${who} found it had come to the wrong specialty`;
    return `${who} took it`;
  }
  if (row.place === 'pods') {
    const pod = /^pods\/p(\d+)\//.exec(row.engineer)?.[1];
    const crossSkill = row.detail === 'cross-skill' ? ', outside their specialty' : '';
    return `${who}${pod ? ` of pod ${pod}` : ''} took it${crossSkill}`;
  }
  if (row.place === 'beta') return `beta SE ${who} took it`;
  if (row.place === 'problemControl') return `Problem Control SE ${who} took it`;
  if (row.place === 'escalation') return `escalation engineer ${who} took it`;
  return `${who} took it`;
}

function escalatedText(row: TraceRow, from: string): string {
  const to =
    row.place === 'escalation'
      ? 'an escalation engineer'
      : row.place === 'problemControl'
        ? 'Problem Control'
        : row.place;
  if (row.detail === 'age') return `escalated to ${to} (age: open longer than the escalation limit)`;
  if (row.detail === 'difficulty') return `escalated to ${to}: too hard for ${tierName(from)} (difficulty)`;
  return `escalated to ${to}${row.detail ? ` (${row.detail})` : ''}`;
}

function tierName(place: string): string {
  if (place === 'pods') return 'the 3rd-tier pod';
  if (place === 'beta') return 'the beta desk';
  if (place === 'problemControl') return 'Problem Control';
  return 'tier 1';
}

function resolvedText(row: TraceRow, engineer: string): string {
  if (row.place === 'productGroup') return 'resolved: the product group released the hotfix';
  if (row.place === 'router')
    return `resolved by ${engineer || 'the router'} at triage (a released fix, a redirect, or out of scope)`;
  return `resolved by ${engineer || roleOf(row.place)}`;
}
