import { ROLES, type Scenario } from '../sim/index.js';
import type { FormField } from './form-field.js';
import { ROLE_NAMES } from './pool-names.js';

/**
 * The "Costs" group: each role's loaded cost per hour (a value typed here is written in the
 * scenario and wins over its costs CSV), the overtime factor and the night and weekend premiums.
 */
export function costFields(s: Scenario): FormField[] {
  const c = s.costs;
  const perHour = ROLES.map((role): FormField => ({
    group: 'Costs',
    section: 'Cost per hour',
    sectionNote:
      c.file === null
        ? 'Loaded cost of an hour of each role.'
        : `Loaded cost of an hour of each role; ${c.file} gives those the scenario does not set, and a value typed here wins.`,
    label: ROLE_NAMES[role] ?? role,
    path: `costs.${role}`,
    kind: 'number',
    value: c.perHour[role],
  }));
  const extra = (label: string, path: string, value: number, hint: string): FormField => ({
    group: 'Costs',
    section: 'Overtime and premiums',
    label,
    path,
    kind: 'number',
    value,
    hint,
  });
  const clock = (label: string, path: string, value: number): FormField => ({
    group: 'Costs',
    section: 'Overtime and premiums',
    row: 'Night hours',
    label,
    path,
    kind: 'clock',
    value,
  });
  return [
    ...perHour,
    extra(
      'Overtime factor',
      'costs.overtimeFactor',
      c.overtimeFactor,
      'an overtime hour costs this many hours',
    ),
    extra('Night premium', 'costs.premiums.night', c.premiums.night, 'extra share of the rate at night'),
    extra(
      'Weekend premium',
      'costs.premiums.weekend',
      c.premiums.weekend,
      'extra share of the rate on Sat, Sun',
    ),
    clock('from', 'costs.premiums.nightStart', c.premiums.nightStart),
    clock('to', 'costs.premiums.nightEnd', c.premiums.nightEnd),
  ];
}
