import { CONTRACTS, SEVERITIES, type Contract, type Severity, type TraceRow } from '../../sim/index.js';

/** Rows a trace.csv may have on this page: a replay holds them all (about 35 days of the baseline is 100 000). */
export const MAX_TRACE_ROWS = 1_000_000;

/** The columns `tiersim run --trace` writes (src/sim/run/export.ts), in any order. */
const COLUMNS = ['at', 'caseId', 'event', 'place', 'engineer', 'detail'] as const;

/** `taken` details (trace.ts `traceDetail`) and how they read back. */
const TAKEN: Readonly<Record<string, Extract<TraceRow, { event: 'taken' }>['how']>> = {
  triage: 'triage',
  owner: 'owner',
  session: 'session',
  handover: 'handover',
  misrouted: 'misrouted',
  'cross-skill': 'crossSkill',
  '': 'work',
};

/** Trace rows read from a file, or the one-line reason it cannot be replayed. */
export type TraceFile = { ok: true; rows: TraceRow[] } | { ok: false; message: string };

/** A row's cells by column name, and where it is in the file. */
type Cells = Record<(typeof COLUMNS)[number], string>;

class BadRow extends Error {}

/**
 * Reads a trace.csv as `tiersim run --trace` writes it: the header `at,caseId,event,place,
 * engineer,detail`, then one row per state change, the `detail` column holding each kind's
 * facts as trace.ts describes (`B premier beta`, `for owner`, `cross-skill`, `with se/XADM/t1/4`,
 * `age`, `call 2`, `45`, `end of shift`). A file that is not one gets a one-line message naming
 * its line (the header is line 1), e.g. `trace.csv line 14: unknown event "arived"`; nothing is
 * thrown.
 */
export function readTraceCsv(text: string, file = 'trace.csv'): TraceFile {
  const records = csvRecords(text.replace(/^\uFEFF/, ''));
  const header = records[0];
  if (header === undefined || (header.cells.length === 1 && header.cells[0] === ''))
    return { ok: false, message: `${file} is empty: expected the header ${COLUMNS.join(',')}` };
  const index = new Map(header.cells.map((c, i) => [c.trim(), i]));
  const missing = COLUMNS.filter((c) => !index.has(c));
  if (missing.length > 0)
    return {
      ok: false,
      message: `${file} line 1: expected the header ${COLUMNS.join(',')} (missing ${missing.join(', ')}): is it the trace.csv of tiersim run --trace?`,
    };
  const rows: TraceRow[] = [];
  for (const record of records.slice(1)) {
    if (record.cells.length === 1 && record.cells[0] === '') continue;
    if (rows.length >= MAX_TRACE_ROWS)
      return {
        ok: false,
        message: `${file} has more than ${MAX_TRACE_ROWS.toLocaleString('en')} rows: replay a trace of fewer days`,
      };
    if (record.cells.length !== header.cells.length)
      return {
        ok: false,
        message: `${file} line ${record.line}: expected ${header.cells.length} cells, got ${record.cells.length}`,
      };
    const cells = Object.fromEntries(COLUMNS.map((c) => [c, record.cells[index.get(c)!]])) as Cells;
    try {
      rows.push(traceRow(cells));
    } catch (error) {
      if (!(error instanceof BadRow)) throw error;
      return { ok: false, message: `${file} line ${record.line}: ${error.message}` };
    }
  }
  if (rows.length === 0) return { ok: false, message: `${file} has no rows after its header` };
  return { ok: true, rows };
}

/** One row from its cells; throws BadRow with what is wrong. */
function traceRow(c: Cells): TraceRow {
  const at = Number(c.at);
  if (c.at.trim() === '' || !Number.isFinite(at) || at < 0)
    throw new BadRow(`at should be minutes since the start of the run (a number >= 0), got "${c.at}"`);
  const caseId = Number(c.caseId);
  if (c.caseId.trim() === '' || !Number.isInteger(caseId) || caseId < 0)
    throw new BadRow(`caseId should be a whole number >= 0, got "${c.caseId}"`);
  const base = { at, caseId, place: c.place, engineer: c.engineer };
  const person = c.event === 'away' || c.event === 'back';
  // Case id 0 marks the rows about a person: any other row needs a case.
  if (person !== (caseId === 0))
    throw new BadRow(
      person
        ? `a "${c.event}" row is about a person and has case id 0, got ${caseId}`
        : `case id 0 is for rows about a person (away, back), not "${c.event}"`,
    );
  const d = c.detail;
  switch (c.event) {
    case 'arrived': {
      const [severity, contract, ...flags] = d.split(' ');
      if (
        !SEVERITIES.includes(severity as Severity) ||
        !CONTRACTS.includes(contract as Contract) ||
        flags.some((f) => f !== 'beta' && f !== 'sensitive')
      )
        throw new BadRow(
          `an arrival's detail should be a severity and a contract, like "B premier", got "${d}"`,
        );
      return {
        ...base,
        event: 'arrived',
        severity: severity as Severity,
        contract: contract as Contract,
        beta: flags.includes('beta'),
        sensitive: flags.includes('sensitive'),
      };
    }
    case 'queued':
      return { ...base, event: 'queued', forOwner: expect(d, ['', 'for owner']) === 'for owner' };
    case 'taken':
      return { ...base, event: 'taken', how: TAKEN[expect(d, Object.keys(TAKEN))] };
    case 'consult':
      if (!d.startsWith('with ')) throw new BadRow(`a consult's detail should be "with <SE id>", got "${d}"`);
      return { ...base, event: 'consult', se: d.slice('with '.length) };
    case 'escalated':
      return {
        ...base,
        event: 'escalated',
        reason: expect(d, ['difficulty', 'age']) as 'difficulty' | 'age',
      };
    case 'calledBack': {
      const call = Number(d.replace(/^call /, ''));
      if (!/^call \d+$/.test(d)) throw new BadRow(`a call back's detail should be "call <n>", got "${d}"`);
      return { ...base, event: 'calledBack', call };
    }
    case 'away': {
      const minutes = Number(d);
      if (d.trim() === '' || !Number.isFinite(minutes))
        throw new BadRow(`time away's detail should be its planned minutes, got "${d}"`);
      return { ...base, event: 'away', plannedMinutes: minutes };
    }
    case 'back':
      return { ...base, event: 'back', endOfShift: expect(d, ['', 'end of shift']) === 'end of shift' };
    case 'customerWait':
    case 'transferred':
    case 'hotfixWait':
    case 'returned':
    case 'resolved':
    case 'abandoned':
      return { ...base, event: c.event };
    default:
      throw new BadRow(
        `unknown event "${c.event}" (expected arrived, queued, taken, consult, customerWait, transferred, escalated, hotfixWait, returned, resolved, abandoned, calledBack, away or back)`,
      );
  }
}

/** `detail` when it is one of `allowed`; throws BadRow otherwise. */
function expect(detail: string, allowed: readonly string[]): string {
  if (allowed.includes(detail)) return detail;
  const words = allowed.map((a) => (a === '' ? 'empty' : `"${a}"`)).join(' or ');
  throw new BadRow(`detail should be ${words} here, got "${detail}"`);
}

/**
 * The records of a CSV text (RFC 4180: fields in double quotes may hold commas, quotes doubled
 * and line breaks; lines end in LF or CRLF), each with the line it starts on (1-based).
 */
function csvRecords(text: string): Array<{ line: number; cells: string[] }> {
  const out: Array<{ line: number; cells: string[] }> = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      out.push({ line: start, cells });
      cells = [];
      cell = '';
      start = ++line;
    } else cell += ch;
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    out.push({ line: start, cells });
  }
  return out;
}
