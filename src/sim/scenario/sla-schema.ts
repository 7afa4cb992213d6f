import type { Contract, PerSeverity, Severity } from './domain.js';
import { duration } from './duration.js';
import { fields, share } from './fields.js';
import { nullablePerSeverity, perSeverity } from './per-severity.js';
import { clock, days, MINUTES_PER_DAY } from './shifts.js';

/**
 * When a case's arrival counts as business hours (`period:business`), in the week of the run:
 * simulation minute 0 is Monday 00:00. Like a shift: it starts on each of `days` at
 * `startMinute` and lasts until `endMinute` of that day (above 1440 when it runs past midnight).
 */
export interface BusinessHours {
  /** Days it starts on: 0 = Monday .. 6 = Sunday, ascending. */
  readonly days: number[];
  /** Minutes after midnight, 0..1439. */
  readonly startMinute: number;
  /** Minutes after midnight of the start day, startMinute < endMinute <= startMinute + 1440. */
  readonly endMinute: number;
}

/** No target of a contract's own for any severity: the severity's target applies. */
const NONE: PerSeverity<null> = { A: null, B: null, C: null };

/**
 * `sla.businessHours`: `{ "days": "Mon-Fri", "start": "07:00", "end": "19:00" }` (the default);
 * an end at or before the start runs past midnight, as in a shift.
 */
function businessHoursSchema() {
  return fields({
    days: days.prefault('Mon-Fri'),
    start: clock(false).prefault('07:00'),
    end: clock(true).prefault('19:00'),
  })
    .transform((hours): BusinessHours => ({
      days: hours.days,
      startMinute: hours.start,
      endMinute: hours.end <= hours.start ? hours.end + MINUTES_PER_DAY : hours.end,
    }))
    .prefault({});
}

/** `sla`: service-level targets, the goal they are held to, and what counts as business hours. */
export function slaSchema() {
  const ownTargets = () => nullablePerSeverity(duration(), NONE);
  return fields({
    /** Target time to first contact by an engineer, per severity (default A 1h, B 2h, C 8h). */
    firstResponse: perSeverity(duration(), { A: '1h', B: '2h', C: '8h' }),
    /**
     * First-response targets of a contract's own, per contract and severity, e.g.
     * `{ "tier3": { "A": "30m" } }`; a severity left out (or null) takes `firstResponse`'s
     * (default: none). Parsed, every contract has a per-severity map of minutes or null.
     */
    firstResponseByContract: fields({
      standard: ownTargets(),
      premier: ownTargets(),
      tier3: ownTargets(),
    }).prefault({}),
    /**
     * Target time from arrival to resolution, per severity; null (for all or one severity): no
     * target, and `resolutionSla.attainment` is not reported for it (default: none).
     */
    resolution: nullablePerSeverity(duration(), NONE),
    /** Share of cases that should meet their target (default 0.9). */
    goal: share().default(0.9),
    /** When an arrival counts as business hours (default Mon-Fri 07:00-19:00). */
    businessHours: businessHoursSchema(),
  }).prefault({});
}

/** The targets part of a parsed scenario's `sla`. */
export interface SlaTargets {
  readonly firstResponse: PerSeverity<number>;
  readonly firstResponseByContract: { readonly [C in Contract]: PerSeverity<number | null> };
}

/** A case's first-response target in minutes: its contract's own for its severity, else its severity's. */
export function firstResponseTarget(sla: SlaTargets, severity: Severity, contract: Contract): number {
  return sla.firstResponseByContract[contract][severity] ?? sla.firstResponse[severity];
}
