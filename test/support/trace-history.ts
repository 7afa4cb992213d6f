/**
 * Synthetic ticket histories made by tiersim itself: a replication's trace turned into the rows
 * of an events export (one row per status change, ISO times), and those rows into a History the
 * way a reader would (for tests that must not depend on the reader).
 */
import type { TraceRow } from '../../src/sim/index.js';
import type {
  CaseHistory,
  History,
  HistoryStatus,
  HistoryTier,
  StatusSpell,
} from '../../src/fit/case-history.js';

/** One row of a synthetic events export. */
export interface EventRow {
  readonly case: string;
  /** Minutes since the run's start (a Monday 00:00). */
  readonly at: number;
  readonly status: HistoryStatus;
  readonly tier: HistoryTier;
  readonly severity: string;
  readonly specialty: string;
  readonly contract: string;
  readonly resource: string;
}

/** The tier of a trace place (`se/XADM` → se, `productGroup` → escalation), or null (`tl/...`). */
function tierOf(place: string): HistoryTier | null {
  if (place.startsWith('se/')) return 'se';
  if (place === 'productGroup') return 'escalation';
  if (['router', 'pods', 'beta', 'problemControl', 'escalation'].includes(place)) return place as HistoryTier;
  return null;
}

/**
 * Events rows of a trace: `queued` (a queue, or waiting for the owner), `taken` (working, by the
 * engineer), `customerWait`, `hotfixWait` (vendorWait), `resolved`, `abandoned` (cancelled).
 * A case's specialty is that of the last SE queue it joined (the scenario should not misroute).
 */
export function eventRowsOfTrace(trace: readonly TraceRow[]): EventRow[] {
  const attributes = new Map<number, { severity: string; contract: string; specialty: string }>();
  for (const row of trace) {
    if (row.event === 'arrived')
      attributes.set(row.caseId, { severity: row.severity, contract: row.contract, specialty: '' });
    if (row.event === 'queued' && row.place.startsWith('se/')) {
      const a = attributes.get(row.caseId);
      if (a !== undefined) a.specialty = row.place.slice(3);
    }
  }
  const out: EventRow[] = [];
  for (const row of trace) {
    const a = attributes.get(row.caseId);
    const tier = tierOf(row.place);
    if (a === undefined || tier === null) continue;
    const status: HistoryStatus | null =
      row.event === 'queued'
        ? 'queued'
        : row.event === 'taken'
          ? 'working'
          : row.event === 'customerWait'
            ? 'customerWait'
            : row.event === 'hotfixWait'
              ? 'vendorWait'
              : row.event === 'resolved'
                ? 'resolved'
                : row.event === 'abandoned'
                  ? 'cancelled'
                  : null;
    if (status === null) continue;
    const resource = row.event === 'taken' || row.event === 'customerWait' ? row.engineer : '';
    out.push({ case: `C${row.caseId}`, at: row.at, status, tier, ...a, resource });
  }
  return out;
}

/** `2024-01-01T00:00:00` plus minutes, to the second (2024-01-01 is a Monday). */
export function isoAt(minutes: number, origin = Date.UTC(2024, 0, 1)): string {
  return new Date(origin + Math.round(minutes * 60) * 1000).toISOString().slice(0, 19);
}

/** The rows as an events CSV (`case,time,status,tier,severity,specialty,contract,resource`). */
export function eventsCsv(rows: readonly EventRow[]): string {
  const lines = rows.map((r) =>
    [r.case, isoAt(r.at), r.status, r.tier, r.severity, r.specialty, r.contract, r.resource].join(','),
  );
  return `case,time,status,tier,severity,specialty,contract,resource\n${lines.join('\n')}\n`;
}

/**
 * A History from event rows, as a reader would make it: spells from each row to the case's next
 * (or the end), times to the second, origin 2024-01-01T00:00:00.
 */
export function historyOfRows(rows: readonly EventRow[]): History {
  const byCase = new Map<string, EventRow[]>();
  for (const r of rows) {
    let list = byCase.get(r.case);
    if (list === undefined) byCase.set(r.case, (list = []));
    list.push({ ...r, at: Math.round(r.at * 60) / 60 });
  }
  const startAt = Math.min(...rows.map((r) => r.at));
  const endAt = Math.max(...rows.map((r) => r.at));
  const cases: CaseHistory[] = [];
  for (const [id, list] of byCase) {
    const spells: StatusSpell[] = list.map((r, i) => ({
      status: r.status,
      tier: r.tier,
      fromAt: r.at,
      toAt: i + 1 < list.length ? list[i + 1].at : endAt,
      resource: r.resource === '' ? null : r.resource,
    }));
    const resolved = list.find((r) => r.status === 'resolved' || r.status === 'closed');
    const working = list.find((r) => r.status === 'working');
    const tiers: HistoryTier[] = [];
    for (const r of list) if (tiers[tiers.length - 1] !== r.tier) tiers.push(r.tier);
    cases.push({
      id,
      openedAt: list[0].at,
      resolvedAt: resolved?.at ?? null,
      firstResponseAt: working?.at ?? null,
      severity: list[0].severity as CaseHistory['severity'],
      specialty: list[0].specialty === '' ? null : list[0].specialty,
      contract: list[0].contract as CaseHistory['contract'],
      tiers,
      spells,
      startedBeforeWindow: false,
    });
  }
  return {
    origin: '2024-01-01T00:00:00',
    windowStartAt: startAt,
    windowEndAt: endAt,
    cases,
    rows: rows.length,
    problems: [],
  };
}
