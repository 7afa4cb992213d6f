import { describe, expect, it } from 'vitest';
import { KPI_UNITS } from '../../src/sim/index.js';
import { inSentence, KPI_GROUPS, kpiWords, scopeWords } from '../../src/viz/views/kpi-words.js';

/** One scope of every kind a run reports (MODEL.md's `kpis.csv` contract). */
const SCOPES = [
  'all',
  'severity:A',
  'contract:premier',
  'period:after-hours',
  'severity:A/period:business',
  'severity:B/contract:tier3',
  'specialty:XADM',
  'tier:problemControl',
  'pool:router',
  'pool:se',
  'pool:se/XADM',
  'pool:tl',
  'pool:escalationManagers',
  'pool:tams',
  'reason:difficulty',
  'reason:age',
  'role:teamManager',
];

describe('kpiWords', () => {
  it('writes a KPI as a manager reads it, with its unit unless the value carries its own', () => {
    // A duration's unit is left out: the page writes each one in a unit of its size (`1.3 d`).
    expect(kpiWords('wait.mean', 'pool:router', 'minutes').label).toBe('Mean wait for routers');
    expect(kpiWords('sla.attainment', 'severity:B', 'share').label).toBe(
      'First response in time, severity B (share)',
    );
    expect(kpiWords('utilisation', 'pool:se/XADM', 'share').label).toBe('Utilisation, XADM SEs (share)');
    expect(kpiWords('cost.perWeek', 'all', 'currency').label).toBe('Labour cost per week');
    expect(kpiWords('headcount', 'role:se', 'people').label).toBe('Headcount, support engineers (people)');
    expect(kpiWords('reached.share', 'tier:escalation', 'share').label).toBe(
      'Cases reaching escalation engineers (share)',
    );
    expect(kpiWords('firstResponse.p90', 'severity:A/contract:premier', 'minutes').label).toBe(
      '90th percentile of first response, severity A, premier contracts',
    );
  });

  it('gives every KPI of the catalogue, in every kind of scope, words that are not its code', () => {
    for (const [kpi, unit] of Object.entries(KPI_UNITS)) {
      for (const scope of SCOPES) {
        const words = kpiWords(kpi, scope, unit);
        // Not the code: no dotted name, and not the code's one word as it is (`utilisation`).
        expect(words.label, `${kpi}|${scope}`).not.toMatch(/[a-z]\.[a-zA-Z]/);
        expect(words.label.startsWith(kpi), `${kpi}|${scope}`).toBe(false);
        expect(words.label, `${kpi}|${scope}`).not.toMatch(/\b(pool|tier|role|reason|severity|period):/);
        expect(KPI_GROUPS).toContain(words.group);
        expect(words.code).toBe(`${kpi}|${scope}`);
      }
    }
  });

  it('puts each KPI in the group the page lists it under', () => {
    const group = (kpi: string) => kpiWords(kpi, 'all', '').group;
    for (const kpi of ['sla.attainment', 'firstResponse.p90', 'resolution.mean', 'wait.mean', 'backlog.end'])
      expect(group(kpi), kpi).toBe('service');
    expect(group('abandoned.share')).toBe('service');
    for (const kpi of ['reached.share', 'escalations', 'hotfixes.requested', 'visits'])
      expect(group(kpi), kpi).toBe('ladder');
    for (const kpi of ['utilisation', 'queue.mean', 'overtime.hoursPerWeek', 'headcount'])
      expect(group(kpi), kpi).toBe('pools');
    expect(group('cost.perWeek')).toBe('cost');
    expect(group('cost.perCase')).toBe('cost');
  });

  it('keeps the code of a KPI it does not know as its name, with its unit', () => {
    expect(kpiWords('queue.p99', 'pool:router', 'cases')).toEqual({
      label: 'queue.p99, routers (cases)',
      group: 'service',
      code: 'queue.p99|pool:router',
    });
  });
});

describe('scopeWords', () => {
  it('names the whole organisation by nothing, and pools and roles by the page’s names', () => {
    expect(scopeWords('all')).toBe('');
    expect(scopeWords('pool:problemControl')).toBe('Problem Control');
    expect(scopeWords('pool:tams')).toBe('TAMs');
    expect(scopeWords('pool:tl')).toBe('technical leads');
    expect(scopeWords('role:se')).toBe('support engineers');
    expect(scopeWords('severity:C/period:after-hours')).toBe('severity C, after hours');
    expect(scopeWords('region:emea')).toBe('region:emea');
  });

  it('lowercases a name inside a sentence unless it is a proper name or starts with an acronym', () => {
    expect(inSentence('Routers')).toBe('routers');
    expect(inSentence('Beta SEs')).toBe('beta SEs');
    expect(inSentence('Problem Control')).toBe('Problem Control');
    expect(inSentence('TAMs')).toBe('TAMs');
  });
});
