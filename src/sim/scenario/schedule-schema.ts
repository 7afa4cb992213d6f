import { z } from 'zod';
import { withJsonForm } from './json-form.js';
import { LIMITS } from './limits.js';
import { expected, isPlainObject, unknownName } from './messages.js';
import { Rejection, select } from './select.js';
import { MINUTES_PER_DAY, shiftsSchema, type Schedule } from './shifts.js';

export type { Schedule, Shift } from './shifts.js';

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

/** `{ "shifts": [...] }` in the JSON Schema, written once there and referred to by every schedule. */
const SHIFTS_FORM = withJsonForm(z.unknown(), shiftsSchema('shifts'), 'shifts');

/**
 * The top-level `schedules`: named `{ "shifts": [...] }` objects pools may refer to by name, at
 * most LIMITS.schedules (100).
 */
export function schedulesSchema() {
  return z
    .record(z.string(), SHIFTS_FORM, {
      error: (issue) => expected('an object of named schedules', issue.input),
    })
    .transform((raw, ctx) => {
      const parsed: Record<string, Schedule> = {};
      const count = Object.keys(raw).length;
      if (count > LIMITS.schedules) {
        const message = `expected at most ${LIMITS.schedules} named schedules, got ${count}`;
        ctx.addIssue({ code: 'custom', message, input: raw });
        return parsed;
      }
      for (const [name, value] of Object.entries(raw)) {
        if (isBuiltIn(name)) {
          ctx.addIssue({
            code: 'custom',
            message: `"${name}" is a built-in schedule; choose another name`,
            path: [name],
            input: name,
          });
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
  return select<Schedule>(
    (raw) => {
      if (typeof raw === 'string') {
        if (isBuiltIn(raw)) return constant(builtInSchedule(raw));
        const schedule = named.get(raw);
        // A broken definition is reported where it is written; referring to it is not a second error.
        if (schedule !== undefined) return constant(schedule ?? { name: raw, shifts: [] });
        return new Rejection(
          unknownName('schedule', raw, 'schedules', [...BUILT_IN_SCHEDULES, ...named.keys()]),
        );
      }
      if (isPlainObject(raw)) return shiftsSchema('custom');
      return new Rejection(
        expected('a schedule ("24x7", "business", a name from "schedules", or { "shifts": [...] })', raw),
      );
    },
    z.union([z.string(), SHIFTS_FORM]),
  ).prefault(fallback);
}
