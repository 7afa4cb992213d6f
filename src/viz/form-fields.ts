import type { Scenario } from '../sim/index.js';

/** What an input holds: whole numbers, numbers, shares, or durations ("90m", "4h" or minutes). */
export type FieldKind = 'whole' | 'number' | 'share' | 'duration';

/** One editable field of the scenario: where it lives in the JSON and how to show it. */
export interface FormField {
  readonly group: 'Staffing' | 'Demand' | 'Service targets' | 'Run';
  readonly label: string;
  /** Dotted path into the scenario JSON (MODEL.md's names). */
  readonly path: string;
  readonly kind: FieldKind;
  /** The value the parsed scenario has now (defaults included). */
  readonly value: number;
  readonly hint?: string;
}

/** The fields the what-if panel offers for a scenario, with their current (defaulted) values. */
export function formFields(s: Scenario): FormField[] {
  const p = s.pools;
  const staffing: FormField[] = [
    {
      group: 'Staffing',
      label: 'Technical routers',
      path: 'pools.router.staff',
      kind: 'whole',
      value: p.router.staff,
    },
    ...s.specialties.flatMap((sp): FormField[] => [
      {
        group: 'Staffing',
        label: `${sp} teams`,
        path: `pools.se.specialties.${sp}.teams`,
        kind: 'whole',
        value: p.se.specialties[sp].teams,
      },
      {
        group: 'Staffing',
        label: `${sp} SEs per team`,
        path: `pools.se.specialties.${sp}.sesPerTeam`,
        kind: 'whole',
        value: p.se.specialties[sp].sesPerTeam,
      },
    ]),
    {
      group: 'Staffing',
      label: '3rd-tier pods',
      path: 'pools.pods.count',
      kind: 'whole',
      value: p.pods.count,
      // The people of one pod, from the scenario (a baseline pod is eight people on a 24x7 rota).
      hint: `of ${s.specialties.reduce((n, sp) => n + (p.pods.members[sp] ?? 0), 0)} people each`,
    },
    { group: 'Staffing', label: 'Beta SEs', path: 'pools.beta.staff', kind: 'whole', value: p.beta.staff },
    {
      group: 'Staffing',
      label: 'Problem Control SEs',
      path: 'pools.problemControl.staff',
      kind: 'whole',
      value: p.problemControl.staff,
    },
    {
      group: 'Staffing',
      label: 'Escalation engineers',
      path: 'pools.escalation.staff',
      kind: 'whole',
      value: p.escalation.staff,
    },
    {
      group: 'Staffing',
      label: 'Escalation managers',
      path: 'pools.escalationManagers.staff',
      kind: 'whole',
      value: p.escalationManagers.staff,
    },
    {
      group: 'Staffing',
      label: 'Accounts per TAM',
      path: 'pools.tams.accountsPerTam',
      kind: 'whole',
      value: p.tams.accountsPerTam,
      hint: 'at most 10',
    },
  ];
  const demand: FormField[] = [
    {
      group: 'Demand',
      label: 'Cases per hour',
      path: 'arrivals.casesPerHour',
      kind: 'number',
      value: s.arrivals.casesPerHour,
      hint: 'mean over the week',
    },
    {
      group: 'Demand',
      label: 'Sev A share',
      path: 'arrivals.mix.severity.A',
      kind: 'share',
      value: s.arrivals.mix.severity.A,
    },
    {
      group: 'Demand',
      label: 'Sev B share',
      path: 'arrivals.mix.severity.B',
      kind: 'share',
      value: s.arrivals.mix.severity.B,
    },
    {
      group: 'Demand',
      label: 'Sev C share',
      path: 'arrivals.mix.severity.C',
      kind: 'share',
      value: s.arrivals.mix.severity.C,
      hint: 'A + B + C = 1',
    },
    {
      group: 'Demand',
      label: 'Beta share',
      path: 'arrivals.betaShare',
      kind: 'share',
      value: s.arrivals.betaShare,
    },
  ];
  const targets: FormField[] = [
    ...(['A', 'B', 'C'] as const).map((sev): FormField => ({
      group: 'Service targets',
      label: `Sev ${sev} first response`,
      path: `sla.firstResponse.${sev}`,
      kind: 'duration',
      value: s.sla.firstResponse[sev],
      hint: 'minutes, or 90m / 4h / 2d',
    })),
    {
      group: 'Service targets',
      label: 'Goal (share in time)',
      path: 'sla.goal',
      kind: 'share',
      value: s.sla.goal,
    },
  ];
  const run: FormField[] = [
    {
      group: 'Run',
      label: 'Days simulated',
      path: 'horizon.days',
      kind: 'number',
      value: s.horizon.days,
      hint: 'warm-up included',
    },
    {
      group: 'Run',
      label: 'Warm-up days',
      path: 'horizon.warmupDays',
      kind: 'number',
      value: s.horizon.warmupDays,
    },
    { group: 'Run', label: 'Replications', path: 'replications', kind: 'whole', value: s.replications },
  ];
  return [...staffing, ...demand, ...targets, ...run];
}

/**
 * What an input's text becomes in the JSON: a number when it reads as one, a duration string
 * like "4h" as it is, anything else as typed, so the validator names the field and says what it
 * expected ("expected a whole number >= 0, got "ten"").
 */
export function fieldValue(kind: FieldKind, text: string): unknown {
  const trimmed = text.trim();
  if (trimmed !== '' && Number.isFinite(Number(trimmed))) return Number(trimmed);
  if (kind === 'duration') return trimmed;
  return trimmed;
}
