import { CONTRACTS, SEVERITIES, type Contract, type Severity } from './domain.js';
import type { CsvSource } from './csv-source.js';
import { CsvReader, type Report } from './csv-reader.js';

/** One historical case to replay. */
export interface TraceCase {
  /** Minutes since the start of the run. */
  readonly arrivedAt: number;
  readonly specialty: string;
  readonly severity: Severity;
  readonly contract: Contract;
  readonly beta: boolean;
  readonly sensitive: boolean;
}

/** A trace of historical cases, sorted by arrival, as read from `file`. */
export interface Trace {
  readonly file: string;
  readonly cases: TraceCase[];
}

/**
 * Trace CSV: columns `arrivedAt` (minutes since the run start, >= 0), `specialty`, `severity`,
 * `contract`, and optionally `beta` and `sensitive` (0/1, true/false, yes/no; default false).
 * Extra columns (a ticket number, say) are ignored.
 */
export function loadTrace(
  source: CsvSource,
  path: string,
  specialties: readonly string[] | null,
  report: Report,
): Trace | undefined {
  const reader = CsvReader.open(source, path, report);
  if (reader === undefined) return undefined;
  const at = {
    arrivedAt: reader.column('arrivedAt', true),
    specialty: reader.column('specialty', true),
    severity: reader.column('severity', true),
    contract: reader.column('contract', true),
    beta: reader.column('beta', false),
    sensitive: reader.column('sensitive', false),
  };
  if (at.arrivedAt === undefined || at.specialty === undefined || at.severity === undefined || at.contract === undefined) {
    return undefined;
  }
  const cases: TraceCase[] = [];
  for (const row of reader.table.rows) {
    const arrivedAt = reader.number(row, at.arrivedAt, 0);
    // Without a valid list of specialties (its error is reported) any name is let through.
    const specialty =
      specialties === null ? row.cells[at.specialty] : reader.name(row, at.specialty, specialties, 'specialty', 'specialties');
    const severity = reader.name(row, at.severity, SEVERITIES, 'severity', 'severities');
    const contract = reader.name(row, at.contract, CONTRACTS, 'contract', 'contracts');
    const beta = reader.flag(row, at.beta, false);
    const sensitive = reader.flag(row, at.sensitive, false);
    if (
      arrivedAt === undefined || specialty === undefined || severity === undefined ||
      contract === undefined || beta === undefined || sensitive === undefined
    ) {
      continue;
    }
    cases.push({ arrivedAt, specialty, severity, contract, beta, sensitive });
  }
  if (!reader.finish()) return undefined;
  if (cases.length === 0) {
    reader.fail('expected at least one case, got none');
    return undefined;
  }
  // Array.prototype.sort is stable: cases arriving together keep the file's order.
  cases.sort((a, b) => a.arrivedAt - b.arrivedAt);
  return { file: path, cases };
}
