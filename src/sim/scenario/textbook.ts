import type { DistributionInput } from './distribution-schema.js';
import { exponentialInput } from './distribution-schema.js';
import type { PerSeverity } from './domain.js';
import { mergeJson } from './json-edit.js';
import { isPlainObject } from './messages.js';

const NEVER: PerSeverity<null> = { A: null, B: null, C: null };

function exponentialWork(A: string, B: string, C: string): PerSeverity<DistributionInput> {
  return { A: exponentialInput(A), B: exponentialInput(B), C: exponentialInput(C) };
}

const ALWAYS_ON = { schedule: '24x7', hoursPerWeek: 168, shrinkage: 0 } as const;
/** Beta, Problem Control and escalation engineers work a case in one piece, without waits. */
const ONE_PIECE = { sessions: 1, betweenSessions: null } as const;

/**
 * Defaults under a `"textbook": true` file: every realism feature off, so each pool is an
 * M/M/c queue (exponential times with the realistic means, one session, no customer
 * or between-session waits, 24x7, no shrinkage, no abandonment, callbacks, consults, misroutes or time-based escalation).
 * Per-severity maps are written key by key (`{ A: null, ... }` rather than null) so a file
 * that sets one severity keeps the textbook value of the others.
 */
export const TEXTBOOK_DEFAULTS = {
  arrivals: {
    weeklyProfile: null,
    betaShare: 0,
    sensitiveShare: 0,
    mix: { contract: { standard: 1, premier: 0, tier3: 0 } },
  },
  pools: {
    router: { ...ALWAYS_ON, patience: null, retrial: null, misrouteShare: 0, triage: exponentialInput('5m') },
    se: {
      ...ALWAYS_ON,
      sessions: 1,
      customerWait: NEVER,
      consultShare: 0,
      phoneShare: 0,
      consult: exponentialInput('20m'),
      work: exponentialWork('4h', '3h', '2h'),
    },
    pods: {
      ...ALWAYS_ON,
      work: exponentialWork('3h', '3h', '2h'),
      crossSkillAfter: 0,
      crossSkillEfficiency: 1,
    },
    beta: { ...ALWAYS_ON, ...ONE_PIECE, work: exponentialWork('4h', '4h', '4h') },
    problemControl: { ...ALWAYS_ON, ...ONE_PIECE, work: exponentialWork('10h', '10h', '10h') },
    escalation: {
      ...ALWAYS_ON,
      ...ONE_PIECE,
      work: exponentialWork('16h', '16h', '16h'),
      proactiveShare: 0,
    },
    escalationManagers: { ...ALWAYS_ON, work: exponentialWork('2h', '2h', '2h') },
    tams: { ...ALWAYS_ON, premierAccounts: 0 },
  },
  escalation: { escalateAfter: NEVER, hotfixShare: 0, diagnosisShare: 1 },
};

/** Mixes are one value: a file's `{ "premier": 1 }` means premier only, not premier added to the textbook's standard. */
const WHOLE_VALUES = new Set([
  'arrivals.mix.specialty',
  'arrivals.mix.severity',
  'arrivals.mix.severityAfterHours',
  'arrivals.mix.contract',
]);

/** Objects merged as one value: distributions (`dist`), schedules (`shifts`) and mixes. */
function isWholeValue(path: readonly string[], value: Record<string, unknown>): boolean {
  return 'dist' in value || 'shifts' in value || WHOLE_VALUES.has(path.join('.'));
}

/** True for a raw file that asks for textbook mode. */
export function isTextbook(raw: unknown): boolean {
  return isPlainObject(raw) && raw.textbook === true;
}

/**
 * The raw file with the textbook defaults under it: the file wins key by key (a null in the
 * file is its value); lists, distributions, schedules and mixes are replaced whole.
 */
export function withTextbookDefaults(raw: unknown): unknown {
  return mergeJson(TEXTBOOK_DEFAULTS, raw, { nullRemoves: false, whole: isWholeValue });
}
