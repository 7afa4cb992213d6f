import { describe, expect, it } from 'vitest';
import { seatPlan, simulateReplication, traceCsv, type TraceRow } from '../../src/sim/index.js';
import { BUNDLED_SCENARIOS } from '../../src/viz/bundled.js';
import { readTraceCsv } from '../../src/viz/floor/trace-file.js';
import { tracePlan, unseated } from '../../src/viz/floor/trace-seats.js';
import { checkScenario } from '../../src/viz/scenario-source.js';
import { rows } from './trace-rows.js';

/** The baseline's first day, as `tiersim run --trace` would write it. */
function baselineDay(): { scenario: ReturnType<typeof parse>; trace: TraceRow[] } {
  const scenario = parse();
  const day = { ...scenario, horizon: { ...scenario.horizon, days: 1, warmupDays: 0 }, replications: 1 };
  return { scenario, trace: simulateReplication(day, { replication: 0, trace: true }).trace! };
}
function parse() {
  const checked = checkScenario(BUNDLED_SCENARIOS.get('baseline.json'), 'baseline.json');
  if (!checked.ok) throw new Error(checked.message);
  return checked.scenario;
}

const HEADER = 'at,caseId,event,place,engineer,detail';
const read = (...lines: string[]) => readTraceCsv([HEADER, ...lines].join('\n'));
const message = (...lines: string[]) => {
  const r = read(...lines);
  return r.ok ? 'ok' : r.message;
};

describe('a trace.csv read in the browser', () => {
  const { scenario, trace } = baselineDay();
  const text = traceCsv(trace);

  it('reads back every row the CLI writes, of every kind, to the same text', () => {
    const read = readTraceCsv(text);
    if (!read.ok) throw new Error(read.message);
    expect(read.rows).toHaveLength(trace.length);
    expect(traceCsv(read.rows)).toBe(text);
    expect(new Set(read.rows.map((r) => r.event))).toEqual(new Set(trace.map((r) => r.event)));
    // Windows line ends and a byte-order mark, as a spreadsheet may save it.
    const crlf = readTraceCsv('\uFEFF' + text.replace(/\n/g, '\r\n'));
    expect(crlf.ok && traceCsv(crlf.rows)).toBe(text);
  });

  it('reads each kind’s detail into its typed facts', () => {
    const r = read(
      '0,0,away,router,router/2,45',
      '30,0,back,router,router/2,end of shift',
      '60,7,arrived,arrival,,A tier3 beta sensitive',
      '60,7,queued,se/XADM,se/XADM/t1/4,for owner',
      '61,7,taken,pods,pods/p1/XCON/1,cross-skill',
      '62,7,taken,pods,pods/p1/XADM/1,',
      '63,7,consult,tl/XADM/t1,tl/XADM/t1,"with se/XADM/t1/4"',
      '64,7,escalated,problemControl,,age',
      '65,7,calledBack,router,,call 2',
      '66.5,7,returned,se/XADM,problemControl/1,',
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.rows).toEqual([
      rows.away(0, 'router', 'router/2', 45),
      rows.back(30, 'router', 'router/2', true),
      rows.arrived(60, 7, 'A', 'tier3', { beta: true, sensitive: true }),
      rows.queuedForOwner(60, 7, 'se/XADM', 'se/XADM/t1/4'),
      rows.taken(61, 7, 'pods', 'pods/p1/XCON/1', 'crossSkill'),
      rows.taken(62, 7, 'pods', 'pods/p1/XADM/1', 'work'),
      rows.consult(63, 7, 'tl/XADM/t1', 'se/XADM/t1/4'),
      rows.escalated(64, 7, 'problemControl', '', 'age'),
      rows.calledBack(65, 7, 2),
      { at: 66.5, caseId: 7, event: 'returned', place: 'se/XADM', engineer: 'problemControl/1' },
    ]);
  });

  it('names the line of a bad file in one line, and throws nothing', () => {
    expect(readTraceCsv('')).toEqual({
      ok: false,
      message: 'trace.csv is empty: expected the header at,caseId,event,place,engineer,detail',
    });
    expect(readTraceCsv('arrivedAt,specialty,severity,contract\n485,XADM,C,standard', 'cases.csv')).toEqual({
      ok: false,
      message:
        'cases.csv line 1: expected the header at,caseId,event,place,engineer,detail (missing at, caseId, event, place, engineer, detail): is it the trace.csv of tiersim run --trace?',
    });
    expect(message()).toBe('trace.csv has no rows after its header');
    expect(message('1,1,arrived,arrival,,B standard', '2,1,arived,router,,')).toBe(
      'trace.csv line 3: unknown event "arived" (expected arrived, queued, taken, consult, customerWait, transferred, escalated, hotfixWait, returned, resolved, abandoned, calledBack, away or back)',
    );
    expect(message('1,1,arrived,arrival,,B gold')).toBe(
      'trace.csv line 2: an arrival\'s detail should be a severity and a contract, like "B premier", got "B gold"',
    );
    expect(message('x,1,arrived,arrival,,B standard')).toBe(
      'trace.csv line 2: at should be minutes since the start of the run (a number >= 0), got "x"',
    );
    expect(message('1,1.5,resolved,router,,')).toBe(
      'trace.csv line 2: caseId should be a whole number >= 0, got "1.5"',
    );
    expect(message('1,1,resolved,router')).toBe('trace.csv line 2: expected 6 cells, got 4');
    expect(message('1,0,resolved,router,,')).toBe(
      'trace.csv line 2: case id 0 is for rows about a person (away, back), not "resolved"',
    );
    expect(message('1,1,taken,router,router/1,lunch')).toBe(
      'trace.csv line 2: detail should be "triage" or "owner" or "session" or "handover" or "misrouted" or "cross-skill" or empty here, got "lunch"',
    );
    // A quoted field may span lines: the line named is where the row starts.
    expect(message('1,1,arrived,arrival,,B standard', '2,1,"que\nued",router,,', '3,1,x,router,,')).toMatch(
      /^trace\.csv line 3: unknown event "que\nued"/,
    );
    expect(message('1,1,arrived,arrival,,B standard', '2,1,"que\nued",router,,', '3,1,x,router,,')).not.toBe(
      'ok',
    );
  });

  it('builds a floor from the engineer ids of the trace: the seats the scenario numbers the same way', () => {
    const plan = tracePlan(trace);
    const real = new Set(seatPlan(scenario).flatMap((p) => p.seats.map((s) => s.id)));
    const ids = plan.flatMap((p) => p.seats.map((s) => s.id));
    expect(ids.filter((id) => !real.has(id))).toEqual([]);
    expect(unseated(trace, plan)).toEqual([]);
    // In the seat plan's order; pools nobody of which appears in the day (escalation managers here) are left out.
    const pools = plan.map((p) => p.pool);
    const order = [
      'router',
      'se/XADM',
      'se/XCON',
      'se/XCSI',
      'pods',
      'beta',
      'problemControl',
      'escalation',
      'tl',
    ];
    expect(pools).toEqual([...order, 'escalationManagers', 'tams'].filter((p) => pools.includes(p)));
    expect(pools).toEqual(expect.arrayContaining(['router', 'se/XADM', 'se/XCON', 'se/XCSI', 'pods', 'tl']));
    // Every team of a specialty gets the seats of its fullest, and a technical lead.
    const xadm = plan.find((p) => p.pool === 'se/XADM')!.seats;
    expect(xadm.filter((s) => s.team === 1)).toHaveLength(xadm.filter((s) => s.team === 3).length);
    expect(plan.find((p) => p.pool === 'tl')!.seats.map((s) => s.id)).toEqual([
      'tl/XADM/t1',
      'tl/XADM/t2',
      'tl/XADM/t3',
      'tl/XCON/t1',
      'tl/XCON/t2',
      'tl/XCSI/t1',
      'tl/XCSI/t2',
    ]);
    expect(plan.flatMap((p) => p.seats).every((s) => s.onShift(0) && s.onShift(1000))).toBe(true);
  });

  it('tells which engineers a scenario has no seat for', () => {
    const plan = seatPlan(scenario);
    expect(unseated(trace, plan)).toEqual([]);
    expect(unseated([rows.taken(1, 1, 'se/XADM', 'se/XADM/t9/2', 'owner')], plan)).toEqual(['se/XADM/t9/2']);
  });
});
