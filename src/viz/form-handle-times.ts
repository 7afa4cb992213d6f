import type { Scenario } from '../sim/index.js';
import { distributionFields, workFields, type DistributionPlace } from './distribution-field.js';
import type { FormField, WrittenScenario } from './form-field.js';
import { valueAt } from './json-path.js';

/**
 * The "Handle times" group: the work a case takes at each tier, as distributions whose mean
 * (and sd where the family has one) can be edited: router triage, SE work per severity, the TL
 * consult, pods, beta, Problem Control, escalation engineers, escalation managers and TAMs.
 */
export function handleTimeFields(s: Scenario, written: WrittenScenario): FormField[] {
  const p = s.pools;
  const place = (section: string, path: string): DistributionPlace => ({
    group: 'Handle times',
    section,
    path,
  });
  const at = (path: string) => valueAt(written.merged, path);
  const work = (section: string, path: string, parsed: Scenario['pools']['se']['work']) =>
    workFields(place(section, path), at(path), parsed);
  const one = (section: string, path: string, parsed: Scenario['pools']['router']['triage']) =>
    distributionFields(place(section, path), at(path), parsed);
  return [
    ...one('Routers: triage per case', 'pools.router.triage', p.router.triage),
    ...work('Support engineers: work per case', 'pools.se.work', p.se.work),
    ...one('Technical leads: consult with an SE', 'pools.se.consult', p.se.consult),
    ...work('Pods: work per case', 'pools.pods.work', p.pods.work),
    ...work('Beta SEs: work per case', 'pools.beta.work', p.beta.work),
    ...work('Problem Control: work per case', 'pools.problemControl.work', p.problemControl.work),
    ...work('Escalation engineers: work per case', 'pools.escalation.work', p.escalation.work),
    ...work(
      'Escalation managers: time per sensitive case',
      'pools.escalationManagers.work',
      p.escalationManagers.work,
    ),
    ...one('TAMs: time per premier case', 'pools.tams.timePerCase', p.tams.timePerCase),
  ];
}
