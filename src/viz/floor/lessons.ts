import type { TraceRow } from '../../sim/index.js';
import type { GuideStep } from './lesson-guide.js';
import { GUIDES } from './lesson-guides.js';
import { hardestCase, ordinaryCase, serverDownPodCase, unseenByAge } from './pick-case.js';
import { WHAT_IFS, type WhatIf } from './what-ifs.js';

/** One entry of the "Show me" menu: a prepared teaching scenario and what to watch in it. */
export interface Lesson {
  /** File name under `scenarios/teach/` without `.json`; also the `?lesson=` value. */
  readonly id: string;
  /** The menu's words. */
  readonly title: string;
  /** What to watch, in two or three sentences (the scenario's description is there too, folded). */
  readonly summary: string;
  /** The case to follow at once, or null. */
  readonly follow: (rows: readonly TraceRow[]) => number | null;
  /** Where the replay starts, minutes, when no case is followed (null: just before the first call). */
  readonly startAt: number | null;
  /** Speed to start at, simulated minutes per real second. */
  readonly speed: number;
  /** The guided script: steps to click through, each with what to point at and a question. */
  readonly guide: readonly GuideStep[];
  /** The lesson's one change to replay the same day with. */
  readonly whatIf: WhatIf;
}

/** The prepared lessons, in menu order. */
export const LESSONS: readonly Lesson[] = [
  {
    id: 'quiet-day',
    title: 'A quiet day',
    summary:
      'An ordinary Monday with few calls. Follow one case from the router to its owner, a consult with the ' +
      'team lead and the waits on the customer: almost nobody queues, yet most cases are still open at midnight.',
    follow: ordinaryCase,
    startAt: null,
    speed: 10,
  },
  {
    id: 'server-down-pod',
    title: 'Server down: a Sev A case on a tier3 contract goes to a pod',
    summary:
      'At 09:30 a server-down call from a 3rd-tier customer skips the routers and the support engineers: a ' +
      'pod takes it at once. Compare it with the ordinary cases of the same morning.',
    follow: serverDownPodCase,
    startAt: null,
    speed: 10,
  },
  {
    id: 'hard-case-hotfix',
    title: 'A hard case climbs to an escalation engineer and waits for a hotfix',
    summary:
      'Case 5 climbs the whole ladder: a router, its support engineer, Problem Control, an escalation ' +
      'engineer, then a day waiting for a hotfix from the product group.',
    follow: hardestCase,
    startAt: null,
    speed: 60,
  },
  {
    id: 'understaffed-day',
    title: 'An understaffed day: the backlog spills into escalation services',
    summary:
      'Each support team has 3 of its 14 engineers. Watch the queues grow, and old cases go up to Problem ' +
      'Control by age before anyone has looked at them.',
    follow: unseenByAge,
    startAt: 8 * 60,
    speed: 60,
  },
].map((l) => ({ ...l, guide: GUIDES[l.id] ?? [], whatIf: WHAT_IFS[l.id] }));

/** Minutes shown before the first interesting row, so the trainer sees the case come in. */
export const LEAD_IN = 10;

/**
 * Where a lesson's replay starts: its own start if it has one, else just before its followed
 * case arrives, else just before the first call (rows about people, case id 0, are no call).
 */
export function lessonStart(lesson: Lesson, rows: readonly TraceRow[], followed: number | null): number {
  if (lesson.startAt !== null) return lesson.startAt;
  const first = followed !== null && followed !== 0 ? rows.find((r) => r.caseId === followed) : undefined;
  if (first !== undefined) return Math.max(0, first.at - LEAD_IN);
  return Math.max(0, (rows.find((r) => r.caseId !== 0)?.at ?? 0) - LEAD_IN);
}
