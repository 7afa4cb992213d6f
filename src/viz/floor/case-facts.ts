import type { TraceRow } from '../../sim/index.js';

/** What the `arrived` row says about a case (its detail is e.g. `B premier sensitive`). */
export interface CaseFacts {
  /** `A` (server down), `B`, `C`, or `?` when the row does not say. */
  readonly severity: 'A' | 'B' | 'C' | '?';
  /** `standard`, `premier`, `tier3`, or `?`. */
  readonly contract: string;
  readonly beta: boolean;
  readonly sensitive: boolean;
  /** Specialty when the detail names one of the scenario's, else null. */
  readonly specialty: string | null;
  /**
   * Priority class as the model's queues use it (0 most urgent .. 11): sensitive first, then
   * severity, then premier and tier3 before standard. Orders queued dots like the real queue.
   */
  readonly priority: number;
}

const CONTRACTS = new Set(['standard', 'premier', 'tier3']);

/** Reads the facts of a case from its `arrived` row; unknown words are ignored. */
export function caseFacts(arrived: TraceRow | undefined, specialties: readonly string[] = []): CaseFacts {
  let severity: CaseFacts['severity'] = '?';
  let contract = '?';
  let beta = false;
  let sensitive = false;
  let specialty: string | null = null;
  for (const word of (arrived?.detail ?? '').split(/\s+/)) {
    if (word === 'A' || word === 'B' || word === 'C') severity = word;
    else if (CONTRACTS.has(word)) contract = word;
    else if (word === 'beta') beta = true;
    else if (word === 'sensitive') sensitive = true;
    else if (specialties.includes(word)) specialty = word;
  }
  const severityRank = severity === 'A' ? 0 : severity === 'B' ? 1 : 2;
  const standard = contract === 'premier' || contract === 'tier3' ? 0 : 1;
  return {
    severity,
    contract,
    beta,
    sensitive,
    specialty,
    priority: (sensitive ? 0 : 6) + severityRank * 2 + standard,
  };
}
