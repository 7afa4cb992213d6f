import type { SchemaContext } from './context.js';
import { csvFile } from './csv-field.js';
import { loadCosts } from './csv-inputs.js';
import { ROLES, type Role } from './domain.js';
import { fields, numberAtLeast } from './fields.js';
import { clock } from './shifts.js';
import { LIMITS } from './limits.js';

/** Loaded cost per hour of each role when neither the file nor its costs CSV says otherwise. */
export const DEFAULT_COST_PER_HOUR: Readonly<Record<Role, number>> = {
  router: 40,
  se: 55,
  tl: 70,
  teamManager: 80,
  pod: 85,
  beta: 65,
  problemControl: 80,
  escalation: 110,
  escalationManager: 95,
  tam: 90,
};

function inlineCosts() {
  const cost = () => numberAtLeast(0, LIMITS.costPerHour).optional();
  const shape = {} as { [R in Role]: ReturnType<typeof cost> };
  for (const role of ROLES) shape[role] = cost();
  return shape;
}

/**
 * `costs`: loaded cost per hour of each role. Written inline (`"se": 60`), or in a CSV
 * (`"file"`, columns `role,costPerHour`), or both: inline values win over the CSV, the CSV over
 * the defaults. A cost per hour is from 0 to LIMITS.costPerHour (1,000,000), so costs summed over
 * people and weeks stay finite. Parsed: `{ perHour, overtimeFactor, premiums, file }` (night
 * hours in minutes after midnight).
 */
export function costsSchema(context: SchemaContext) {
  return fields({
    /** CSV of `role,costPerHour` rows (optional). */
    file: csvFile((path, report) => {
      const costs = loadCosts(context.csv, path, report);
      return costs === undefined ? undefined : { path, costs };
    }).optional(),
    ...inlineCosts(),
    /** Cost of an overtime hour relative to a normal one, 1..LIMITS.overtimeFactor (100; default 1.5). */
    overtimeFactor: numberAtLeast(1, LIMITS.overtimeFactor).default(1.5),
    /**
     * Extra pay for unsocial hours, as a share of the hourly cost: `night` (default 0) for paid
     * hours from `nightStart` to `nightEnd` (default 20:00-06:00), `weekend` (default 0) for
     * Saturday and Sunday; an hour that is both gets both.
     */
    premiums: fields({
      night: numberAtLeast(0, LIMITS.overtimeFactor).default(0),
      weekend: numberAtLeast(0, LIMITS.overtimeFactor).default(0),
      nightStart: clock(false).prefault('20:00'),
      nightEnd: clock(true).prefault('06:00'),
    }).prefault({}),
  })
    .transform((costs) => {
      const perHour = { ...DEFAULT_COST_PER_HOUR };
      for (const role of ROLES) perHour[role] = costs[role] ?? costs.file?.costs[role] ?? perHour[role];
      return {
        perHour,
        overtimeFactor: costs.overtimeFactor,
        premiums: costs.premiums,
        file: costs.file?.path ?? null,
      };
    })
    .prefault({});
}
