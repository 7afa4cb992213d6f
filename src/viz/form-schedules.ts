import type { Scenario } from '../sim/index.js';
import type { FormField, WrittenScenario } from './form-field.js';
import { valueAt } from './json-path.js';
import { STAFFED_POOLS } from './pool-names.js';

const BUILT_IN = ['24x7', 'business'];

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A name that can stand in a dotted path (a schedule named "a.b" or "x[0]" cannot). */
const PATH_NAME = /^[^.[\]]+$/;

/** The named schedules the scenario writes, by name (a name that cannot be in a path left out). */
function namedSchedules(written: WrittenScenario): [string, unknown][] {
  const named = valueAt(written.merged, 'schedules');
  return isRecord(named) ? Object.entries(named).filter(([name]) => PATH_NAME.test(name)) : [];
}

/** When a shift is worked, as written: `Mon-Fri 07:00-19:00`, with its site and offset. */
function shiftWhen(shift: Record<string, unknown>): string {
  const days = Array.isArray(shift.days) ? shift.days.join(',') : String(shift.days ?? '');
  const site =
    shift.site === undefined
      ? ''
      : ` at ${String(shift.site)}${typeof shift.offsetHours === 'number' ? ` (${shift.offsetHours > 0 ? '+' : ''}${shift.offsetHours}h)` : ''}`;
  return `${days} ${String(shift.start ?? '')}-${String(shift.end ?? '')}${site}`;
}

/**
 * Each pool's schedule ("24x7", "business" or a named schedule of the scenario; a pool with shifts
 * of its own shows them read-only) and the hours each of its people works a week.
 */
function poolSchedules(s: Scenario, written: WrittenScenario): FormField[] {
  const choices = [...BUILT_IN, ...namedSchedules(written).map(([name]) => name)];
  return STAFFED_POOLS.flatMap(([key, name]): FormField[] => {
    const pool = s.pools[key];
    const path = `pools.${key}.schedule`;
    const inline = isRecord(valueAt(written.merged, path));
    const where = { group: 'Schedules', section: 'When each pool works', row: name } as const;
    return [
      inline
        ? {
            ...where,
            label: 'schedule',
            path,
            kind: 'fixed',
            value: 'own shifts',
            hint: 'Shifts of its own: change them in the scenario file.',
          }
        : { ...where, label: 'schedule', path, kind: 'choice', value: pool.schedule.name, choices },
      {
        ...where,
        label: 'h/week',
        path: `pools.${key}.hoursPerWeek`,
        kind: 'number',
        value: pool.hoursPerWeek,
      },
    ];
  });
}

/**
 * The share of its pool's people each shift of each named schedule has (the shares of a schedule
 * sum to 1): the list of shifts is written whole, as the scenario has it.
 */
function shiftShares(written: WrittenScenario): FormField[] {
  return namedSchedules(written).flatMap(([name, schedule]): FormField[] => {
    const shifts = isRecord(schedule) ? schedule.shifts : undefined;
    if (!Array.isArray(shifts)) return [];
    const path = `schedules.${name}.shifts`;
    return shifts.flatMap((shift, i): FormField[] => {
      if (!isRecord(shift)) return [];
      const share = shift.share;
      return [
        {
          group: 'Schedules',
          section: `Schedule “${name}”: share of its people per shift`,
          sectionNote: 'The shares of a schedule sum to 1.',
          label: `${typeof shift.name === 'string' ? shift.name : `shift ${i + 1}`}`,
          hint: shiftWhen(shift),
          path: `${path}[${i}].share`,
          kind: 'share',
          value: typeof share === 'number' || typeof share === 'string' ? share : '',
          whole: { path, value: shifts, at: [i, 'share'] },
        },
      ];
    });
  });
}

/** The "Schedules" group: each pool's schedule and hours per week, and the shift shares of the named schedules. */
export function scheduleFields(s: Scenario, written: WrittenScenario): FormField[] {
  return [...poolSchedules(s, written), ...shiftShares(written)];
}
