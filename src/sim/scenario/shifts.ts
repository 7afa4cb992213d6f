import { SHARE_SUM_TOLERANCE } from './domain.js';
import { accepting, fields, listOf, numberAtMost, share, text } from './fields.js';
import { LIMITS } from './limits.js';
import { showNumber } from './messages.js';

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

export const MINUTES_PER_DAY = 1440;
/** Days of the week as scenarios, traces and pages write them; index 0 is Monday, as on the clock. */
export const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

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

/** A time of day field, `"HH:MM"`, parsed to minutes after midnight; `"24:00"` too when `allowEndOfDay`. */
export function clock(allowEndOfDay: boolean) {
  const what = allowEndOfDay ? 'a time "HH:MM" from 00:00 to 24:00' : 'a time "HH:MM" from 00:00 to 23:59';
  return accepting(
    what,
    (v): v is string => parseClock(v, allowEndOfDay) !== undefined,
    CLOCK_FORM,
  ).transform((v) => parseClock(v, allowEndOfDay) as number);
}

/** How a time of day looks in the JSON Schema (the hours and minutes are checked by the parser). */
const CLOCK_FORM = { type: 'string', pattern: '^\\s*\\d{1,2}:\\d{2}\\s*$' };

/** A days field (`"Mon-Fri"`, `"Sat,Sun"`, `["Mon", "Tue"]`), parsed to day indices 0 = Monday .. 6, ascending. */
export const days = accepting(
  'days such as "Mon-Fri", "Sat,Sun" or ["Mon", "Tue"]',
  (v): v is string | string[] => parseDays(v) !== undefined,
  { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }] },
).transform((v) => parseDays(v) as number[]);

/**
 * A shift: `{ "name", "days": "Mon-Fri", "start": "08:00", "end": "17:00", "share": 1 }`; end <=
 * start runs past midnight. A shift worked at a site in another time zone gives its days and
 * times in the site's local time and the site's `offsetHours` ahead of the scenario's clock
 * (`"site": "Bangalore", "offsetHours": 4.5`; negative: behind): follow-the-sun.
 */
const shift = fields({
  name: text().optional(),
  site: text().optional(),
  offsetHours: numberAtMost(-14, 14).default(0),
  days,
  start: clock(false),
  end: clock(true),
  share: share(),
});

/** `{ "shifts": [...] }`: one to LIMITS.shifts (100) shifts, shares summing to 1. */
export function shiftsSchema(name: string) {
  const list = listOf(shift, 'shifts', LIMITS.shifts);
  return fields({ shifts: list })
    .superRefine(({ shifts }, ctx) => {
      const total = shifts.reduce((sum, s) => sum + s.share, 0);
      if (shifts.length === 0) {
        ctx.addIssue({
          code: 'custom',
          message: 'expected at least one shift, got none',
          path: ['shifts'],
          input: shifts,
        });
      } else if (Math.abs(total - 1) > SHARE_SUM_TOLERANCE) {
        const message = `shares must sum to 1, got ${showNumber(total)}`;
        ctx.addIssue({ code: 'custom', message, path: ['shifts'], input: shifts });
      }
    })
    .transform(({ shifts }): Schedule => ({
      name,
      shifts: shifts.map((s, i) => {
        // Local times to the scenario's clock: the start moves by the offset, across midnight if need be.
        const start = s.start - Math.round(s.offsetHours * 60);
        const dayShift = Math.floor(start / MINUTES_PER_DAY);
        const startMinute = start - dayShift * MINUTES_PER_DAY;
        const length = (s.end <= s.start ? s.end + MINUTES_PER_DAY : s.end) - s.start;
        return {
          name: s.name ?? (s.site === undefined ? `shift ${i + 1}` : `${s.site} shift ${i + 1}`),
          days: [...new Set(s.days.map((d) => (((d + dayShift) % 7) + 7) % 7))].sort((a, b) => a - b),
          startMinute,
          endMinute: startMinute + length,
          share: s.share,
        };
      }),
    }));
}
