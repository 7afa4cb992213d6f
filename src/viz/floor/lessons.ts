import type { TraceRow } from '../../sim/index.js';
import { hardestCase, serverDownPodCase } from './pick-case.js';

/** One entry of the "Show me" menu: a prepared teaching scenario and what to watch in it. */
export interface Lesson {
  /** File name under `scenarios/teach/` without `.json`; also the `?lesson=` value. */
  readonly id: string;
  /** The menu's words. */
  readonly title: string;
  /** The case to follow at once, or null. */
  readonly follow: (rows: readonly TraceRow[]) => number | null;
  /** Where the replay starts, minutes, when no case is followed (null: just before the first call). */
  readonly startAt: number | null;
  /** Speed to start at, simulated minutes per real second. */
  readonly speed: number;
}

/** The prepared lessons, in menu order. */
export const LESSONS: readonly Lesson[] = [
  { id: 'quiet-day', title: 'A quiet day', follow: () => null, startAt: null, speed: 10 },
  {
    id: 'server-down-pod',
    title: 'Server down: a Sev A case on a tier3 contract goes to a pod',
    follow: serverDownPodCase,
    startAt: null,
    speed: 10,
  },
  {
    id: 'hard-case-hotfix',
    title: 'A hard case climbs to an escalation engineer and waits for a hotfix',
    follow: hardestCase,
    startAt: null,
    speed: 60,
  },
  {
    id: 'understaffed-day',
    title: 'An understaffed day: the backlog spills into escalation services',
    follow: () => null,
    startAt: 8 * 60,
    speed: 60,
  },
];

/** Minutes shown before the first interesting row, so the trainer sees the case come in. */
export const LEAD_IN = 10;

/**
 * Where a lesson's replay starts: just before its followed case arrives, its own start, or the
 * first call (rows about people, case id 0, are no call).
 */
export function lessonStart(lesson: Lesson, rows: readonly TraceRow[], followed: number | null): number {
  const first = followed !== null && followed !== 0 ? rows.find((r) => r.caseId === followed) : undefined;
  if (first !== undefined) return Math.max(0, first.at - LEAD_IN);
  if (lesson.startAt !== null) return lesson.startAt;
  return Math.max(0, (rows.find((r) => r.caseId !== 0)?.at ?? 0) - LEAD_IN);
}
