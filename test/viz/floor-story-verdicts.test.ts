import { describe, expect, it } from 'vitest';
import { seatPlan, simulateReplication, type TraceRow } from '../../src/sim/index.js';
import { BUNDLED_SCENARIOS } from '../../src/viz/bundled.js';
import { scenarioTargets, type ResponseTarget } from '../../src/viz/floor/case-verdicts.js';
import { floorDirectory } from '../../src/viz/floor/seats.js';
import { caseStory, storyLineText } from '../../src/viz/floor/story.js';
import { checkScenario } from '../../src/viz/scenario-source.js';
import { rows } from './trace-rows.js';

function baseline() {
  const checked = checkScenario(BUNDLED_SCENARIOS.get('baseline.json'), 'baseline.json');
  if (!checked.ok) throw new Error(checked.message);
  return checked.scenario;
}
const SCENARIO = baseline();
const FLOOR = floorDirectory(seatPlan(SCENARIO));
/** The baseline's targets: A 1h, B 2h, C 8h; premier 45m, 90m, 6h; tier3 30m, 1h, 4h. */
const TARGET: ResponseTarget = scenarioTargets(SCENARIO);

/** The story told up to `now` (default: all of it), with verdicts against `target`. */
const story = (trace: TraceRow[], now?: number, target: ResponseTarget | null = TARGET) =>
  caseStory(trace, FLOOR, { upTo: now, verdicts: { target, now } }).map(storyLineText);

describe('the story’s verdicts', () => {
  it('reads the first-response targets from the scenario’s sla, by contract then severity', () => {
    expect([
      TARGET('A', 'tier3'),
      TARGET('B', 'premier'),
      TARGET('C', 'standard'),
      TARGET('A', 'standard'),
    ]).toEqual([30, 90, 480, 60]);
  });

  it('judges the first response against the case’s target, and says who resolved a case closed by a hotfix', () => {
    const hard = [
      rows.arrived(540, 5, 'B', 'standard'),
      rows.queued(540, 5, 'router'),
      rows.taken(540, 5, 'router', 'router/6', 'triage'),
      rows.queued(546, 5, 'se/XADM'),
      rows.taken(546, 5, 'se/XADM', 'se/XADM/t1/7', 'owner'),
      rows.escalated(900, 5, 'escalation', 'se/XADM/t1/7', 'difficulty'),
      rows.queued(900, 5, 'escalation'),
      rows.taken(900, 5, 'escalation', 'escalation/3', 'owner'),
      rows.plain(1000, 5, 'hotfixWait', 'productGroup'),
      rows.plain(2440, 5, 'resolved', 'productGroup'),
    ];
    const lines = story(hard);
    expect(lines.slice(2, 4)).toEqual([
      '09:06 — XADM 1·7 took it and owns it',
      '09:06 — first response after 6 min, within its 2 h target (Sev B, standard contract): SLA met',
    ]);
    expect(lines.slice(-2)).toEqual([
      'Tue 16:40 — resolved: the product group released the hotfix',
      '16:40 — resolved by the product group: its hotfix closed the case; nobody in support worked on it after EE 3 proved the bug and asked for the fix',
    ]);
    const verdicts = caseStory(hard, FLOOR, { verdicts: { target: TARGET } }).flatMap((l) => l.verdict ?? []);
    expect(verdicts).toEqual(['met', 'note']);
    // Without verdicts asked for, the story tells the rows alone.
    expect(caseStory(hard, FLOOR).some((l) => l.verdict !== undefined)).toBe(false);
  });

  it('tells a target passing with nobody on the case when it passes, then the late first response as missed', () => {
    const late = [
      rows.arrived(600, 9, 'A', 'premier'),
      rows.queued(600, 9, 'router'),
      rows.taken(602, 9, 'router', 'router/1', 'triage'),
      rows.queued(608, 9, 'se/XCON'),
      rows.taken(720, 9, 'se/XCON', 'se/XCON/t2/3', 'owner'),
    ];
    const passed =
      'its 45 min first-response target (Sev A, premier contract) passed with no engineer on it yet: SLA missed';
    expect(story(late, 700).slice(-2)).toEqual([
      '10:08 — queued for an XCON support engineer',
      `10:45 — ${passed}`,
    ]);
    expect(
      caseStory(late, FLOOR, { upTo: 700, verdicts: { target: TARGET, now: 700 } }).at(-1)!.verdict,
    ).toBe('missed');
    // Before 10:45 it has not passed yet.
    expect(story(late, 640).join('\n')).not.toContain('passed');
    expect(story(late).slice(-4)).toEqual([
      `10:45 — ${passed}`,
      '12:00 — waited 1 h 52 min for an XCON support engineer',
      '12:00 — XCON 2·3 took it and owns it',
      '12:00 — first response after 2 h, over its 45 min target (Sev A, premier contract): SLA missed',
    ]);
  });

  it('counts a router’s triage as the first response only when the router closes the call, and never a misroute', () => {
    const closed = [
      rows.arrived(60, 1, 'C', 'standard'),
      rows.queued(60, 1, 'router'),
      rows.taken(64, 1, 'router', 'router/1', 'triage'),
      rows.plain(70, 1, 'resolved', 'router'),
    ];
    expect(story(closed)[3]).toBe(
      '01:04 — first response after 4 min, within its 8 h target (Sev C, standard contract): SLA met',
    );
    const misrouted = [
      rows.arrived(60, 2, 'B', 'tier3'),
      rows.queued(60, 2, 'se/XADM'),
      rows.taken(61, 2, 'se/XADM', 'se/XADM/t1/1', 'misrouted'),
      rows.plain(70, 2, 'transferred', 'se/XADM', 'se/XADM/t1/1'),
      rows.queued(70, 2, 'se/XCON'),
      rows.taken(75, 2, 'se/XCON', 'se/XCON/t1/2', 'owner'),
    ];
    expect(story(misrouted).filter((l) => l.includes('first response'))).toEqual([
      '01:15 — first response after 15 min, within its 1 h target (Sev B, tier3 contract): SLA met',
    ]);
    // A caller who hung up for good before the target passed waits for nobody: no verdict.
    const gone = [
      rows.arrived(60, 3, 'B', 'standard'),
      rows.queued(60, 3, 'router'),
      rows.plain(70, 3, 'abandoned', 'router'),
    ];
    expect(story(gone, 5000).some((l) => l.includes('SLA'))).toBe(false);
  });

  it('gives the wait alone when the trace comes without its scenario', () => {
    const plain = [
      rows.arrived(60, 1, 'C', 'premier'),
      rows.queued(60, 1, 'pods'),
      rows.taken(66, 1, 'pods', 'pods/p1/XADM/1'),
    ];
    expect(story(plain, undefined, null).at(-1)).toBe(
      '01:06 — first response after 6 min (no SLA target known without the scenario)',
    );
  });

  it('tells a Sev A handover at the end of a shift, naming both owners, whether the owner left while it waited or was gone already', () => {
    const waited = [
      rows.arrived(307, 20, 'A', 'standard'),
      rows.queued(307, 20, 'se/XADM'),
      rows.taken(311, 20, 'se/XADM', 'se/XADM/t3/2', 'owner'),
      rows.plain(431, 20, 'customerWait', 'se/XADM', 'se/XADM/t3/2'),
      rows.queuedForOwner(441, 20, 'se/XADM', 'se/XADM/t3/2'),
      rows.queued(480, 20, 'se/XADM'),
      rows.taken(480, 20, 'se/XADM', 'se/XADM/t1/13', 'handover'),
    ];
    expect(story(waited).slice(-3)).toEqual([
      '07:21 — ready for another session, waiting for its owner XADM 3·2',
      "08:00 — XADM 3·2's shift ended while it waited for them: a Sev A case does not wait for its owner's next shift, so it goes back to the queue for an XADM support engineer on duty",
      "08:00 — XADM 1·13 took it over at the end of XADM 3·2's shift (a handover: Sev A is worked around the clock), and owns it now",
    ]);
    const gone = [
      ...waited.slice(0, 4),
      rows.queuedForOwner(1007, 20, 'se/XADM', 'se/XADM/t3/2'),
      rows.queued(1007, 20, 'se/XADM'),
      rows.taken(1007, 20, 'se/XADM', 'se/XADM/t2/4', 'handover'),
      rows.plain(1099, 20, 'resolved', 'se/XADM', 'se/XADM/t2/4'),
    ];
    const text = caseStory(gone, FLOOR).map(storyLineText);
    expect(text.slice(-3)).toEqual([
      "16:47 — ready for another session, but XADM 3·2 is off shift: a Sev A case does not wait for its owner's next shift, so it goes back to the queue for an XADM support engineer on duty",
      "16:47 — XADM 2·4 took it over at the end of XADM 3·2's shift (a handover: Sev A is worked around the clock), and owns it now",
      '18:19 — resolved by XADM 2·4',
    ]);
  });

  it('tells the engine’s own handovers on a baseline Monday, and judges every case answered', () => {
    const day = { ...SCENARIO, horizon: { ...SCENARIO.horizon, days: 1, warmupDays: 0 }, replications: 1 };
    const trace = simulateReplication(day, { replication: 0, trace: true }).trace!;
    const byCase = new Map<number, TraceRow[]>();
    for (const r of trace) if (r.caseId !== 0) byCase.set(r.caseId, [...(byCase.get(r.caseId) ?? []), r]);
    const handedOver = [...byCase.values()].filter((list) =>
      list.some((r) => r.event === 'taken' && r.how === 'handover'),
    );
    expect(handedOver.length).toBeGreaterThan(0);
    for (const list of handedOver) {
      const taker = list.find((r) => r.event === 'taken' && r.how === 'handover')!;
      const before = list
        .slice(0, list.indexOf(taker))
        .reverse()
        .find((r) => r.event === 'queued' && r.forOwner)!;
      expect(story(list).join('\n')).toContain(
        `${FLOOR.name(taker.engineer)} took it over at the end of ${FLOOR.name(before.engineer)}'s shift`,
      );
    }
    for (const list of byCase.values()) {
      const answered = list.some((r) => r.event === 'taken' && r.how !== 'misrouted' && r.place !== 'router');
      if (answered)
        expect(story(list).filter((l) => /first response after .*: SLA (met|missed)$/.test(l))).toHaveLength(
          1,
        );
    }
  });
});
