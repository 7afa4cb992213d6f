import type { SchemaContext } from './context.js';
import { csvFile } from './csv-field.js';
import { loadWeeklyProfile } from './csv-inputs.js';
import { loadTrace } from './trace-csv.js';
import { checkSum, fields, numberAtMost, share } from './fields.js';
import { LIMITS } from './limits.js';
import { specialtyMix } from './specialty-schema.js';
import { surgesSchema } from './surge-schema.js';

/** Shares of severities A, B, C summing to 1; left-out keys count 0. */
function severityShares() {
  return fields({ A: share().default(0), B: share().default(0), C: share().default(0) }).superRefine(
    (mix, ctx) => checkSum(Object.values(mix), ctx),
  );
}

/** `arrivals.mix.contract`: shares of contracts (default standard 0.75, premier 0.2, tier3 0.05); left-out keys count 0. */
function contractMix() {
  return fields({ standard: share().default(0), premier: share().default(0), tier3: share().default(0) })
    .superRefine((mix, ctx) => checkSum(Object.values(mix), ctx))
    .prefault({ standard: 0.75, premier: 0.2, tier3: 0.05 });
}

/** `arrivals`: how many cases arrive, when, and of what kind. */
export function arrivalsSchema(context: SchemaContext) {
  return fields({
    /** Mean arrivals per hour over the week (default 60; at most LIMITS.casesPerHour, 100,000). */
    casesPerHour: numberAtMost(0, LIMITS.casesPerHour).default(60),
    /**
     * CSV of 168 hour-of-week weights (column `weight`, optional `hourOfWeek` 0..167 in order;
     * Monday 00:00 first), or null for a flat week (default null).
     */
    weeklyProfile: csvFile((path, report) => loadWeeklyProfile(context.csv, path, report))
      .nullable()
      .default(null),
    /** Shares of cases by specialty, severity and contract; each mix sums to 1. */
    mix: fields({
      specialty: specialtyMix(context),
      /** Shares of severities A, B, C (default 0.05, 0.35, 0.6); in business hours only when `severityAfterHours` is given. */
      severity: severityShares().prefault({ A: 0.05, B: 0.35, C: 0.6 }),
      /**
       * Shares of severities of the cases arriving outside business hours (`sla.businessHours`),
       * where urgent cases are proportionally more frequent; null (default): `severity` at every hour.
       */
      severityAfterHours: severityShares().nullable().default(null),
      contract: contractMix(),
    }).prefault({}),
    /** Share of cases about a beta product (default 0.03). */
    betaShare: share().default(0.03),
    /** Periods of higher (or lower) demand, e.g. a launch week (default none; see surge-schema.ts). */
    surges: surgesSchema(),
    /** Share of politically sensitive cases (default 0.005). */
    sensitiveShare: share().default(0.005),
    /**
     * CSV of historical cases to replay instead of random arrivals (columns `arrivedAt` in
     * minutes since the run start, `specialty`, `severity`, `contract`, optional `beta`,
     * `sensitive`, and, to script teaching cases, `difficulty` (in [0, 1): replaces the drawn
     * latent difficulty; small values climb further) and `hotfix` (whether an escalation
     * engineer's fix needs a hotfix)), or null (default). The parsed cases are sorted by arrival.
     */
    trace: csvFile((path, report) => loadTrace(context.csv, path, context.specialties, report))
      .nullable()
      .default(null),
  }).prefault({});
}
