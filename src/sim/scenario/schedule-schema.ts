import { z } from 'zod';
import { SHARE_SUM_TOLERANCE } from './domain.js';
import { accepting, fields, share, text } from './fields.js';
import { expected, isPlainObject, showNumber, unknownName } from './messages.js';
import { Rejection, select } from './select.js';

/** One shift of a schedule, in minutes of the day. */
export interface Shift {
  readonly name: string;
  /** Days the shift starts on: 0 = Monday .. 6 = Sunday, ascending. */
  readonly days: number[];
  /** Minutes after midnight the shift starts, 0..1439. */
  readonly startMinute: number;
  /** Minutes after midnight of its start day the shift ends; above 1440 when it runs past midnight. */
  readonly endMinute: number;
  /** Share of the pool's headcount working this shift; a schedule's shares sum to 1. */
  readonly share: number;
}

/** When a pool works: its name (`24x7`, `business`, a name from `schedules`, or `custom`) and shifts. */
export interface Schedule {
  readonly name: string;
  readonly shifts: Shift[];
}

const MINUTES_PER_DAY = 1440;
const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];

/** Schedules every scenario knows by name. */
export const BUILT_IN_SCHEDULES = ['24x7', 'business'] as const;

/** `24x7`: one shift, every day, all day. `business`: Monday to Friday, 08:00-17:00. */
export function builtInSchedule(name: (typeof BUILT_IN_SCHEDULES)[number]): Schedule {
  return name === '24x7'
    ? { name, shifts: [{ name, days: [...EVERY_DAY], startMinute: 0, endMinute: MINUTES_PER_DAY, share: 1 }] }
    : { name, shifts: [{ name, days: [0, 1, 2, 3, 4], startMinute: 8 * 60, endMinute: 17 * 60, share: 1 }] };
}

function isBuiltIn(name: string): name is (typeof BUILT_IN_SCHEDULES)[number] {
  return (BUILT_IN_SCHEDULES as readonly string[]).includes(name);
}

function dayIndex(name: string): number | undefined {
  const index = DAY_NAMES.findIndex((day) => day.toLowerCase() === name.trim().toLowerCase());
  return index >= 0 ? index : undefined;
}

/** Days from `"Mon-Fri"`, `"Sat,Sun"`, `["Mon","Tue"]` (ranges may wrap: `"Fri-Mon"`), or undefined. */
export function parseDays(raw: unknown): number[] | undefined {
  const parts = typeof raw === 'string' ? raw.split(',') : raw;
  if (!Array.isArray(parts) || parts.length === 0) return undefined;
  const days = new Set<number>();
  for (const part of parts) {
    if (typeof part !== 'string') return undefined;
    const ends = part.split('-').map(dayIndex);
    if (ends.length > 2 || ends.some((day) => day === undefined)) return undefined;
    const from = ends[0] as number;
    const to = (ends[1] ?? from) as number;
    for (let day = from; ; day = (day + 1) % 7) {
      days.add(day);
      if (day === to) break;
    }
  }
  return [...days].sort((a, b) => a - b);
}

/** Minutes after midnight for `"HH:MM"` (00:00..23:59; `"24:00"` too when `allowEndOfDay`). */
function parseClock(raw: unknown, allowEndOfDay: boolean): number | undefined {
  if (typeof raw !== 'string') return undefined;
  const match = /^(\d{1,2}):(\d{2})$/.exec(raw.trim());
  if (match === null) return undefined;
  const minute = Number(match[1]) * 60 + Number(match[2]);
  if (Number(match[2]) > 59 || minute > MINUTES_PER_DAY || (minute === MINUTES_PER_DAY && !allowEndOfDay)) {
    return undefined;
  }
  return minute;
}

function clock(allowEndOfDay: boolean) {
  const what = allowEndOfDay ? 'a time "HH:MM" from 00:00 to 24:00' : 'a time "HH:MM" from 00:00 to 23:59';
  return accepting(what, (v): v is string => parseClock(v, allowEndOfDay) !== undefined).transform(
    (v) => parseClock(v, allowEndOfDay) as number,
  );
}

const days = accepting(
  'days such as "Mon-Fri", "Sat,Sun" or ["Mon", "Tue"]',
  (v): v is string | string[] => parseDays(v) !== undefined,
).transform((v) => parseDays(v) as number[]);

/** A shift: `{ "name", "days": "Mon-Fri", "start": "08:00", "end": "17:00", "share": 1 }`; end <= start runs past midnight. */
const shift = fields({ name: text().optional(), days, start: clock(false), end: clock(true), share: share() });

/** `{ "shifts": [...] }`: at least one shift, shares summing to 1. */
export function shiftsSchema(name: string) {
  const list = z.array(shift, { error: (issue) => expected('a list of shifts', issue.input) });
  return fields({ shifts: list })
    .superRefine(({ shifts }, ctx) => {
      const total = shifts.reduce((sum, s) => sum + s.share, 0);
      if (shifts.length === 0) {
        ctx.addIssue({ code: 'custom', message: 'expected at least one shift, got none', path: ['shifts'], input: shifts });
      } else if (Math.abs(total - 1) > SHARE_SUM_TOLERANCE) {
        const message = `shares must sum to 1, got ${showNumber(total)}`;
        ctx.addIssue({ code: 'custom', message, path: ['shifts'], input: shifts });
      }
    })
    .transform(
      ({ shifts }): Schedule => ({
        name,
        shifts: shifts.map((s, i) => ({
          name: s.name ?? `shift ${i + 1}`,
          days: s.days,
          startMinute: s.start,
          endMinute: s.end <= s.start ? s.end + MINUTES_PER_DAY : s.end,
          share: s.share,
        })),
      }),
    );
}

/** Named schedules as parsed before the rest of the file (null: the definition has errors, reported there). */
export type NamedSchedules = ReadonlyMap<string, Schedule | null>;

/** Reads the `schedules` of a raw file on their own, so pools can refer to them by name. */
export function namedSchedules(raw: unknown): NamedSchedules {
  const named = new Map<string, Schedule | null>();
  if (!isPlainObject(raw)) return named;
  for (const [name, value] of Object.entries(raw)) {
    const result = shiftsSchema(name).safeParse(value);
    named.set(name, result.success ? result.data : null);
  }
  return named;
}

/** The top-level `schedules`: named `{ "shifts": [...] }` objects pools may refer to by name. */
export function schedulesSchema() {
  return z
    .record(z.string(), z.unknown(), { error: (issue) => expected('an object of named schedules', issue.input) })
    .transform((raw, ctx) => {
      const parsed: Record<string, Schedule> = {};
      for (const [name, value] of Object.entries(raw)) {
        if (isBuiltIn(name)) {
          ctx.addIssue({ code: 'custom', message: `"${name}" is a built-in schedule; choose another name`, path: [name], input: name });
          continue;
        }
        const result = z.safeParse(shiftsSchema(name), value, { reportInput: true });
        if (result.success) parsed[name] = result.data;
        else for (const issue of result.error.issues) ctx.addIssue({ ...issue, path: [name, ...issue.path] });
      }
      return parsed;
    })
    .default({});
}

/**
 * A pool's `schedule`: `"24x7"`, `"business"`, the name of one of the file's `schedules`,
 * or an inline `{ "shifts": [...] }`.
 */
export function scheduleField(named: NamedSchedules, fallback: (typeof BUILT_IN_SCHEDULES)[number]) {
  const constant = (schedule: Schedule) => z.unknown().transform(() => schedule);
  return select<Schedule>((raw) => {
    if (typeof raw === 'string') {
      if (isBuiltIn(raw)) return constant(builtInSchedule(raw));
      const schedule = named.get(raw);
      // A broken definition is reported where it is written; referring to it is not a second error.
      if (schedule !== undefined) return constant(schedule ?? { name: raw, shifts: [] });
      return new Rejection(unknownName('schedule', raw, 'schedules', [...BUILT_IN_SCHEDULES, ...named.keys()]));
    }
    if (isPlainObject(raw)) return shiftsSchema('custom');
    return new Rejection(expected('a schedule ("24x7", "business", a name from "schedules", or { "shifts": [...] })', raw));
  }).prefault(fallback);
}
