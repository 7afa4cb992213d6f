import { CONTRACTS, SEVERITIES, type Scenario } from '../sim/index.js';
import { distributionFields } from './distribution-field.js';
import type { FormField, WrittenScenario } from './form-field.js';
import { valueAt } from './json-path.js';

const DURATION_HINT = 'minutes, or 90m / 4h / 2d';

const CONTRACT_NAMES = { standard: 'Standard', premier: 'Premier', tier3: 'Tier 3' } as const;

/** True for a file that extends another, where a null removes a value (the default comes back). */
function isOverlay(written: WrittenScenario): boolean {
  const own = written.own;
  return typeof own === 'object' && own !== null && Object.hasOwn(own, 'extends');
}

/**
 * The "Escalation" group: the shares of cases that go up a tier, the age at which an open tier-1
 * case escalates per severity ("never" for none, in a file of its own: in one that extends
 * another a null would bring the default back), and the product group's hotfix.
 */
export function escalationFields(s: Scenario, written: WrittenScenario): FormField[] {
  const e = s.escalation;
  const share = (key: keyof typeof e & string, label: string, hint?: string): FormField => ({
    group: 'Escalation',
    section: 'Shares of cases that go up',
    label,
    path: `escalation.${key}`,
    kind: 'share',
    value: e[key] as number,
    ...(hint === undefined ? {} : { hint }),
  });
  const never = isOverlay(written) ? {} : { none: 'never' };
  return [
    share('toProblemControl', 'Tier 1 to Problem Control', 'by difficulty'),
    share('toEscalation', 'Problem Control to escalation engineers'),
    share('fromPods', 'Pods to escalation services'),
    share('fromBeta', 'Beta to Problem Control'),
    share('hotfixShare', 'Escalation engineer cases needing a hotfix'),
    ...SEVERITIES.map((sev): FormField => ({
      group: 'Escalation',
      section: 'Escalate by age',
      sectionNote: `An open tier-1 case goes up at this age (${DURATION_HINT}${isOverlay(written) ? '' : '; never: not by age'}).`,
      row: 'Escalate after',
      label: `Sev ${sev}`,
      path: `escalation.escalateAfter.${sev}`,
      kind: 'duration',
      value: e.escalateAfter[sev],
      ...never,
    })),
    {
      group: 'Escalation',
      section: 'Escalate by age',
      label: 'Premier factor',
      path: 'escalation.premierFactor',
      kind: 'number',
      value: e.premierFactor,
      hint: 'premier cases go up after this share of the age, in (0, 1]',
    },
    ...distributionFields(
      { group: 'Escalation', section: 'Hotfix from the product group', path: 'escalation.productGroupDelay' },
      valueAt(written.merged, 'escalation.productGroupDelay'),
      e.productGroupDelay,
    ),
  ];
}

/**
 * The "Service targets" group: first response per severity, per contract and severity (empty:
 * the severity's target applies), and the goal.
 */
export function targetFields(s: Scenario): FormField[] {
  return [
    ...SEVERITIES.map((sev): FormField => ({
      group: 'Service targets',
      label: `Sev ${sev} first response`,
      path: `sla.firstResponse.${sev}`,
      kind: 'duration',
      value: s.sla.firstResponse[sev],
      hint: `${DURATION_HINT}`,
    })),
    ...CONTRACTS.flatMap((contract) =>
      SEVERITIES.map((sev): FormField => ({
        group: 'Service targets',
        section: 'First response by contract',
        sectionNote: "A contract's own targets; empty: the severity's target above.",
        row: CONTRACT_NAMES[contract],
        label: sev,
        path: `sla.firstResponseByContract.${contract}.${sev}`,
        kind: 'duration',
        value: s.sla.firstResponseByContract[contract][sev],
        none: '',
      })),
    ),
    {
      group: 'Service targets',
      section: 'Goal',
      label: 'Goal (share in time)',
      path: 'sla.goal',
      kind: 'share',
      value: s.sla.goal,
    },
  ];
}
