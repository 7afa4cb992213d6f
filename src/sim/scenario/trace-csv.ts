import { CONTRACTS, SEVERITIES, type Contract, type Severity } from './domain.js';
import type { CsvSource } from './csv-source.js';
import { CsvReader, parseDecimal, type Report } from './csv-reader.js';
import type { CsvRow } from './csv.js';
import { expected } from './messages.js';

/** One historical case to replay. */
export interface TraceCase {
  /** Minutes since the start of the run. */
  readonly arrivedAt: number;
  readonly specialty: string;
  readonly severity: Severity;
  readonly contract: Contract;
  readonly beta: boolean;
  readonly sensitive: boolean;
  /**
   * Latent difficulty in [0, 1) that replaces the drawn one (small values climb further; see
   * model/escalation-policy.ts), or undefined: drawn as usual.
   */
  readonly difficulty?: number;
  /** Whether an escalation engineer's fix needs a hotfix (replaces the draw), or undefined: drawn as usual. */
  readonly hotfix?: boolean;
}

/** A trace of historical cases, sorted by arrival, as read from `file`. */
export interface Trace {
  readonly file: string;
  readonly cases: TraceCase[];
}

/**
 * Trace CSV: columns `arrivedAt` (minutes since the run start, >= 0), `specialty`, `severity`,
 * `contract`, and optionally `beta` and `sensitive` (0/1, true/false, yes/no; default false).
 * Two optional columns script a case for teaching; an empty cell leaves the model's random
 * draw in place: `difficulty`, a number in [0, 1) that replaces the case's latent difficulty
 * (a case climbs to Problem Control when it is below the tier's escalation share, and on to an
 * escalation engineer when below that share x `toEscalation`), and `hotfix` (0/1, true/false,
 * yes/no) whether an escalation engineer's fix needs a hotfix from the product group.
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
    difficulty: reader.column('difficulty', false),
    hotfix: reader.column('hotfix', false),
  };
  if (
    at.arrivedAt === undefined ||
    at.specialty === undefined ||
    at.severity === undefined ||
    at.contract === undefined
  ) {
    return undefined;
  }
  const cases: TraceCase[] = [];
  for (const row of reader.table.rows) {
    const arrivedAt = reader.number(row, at.arrivedAt, 0);
    // Without a valid list of specialties (its error is reported) any name is let through.
    const specialty =
      specialties === null
        ? row.cells[at.specialty]
        : reader.name(row, at.specialty, specialties, 'specialty', 'specialties');
    const severity = reader.name(row, at.severity, SEVERITIES, 'severity', 'severities');
    const contract = reader.name(row, at.contract, CONTRACTS, 'contract', 'contracts');
    const beta = reader.flag(row, at.beta, false);
    const sensitive = reader.flag(row, at.sensitive, false);
    const difficulty = scriptedDifficulty(reader, row, at.difficulty);
    const hotfix =
      at.hotfix === undefined || row.cells[at.hotfix] === '' ? null : reader.flag(row, at.hotfix, false);
    if (
      arrivedAt === undefined ||
      specialty === undefined ||
      severity === undefined ||
      contract === undefined ||
      beta === undefined ||
      sensitive === undefined ||
      difficulty === undefined ||
      hotfix === undefined
    ) {
      continue;
    }
    const scripted = {
      ...(difficulty === null ? {} : { difficulty }),
      ...(hotfix === null ? {} : { hotfix }),
    };
    cases.push({ arrivedAt, specialty, severity, contract, beta, sensitive, ...scripted });
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

/** A `difficulty` cell: a number in [0, 1), null when the column or the cell is empty, undefined when wrong (reported). */
function scriptedDifficulty(
  reader: CsvReader,
  row: CsvRow,
  index: number | undefined,
): number | null | undefined {
  if (index === undefined) return null;
  const cell = row.cells[index];
  if (cell === '') return null;
  const value = parseDecimal(cell);
  if (value !== undefined && value >= 0 && value < 1) return value;
  reader.rowProblem(row, 'difficulty', expected('a number in [0, 1)', cell));
  return undefined;
}
