/** Case severities: A critical (server down), B, C. */
export const SEVERITIES = ['A', 'B', 'C'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Support contracts: `premier` customers have a TAM, `tier3` customers reach the 3rd-tier pods directly. */
export const CONTRACTS = ['standard', 'premier', 'tier3'] as const;
export type Contract = (typeof CONTRACTS)[number];

/** Roles that carry a cost per hour (TLs and team managers are derived from SE teams, TAMs from premier accounts). */
export const ROLES = [
  'router',
  'se',
  'tl',
  'teamManager',
  'pod',
  'beta',
  'problemControl',
  'escalation',
  'escalationManager',
  'tam',
] as const;
export type Role = (typeof ROLES)[number];

/** Specialties when a scenario names none. */
export const DEFAULT_SPECIALTIES: readonly string[] = ['XADM', 'XCON', 'XCSI'];

/** A value for each severity. */
export type PerSeverity<T> = { [S in Severity]: T };

/** Tolerance on "shares sum to 1". */
export const SHARE_SUM_TOLERANCE = 1e-6;
