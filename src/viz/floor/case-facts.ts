import type { Contract, Severity, TraceRow } from '../../sim/index.js';

/** What the `arrived` row says about a case. */
export interface CaseFacts {
  /** `A` (server down), `B`, `C`, or `?` when the trace has no arrival row for the case. */
  readonly severity: Severity | '?';
  /** `standard`, `premier`, `tier3`, or `?` when the trace has no arrival row. */
  readonly contract: Contract | '?';
  readonly beta: boolean;
  readonly sensitive: boolean;
  /**
   * Priority class as the model's queues use it (0 most urgent .. 11): sensitive first, then
   * severity, then premier and tier3 before standard. Orders queued dots like the real queue.
   */
  readonly priority: number;
}

/** The facts of a case from its `arrived` row (all unknown without one). */
export function caseFacts(arrived: TraceRow | undefined): CaseFacts {
  const known = arrived?.event === 'arrived' ? arrived : undefined;
  const severity = known?.severity ?? '?';
  const contract = known?.contract ?? '?';
  const sensitive = known?.sensitive ?? false;
  const severityRank = severity === 'A' ? 0 : severity === 'B' ? 1 : 2;
  const standard = contract === 'premier' || contract === 'tier3' ? 0 : 1;
  return {
    severity,
    contract,
    beta: known?.beta ?? false,
    sensitive,
    priority: (sensitive ? 0 : 6) + severityRank * 2 + standard,
  };
}
