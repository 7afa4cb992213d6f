import { describe, expect, it } from 'vitest';
import { MINUTES_PER_DAY, type TraceRow } from '../../src/sim/index.js';
import { clockText, durationText } from '../../src/viz/floor/clock.js';
import { floorDirectory } from '../../src/viz/floor/seats.js';
import { caseStory, storyLineText } from '../../src/viz/floor/story.js';
import { rows } from './trace-rows.js';

const MON = 0;
const TUE = MINUTES_PER_DAY;
const THU = 3 * MINUTES_PER_DAY;

/**
 * Two specialties' SE places and the one pod engineer the stories below name (pod 2, XCON,
 * called by their seat's name); the SEs, routers and others are not in the plan, so the story
 * names them by their ids.
 */
const FLOOR = floorDirectory([
  { pool: 'se/XADM', specialty: 'XADM', seats: [] },
  { pool: 'se/XCON', specialty: 'XCON', seats: [] },
  { pool: 'pods', specialty: null, seats: [{ id: 'pods/p2/XCON/1', specialty: 'XCON', team: null, pod: 2 }] },
]);

/** A case that climbs the whole ladder: Mon 09:12 arrival ... Thu 15:30 hotfix. */
const HARD_CASE: TraceRow[] = [
  rows.arrived(MON + 552, 1, 'B', 'standard'),
  rows.queued(MON + 552, 1, 'router'),
  rows.taken(MON + 554, 1, 'router', 'router/3', 'triage'),
  rows.queued(MON + 560, 1, 'se/XADM'),
  rows.taken(MON + 602, 1, 'se/XADM', 'se/XADM/t1/4', 'owner'),
  rows.consult(MON + 640, 1, 'tl/XADM/t1', 'se/XADM/t1/4'),
  rows.plain(MON + 670, 1, 'customerWait', 'se/XADM', 'se/XADM/t1/4'),
  rows.queuedForOwner(MON + 900, 1, 'se/XADM', 'se/XADM/t1/4'),
  rows.taken(MON + 930, 1, 'se/XADM', 'se/XADM/t1/4', 'session'),
  rows.escalated(TUE + 672, 1, 'problemControl', 'se/XADM/t1/4', 'difficulty'),
  rows.queued(TUE + 672, 1, 'problemControl'),
  rows.taken(TUE + 672, 1, 'problemControl', 'problemControl/2'),
  rows.escalated(TUE + 900, 1, 'escalation', 'problemControl/2', 'difficulty'),
  rows.queued(TUE + 900, 1, 'escalation'),
  rows.taken(TUE + 960, 1, 'escalation', 'escalation/1'),
  rows.plain(TUE + 1400, 1, 'hotfixWait', 'productGroup', 'escalation/1'),
  rows.plain(THU + 930, 1, 'resolved', 'productGroup'),
];

describe('a case’s story', () => {
  it('tells every step of the climb in plain words, with the day only when it changes', () => {
    expect(caseStory(HARD_CASE, FLOOR).map(storyLineText)).toEqual([
      'Mon 09:12 — arrived: Sev B, XADM, standard contract',
      '09:14 — waited 2 min for a technical router',
      '09:14 — router/3 triaged it',
      '09:20 — queued for an XADM support engineer',
      '10:02 — waited 42 min for an XADM support engineer',
      '10:02 — se/XADM/t1/4 took it and owns it',
      '10:40 — consulted the technical lead (tl/XADM/t1)',
      '11:10 — waiting on the customer',
      '15:00 — ready for another session, waiting for its owner se/XADM/t1/4',
      '15:30 — waited 30 min for its owner',
      '15:30 — se/XADM/t1/4, its owner, worked on it again',
      'Tue 11:12 — escalated to Problem Control: too hard for tier 1 (difficulty)',
      '11:12 — Problem Control SE problemControl/2 took it',
      '15:00 — escalated to an escalation engineer: too hard for Problem Control (difficulty)',
      '15:00 — queued for an escalation engineer',
      '16:00 — waited 1 h for an escalation engineer',
      '16:00 — escalation engineer escalation/1 took it',
      '23:20 — waiting for a hotfix from the product group',
      'Thu 15:30 — resolved: the product group released the hotfix',
    ]);
  });

  it('leaves out rows about people (case id 0: time away), even mixed in with the case’s rows', () => {
    const people: TraceRow[] = [
      rows.away(MON + 600, 'se/XADM', 'se/XADM/t1/2', 60),
      rows.back(MON + 660, 'se/XADM', 'se/XADM/t1/2', true),
    ];
    const mixed = [...HARD_CASE, ...people].sort((a, b) => a.at - b.at);
    expect(caseStory(mixed, FLOOR)).toEqual(caseStory(HARD_CASE, FLOOR));
    expect(caseStory(people, FLOOR)).toEqual([]);
  });

  it('tells only the rows up to the time asked', () => {
    const lines = caseStory(HARD_CASE, FLOOR, { upTo: MON + 700 }).map(storyLineText);
    expect(lines).toHaveLength(8);
    expect(lines[7]).toBe('11:10 — waiting on the customer');
    expect(caseStory(HARD_CASE, FLOOR, { upTo: MON + 552 }).map(storyLineText)).toEqual([
      'Mon 09:12 — arrived: Sev B, XADM, standard contract',
    ]);
  });

  it('tells an escalation by age, a server-down pod case, a call closed at triage and a caller who hung up', () => {
    const aged = [
      rows.arrived(0, 1, 'C', 'premier'),
      rows.queued(0, 1, 'se/XCON'),
      rows.taken(1, 1, 'se/XCON', 'se/XCON/t2/1', 'owner'),
      rows.escalated(8000, 1, 'problemControl', '', 'age'),
    ];
    expect(
      caseStory(aged, FLOOR)
        .map((l) => l.text)
        .at(-1),
    ).toBe('escalated to Problem Control (age: open longer than the escalation limit)');
    const pod = [
      rows.arrived(600, 1, 'A', 'tier3'),
      rows.queued(600, 1, 'pods'),
      rows.taken(600, 1, 'pods', 'pods/p2/XCON/1'),
      rows.plain(700, 1, 'resolved', 'pods', 'pods/p2/XCON/1'),
    ];
    expect(caseStory(pod, FLOOR).map(storyLineText)).toEqual([
      'Mon 10:00 — arrived: Sev A (server down), XCON, tier3 contract',
      '10:00 — Pod 2 XCON 1 took it',
      '11:40 — resolved by Pod 2 XCON 1',
    ]);
    // Taken by a pod member outside their specialty: the member's specialty is not the case's.
    const crossSkill = [
      rows.arrived(600, 1, 'B', 'tier3'),
      rows.queued(600, 1, 'pods'),
      rows.taken(630, 1, 'pods', 'pods/p2/XCON/1', 'crossSkill'),
    ];
    expect(caseStory(crossSkill, FLOOR).map(storyLineText)).toEqual([
      'Mon 10:00 — arrived: Sev B, tier3 contract',
      '10:00 — queued for a 3rd-tier pod engineer',
      '10:30 — waited 30 min for a 3rd-tier pod engineer',
      '10:30 — Pod 2 XCON 1 took it, outside their specialty',
    ]);
    const closed = [
      rows.arrived(60, 1, 'C', 'standard', { sensitive: true }),
      rows.queued(60, 1, 'router'),
      rows.taken(60, 1, 'router', 'router/1', 'triage'),
      rows.plain(66, 1, 'resolved', 'router'),
    ];
    expect(caseStory(closed, FLOOR).map((l) => l.text)).toEqual([
      'arrived: Sev C, standard contract, politically sensitive',
      'router/1 triaged it',
      'resolved by router/1 at triage (a released fix, a redirect, or out of scope)',
    ]);
    const gone = [
      rows.arrived(60, 1, 'B', 'standard'),
      rows.queued(60, 1, 'router'),
      rows.plain(77, 1, 'abandoned', 'router'),
    ];
    expect(caseStory(gone, FLOOR).map((l) => l.text)[1]).toBe(
      'hung up after waiting 17 min for a technical router',
    );
    const back = [
      ...gone,
      rows.calledBack(107, 1, 2),
      rows.queued(107, 1, 'router'),
      rows.taken(122, 1, 'router', 'router/1', 'triage'),
    ];
    // The wait told after a call back runs from the call back (107), not from the first call.
    expect(caseStory(back, FLOOR).map((l) => l.text)).toEqual([
      'arrived: Sev B, standard contract',
      'hung up after waiting 17 min for a technical router',
      'called back (call 2)',
      'waited 15 min for a technical router',
      'router/1 triaged it',
    ]);
  });

  it('writes clock times and durations as people say them', () => {
    expect(clockText(552)).toBe('Mon 09:12');
    expect(clockText(TUE + 672.9)).toBe('Tue 11:12');
    expect(clockText(8 * MINUTES_PER_DAY + 60)).toBe('Tue (week 2) 01:00');
    expect([0.5, 2, 42.4, 60, 65, MINUTES_PER_DAY + 4 * 60, 3 * MINUTES_PER_DAY].map(durationText)).toEqual([
      '30 s',
      '2 min',
      '42 min',
      '1 h',
      '1 h 5 min',
      '1 d 4 h',
      '3 d',
    ]);
  });
});
