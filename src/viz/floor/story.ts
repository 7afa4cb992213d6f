import type { TraceRow } from '../../sim/index.js';
import { caseFacts } from './case-facts.js';
import {
  firstResponseIndex,
  hotfixClosedText,
  responseVerdict,
  targetPassedText,
  targetPassesAt,
  type StoryVerdicts,
} from './case-verdicts.js';
import { clockText, dayOf, durationText, timeOfDay } from './clock.js';
import { PERSON_ROW } from './floor-state.js';
import type { FloorDirectory } from './seats.js';
import { arrivalText, escalatedText, resolvedText, roleOf, specialtyOf, takenText } from './story-phrases.js';

export { roleOf };

/** One line of a case's story. */
export interface StoryLine {
  /** Minutes since the start of the run. */
  readonly at: number;
  /** `Mon 09:12` on the first line and when the day changes, else `09:14`. */
  readonly when: string;
  readonly text: string;
  /** A verdict of the story rather than a row: the SLA met or missed, or a note on who resolved it. */
  readonly verdict?: 'met' | 'missed' | 'note';
}

/** Options of {@link caseStory}. */
export interface StoryOptions {
  /** Tell only rows at or before this time, minutes (default: all). */
  readonly upTo?: number;
  /** Tell only the case's first `told` rows (default: all): a step may stop between rows of one minute. */
  readonly told?: number;
  /**
   * Judge the case as well (default: tell the rows alone): the SLA verdict of its first response
   * (or its target passing with nobody on it), and who resolved a case closed by a hotfix.
   */
  readonly verdicts?: StoryVerdicts;
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
 * about people (case id 0) are left out. A Sev A case handed over at its owner's shift end is
 * told as such, naming both owners.
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
  const out: Array<{ at: number; text: string; verdict?: StoryLine['verdict'] }> = [];
  const say = (at: number, text: string, verdict?: StoryLine['verdict']) =>
    out.push(verdict === undefined ? { at, text } : { at, text, verdict });
  const judge = judgeOf(rows, options.verdicts, say);
  let queuedAt = rows[0]?.at ?? 0;
  let queuedFor = '';
  let place = 'arrival';
  let lastEngineer = '';
  /** Who owns the case (the owner a follow-up session waits for), '' before anyone does. */
  let owner = '';
  /** The owner before a handover, to name at the taking over. */
  let handedFrom = '';
  rows.forEach((row, i) => {
    if (row.at > upTo || i >= told) return;
    judge.before(row.at);
    const next = rows[i + 1];
    const previous = rows[i - 1];
    switch (row.event) {
      case 'arrived':
        say(row.at, `arrived: ${arrivalText(row, specialty)}`);
        queuedAt = row.at;
        break;
      case 'queued': {
        queuedAt = row.at;
        queuedFor = row.forOwner ? 'its owner' : roleOf(row.place, floor);
        place = row.place;
        if (row.forOwner && row.engineer !== '') owner = row.engineer;
        const takenAtOnce = next !== undefined && next.event === 'taken' && next.at === row.at;
        // A session ready for its owner, put back in the shared queue: the owner's shift is over (Sev A only).
        const handover = !row.forOwner && previous?.event === 'queued' && previous.forOwner;
        const handoverNext = next?.event === 'queued' && !next.forOwner && row.forOwner && next.at === row.at;
        if (handover) {
          handedFrom = owner;
          say(row.at, handoverText(floor.name(owner), previous.at === row.at, queuedFor));
        } else if (row.forOwner && !takenAtOnce && !handoverNext)
          say(
            row.at,
            `ready for another session, waiting for its owner${row.engineer ? ` ${floor.name(row.engineer)}` : ''}`,
          );
        else if (!row.forOwner && row.place !== 'router' && !takenAtOnce)
          say(row.at, `queued for ${queuedFor}`);
        break;
      }
      case 'taken': {
        const waited = row.at - queuedAt;
        if (queuedFor !== '' && waited >= WORTH_TELLING)
          say(row.at, `waited ${durationText(waited)} for ${queuedFor}`);
        queuedFor = '';
        place = row.place;
        lastEngineer = row.engineer;
        say(row.at, takenText(row, floor, row.how === 'handover' ? handedFrom : ''));
        if (row.how === 'owner' || row.how === 'session' || row.how === 'handover') owner = row.engineer;
        break;
      }
      case 'consult':
        say(row.at, `consulted the technical lead (${floor.name(row.engineer)})`);
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
        say(row.at, `${floor.name(row.engineer) || 'its engineer'} sent it on to the right specialty`);
        break;
      case 'escalated':
        say(row.at, escalatedText(row, place));
        break;
      case 'returned':
        say(
          row.at,
          `${floor.name(row.engineer) || 'its engineer'} handed it back down to ${roleOf(row.place, floor)} to close`,
        );
        break;
      case 'hotfixWait':
        place = 'productGroup';
        say(row.at, 'waiting for a hotfix from the product group');
        break;
      case 'resolved':
        say(row.at, resolvedText(row, row.engineer || lastEngineer, floor));
        if (row.place === 'productGroup') judge.closedByHotfix(row.at, floor.name(lastEngineer));
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
        say(row.at, `${row.event} at ${row.place}${row.engineer ? ` (${floor.name(row.engineer)})` : ''}`);
    }
    judge.after(i, row.at);
  });
  judge.before(Math.min(upTo, options.verdicts?.now ?? Infinity));
  return out.map((line, i) => ({
    ...line,
    when: i === 0 || dayOf(line.at) !== dayOf(out[i - 1].at) ? clockText(line.at) : timeOfDay(line.at),
  }));
}

/** `se/XADM/t1/4's shift is over: ...` at the row that puts an owned Sev A case back in the shared queue. */
function handoverText(owner: string, atOnce: boolean, role: string): string {
  const who = owner === '' ? 'its owner' : owner;
  const why = atOnce
    ? `ready for another session, but ${who} is off shift`
    : `${who}'s shift ended while it waited for them`;
  return `${why}: a Sev A case does not wait for its owner's next shift, so it goes back to the queue for ${role} on duty`;
}

/** The verdict lines of a story, told as its rows go by (all no-ops without `verdicts`). */
function judgeOf(
  rows: readonly TraceRow[],
  verdicts: StoryVerdicts | undefined,
  say: (at: number, text: string, verdict: StoryLine['verdict']) => void,
) {
  const facts = caseFacts(rows.find((r) => r.event === 'arrived'));
  const arrivedAt = rows.find((r) => r.event === 'arrived')?.at ?? rows[0]?.at ?? 0;
  const first = verdicts === undefined ? -1 : firstResponseIndex(rows);
  let passesAt = verdicts === undefined ? null : targetPassesAt(rows, facts, verdicts.target);
  return {
    /** Tells the target passing unanswered, once the story reaches `at` (minutes). */
    before(at: number): void {
      if (passesAt === null || passesAt > at || verdicts === undefined || verdicts.target === null) return;
      say(passesAt, targetPassedText(facts, verdicts.target), 'missed');
      passesAt = null;
    },
    /** After row `i`: the SLA verdict of the first response. */
    after(i: number, at: number): void {
      if (i !== first) return;
      const v = responseVerdict(at - arrivedAt, facts, verdicts?.target ?? null);
      say(at, v.text, v.verdict ?? 'note');
    },
    closedByHotfix(at: number, provedBy: string): void {
      if (verdicts !== undefined) say(at, hotfixClosedText(provedBy), 'note');
    },
  };
}
