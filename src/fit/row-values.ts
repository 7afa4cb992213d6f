import { CONTRACTS, SEVERITIES, type Contract, type Severity } from '../sim/index.js';
import { HISTORY_STATUSES, HISTORY_TIERS, type HistoryStatus, type HistoryTier } from './case-history.js';
import type { HistoryRow } from './history-rows.js';
import type { Mapping } from './mapping.js';
import { rowExample, type ProblemLog } from './problem-log.js';
import { TimeReader } from './history-clock.js';
import { UNKNOWN, ValueReader } from './value-reader.js';

/**
 * A row's values in tiersim's names, through the mapping's value maps: each reader returns the
 * name, or null when the value is missing, and logs a data problem (with the row and the value)
 * for a value the mapping does not name and has no `"*"` for.
 */
export class RowValues {
  private readonly tierReader: ValueReader<HistoryTier>;
  private readonly severityReader: ValueReader<Severity>;
  private readonly specialtyReader: ValueReader<string>;
  private readonly contractReader: ValueReader<Contract>;
  private readonly statusReader: ValueReader<HistoryStatus>;
  private readonly clock: TimeReader;

  constructor(
    mapping: Mapping,
    private readonly problems: ProblemLog,
  ) {
    this.tierReader = new ValueReader(mapping.tiers, HISTORY_TIERS);
    this.severityReader = new ValueReader(mapping.severities, SEVERITIES);
    this.specialtyReader = new ValueReader(mapping.specialties, null);
    this.contractReader = new ValueReader(mapping.contracts, CONTRACTS);
    this.statusReader = new ValueReader(mapping.statuses, HISTORY_STATUSES);
    this.clock = new TimeReader(mapping.timeFormat);
  }

  /** The row's tier; null when missing or not known (an `unknown-tier` problem: the row is kept). */
  tier(row: HistoryRow): HistoryTier | null {
    return this.attribute(row, row.tier, this.tierReader, 'tier', 'tiers');
  }

  severity(row: HistoryRow): Severity | null {
    return this.attribute(row, row.severity, this.severityReader, 'severity', 'severities');
  }

  specialty(row: HistoryRow): string | null {
    return this.attribute(row, row.specialty, this.specialtyReader, 'specialty', 'specialties');
  }

  contract(row: HistoryRow): Contract | null {
    return this.attribute(row, row.contract, this.contractReader, 'contract', 'contracts');
  }

  /**
   * The row's status, or null when the row is to be skipped: its status is missing, not known
   * (`unknown-status`), or mapped to null by the mapping (`ignored-status`). Each is logged.
   */
  status(row: HistoryRow): HistoryStatus | null {
    if (row.status === null) {
      this.problems.add('missing-status', rowExample(row.line), 'row skipped');
      return null;
    }
    const status = this.statusReader.read(row.status);
    if (status === UNKNOWN) {
      this.problems.add(
        'unknown-status',
        rowExample(row.line, row.status),
        'row skipped (name the value in "statuses", or give a "*" entry)',
      );
      return null;
    }
    if (status === null)
      this.problems.add(
        'ignored-status',
        rowExample(row.line, row.status),
        'row skipped: the mapping maps its status to null',
      );
    return status;
  }

  /**
   * The time in `text` (a column of `row`), minutes on the UTC clock (see {@link TimeReader});
   * NaN when missing, and when it does not read as a time, also logged as `kind` with `decision`.
   */
  time(row: HistoryRow, text: string | null, kind: string, decision: string): number {
    if (text === null) return NaN;
    const at = this.clock.minutes(text);
    if (Number.isNaN(at)) this.problems.add(kind, rowExample(row.line, text), decision);
    return at;
  }

  private attribute<T extends string>(
    row: HistoryRow,
    value: string | null,
    reader: ValueReader<T>,
    what: string,
    mapKey: string,
  ): T | null {
    if (value === null) return null;
    const mapped = reader.read(value);
    if (mapped !== UNKNOWN) return mapped;
    this.problems.add(
      `unknown-${what}`,
      rowExample(row.line, value),
      `${what} taken as missing for the row (name the value in "${mapKey}", or give a "*" entry)`,
    );
    return null;
  }
}
