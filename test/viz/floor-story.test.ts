import { describe, expect, it } from 'vitest';
import type { TraceEventKind, TraceRow } from '../../src/sim/index.js';
import { clockText, durationText } from '../../src/viz/floor/clock.js';
import { caseStory, storyLineText } from '../../src/viz/floor/story.js';

const row = (at: number, event: TraceEventKind, place: string, engineer = '', detail = ''): TraceRow => ({
  at,
  caseId: 1,
  event,
  place,
  engineer,
  detail,
});

const MON = 0;
const TUE = 1440;
const THU = 3 * 1440;

/** A case that climbs the whole ladder: Mon 09:12 arrival ... Thu 15:30 hotfix. */
const HARD_CASE: TraceRow[] = [
  row(MON + 552, 'arrived', 'arrival', '', 'B standard'),
  row(MON + 552, 'queued', 'router'),
  row(MON + 554, 'taken', 'router', 'router/3', 'triage'),
  row(MON + 560, 'queued', 'se/XADM'),
  row(MON + 602, 'taken', 'se/XADM', 'se/XADM/t1/4', 'owner'),
  row(MON + 640, 'consult', 'tl/XADM/t1', 'tl/XADM/t1', 'with se/XADM/t1/4'),
  row(MON + 670, 'customerWait', 'se/XADM', 'se/XADM/t1/4'),
  row(MON + 900, 'queued', 'se/XADM', 'se/XADM/t1/4', 'for owner'),
  row(MON + 930, 'taken', 'se/XADM', 'se/XADM/t1/4', 'session'),
  row(TUE + 672, 'escalated', 'problemControl', 'se/XADM/t1/4', 'difficulty'),
  row(TUE + 672, 'queued', 'problemControl'),
  row(TUE + 672, 'taken', 'problemControl', 'problemControl/2'),
  row(TUE + 900, 'escalated', 'escalation', 'problemControl/2', 'difficulty'),
  row(TUE + 900, 'queued', 'escalation'),
  row(TUE + 960, 'taken', 'escalation', 'escalation/1'),
  row(TUE + 1400, 'hotfixWait', 'productGroup', 'escalation/1'),
  row(THU + 930, 'resolved', 'productGroup'),
];

describe('a case’s story', () => {
  it('tells every step of the climb in plain words, with the day only when it changes', () => {
    expect(caseStory(HARD_CASE, { specialties: ['XADM', 'XCON'] }).map(storyLineText)).toEqual([
      'Mon 09:12 — arrived: Sev B, XADM, standard contract',
      '09:14 — waited 2 min for a technical router',
      '09:14 — router/3 triaged it',
      '09:20 — queued for an XADM support engineer',
      '10:02 — waited 42 min for an XADM support engineer',
      '10:02 — se/XADM/t1/4 took it and owns it',
      '10:40 — consulted the technical lead tl/XADM/t1',
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
      { at: MON + 600, caseId: 0, event: 'away', place: 'se/XADM', engineer: 'se/XADM/t1/2', detail: '60' },
      {
        at: MON + 660,
        caseId: 0,
        event: 'back',
        place: 'se/XADM',
        engineer: 'se/XADM/t1/2',
        detail: 'end of shift',
      },
    ];
    const mixed = [...HARD_CASE, ...people].sort((a, b) => a.at - b.at);
    expect(caseStory(mixed, { specialties: ['XADM'] })).toEqual(
      caseStory(HARD_CASE, { specialties: ['XADM'] }),
    );
    expect(caseStory(people)).toEqual([]);
  });

  it('tells only the rows up to the time asked', () => {
    const lines = caseStory(HARD_CASE, { upTo: MON + 700 }).map(storyLineText);
    expect(lines).toHaveLength(8);
    expect(lines[7]).toBe('11:10 — waiting on the customer');
    expect(caseStory(HARD_CASE, { upTo: MON + 552 }).map(storyLineText)).toEqual([
      'Mon 09:12 — arrived: Sev B, XADM, standard contract',
    ]);
  });

  it('tells an escalation by age, a server-down pod case, a call closed at triage and a caller who hung up', () => {
    const aged = [
      row(0, 'arrived', 'arrival', '', 'C premier'),
      row(0, 'queued', 'se/XCON'),
      row(1, 'taken', 'se/XCON', 'se/XCON/t2/1', 'owner'),
      row(8000, 'escalated', 'problemControl', '', 'age'),
    ];
    expect(
      caseStory(aged)
        .map((l) => l.text)
        .at(-1),
    ).toBe('escalated to Problem Control (age: open longer than the escalation limit)');
    const pod = [
      row(600, 'arrived', 'arrival', '', 'A tier3'),
      row(600, 'queued', 'pods'),
      row(600, 'taken', 'pods', 'pods/p2/XCON/1'),
      row(700, 'resolved', 'pods', 'pods/p2/XCON/1'),
    ];
    expect(caseStory(pod).map(storyLineText)).toEqual([
      'Mon 10:00 — arrived: Sev A (server down), XCON, tier3 contract',
      '10:00 — pods/p2/XCON/1 of pod 2 took it',
      '11:40 — resolved by pods/p2/XCON/1',
    ]);
    const closed = [
      row(60, 'arrived', 'arrival', '', 'C standard sensitive'),
      row(60, 'queued', 'router'),
      row(60, 'taken', 'router', 'router/1', 'triage'),
      row(66, 'resolved', 'router'),
    ];
    expect(caseStory(closed).map((l) => l.text)).toEqual([
      'arrived: Sev C, standard contract, politically sensitive',
      'router/1 triaged it',
      'resolved by router/1 at triage (a released fix, a redirect, or out of scope)',
    ]);
    const gone = [
      row(60, 'arrived', 'arrival', '', 'B standard'),
      row(60, 'queued', 'router'),
      row(77, 'abandoned', 'router'),
    ];
    expect(caseStory(gone).map((l) => l.text)[1]).toBe('hung up after waiting 17 min for a technical router');
  });

  it('writes clock times and durations as people say them', () => {
    expect(clockText(552)).toBe('Mon 09:12');
    expect(clockText(TUE + 672.9)).toBe('Tue 11:12');
    expect(clockText(8 * 1440 + 60)).toBe('Tue (week 2) 01:00');
    expect([0.5, 2, 42.4, 60, 65, 1440 + 4 * 60, 3 * 1440].map(durationText)).toEqual([
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
