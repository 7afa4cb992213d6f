import type { Scenario } from '../sim/index.js';
import { costFields } from './form-costs.js';
import { FORM_GROUPS, type FormField, type WrittenScenario } from './form-field.js';
import { handleTimeFields } from './form-handle-times.js';
import { scheduleFields } from './form-schedules.js';
import { escalationFields, targetFields } from './form-targets.js';
import { valueAt } from './json-path.js';
import { STAFFED_POOLS } from './pool-names.js';
import { SURGES_PATH, surgeFields } from './surge-rows.js';

/**
 * The fields the what-if panel offers for a scenario `s`, with their current (defaulted) values,
 * in groups: staffing, demand, handle times, schedules, escalation, service targets, costs and
 * the run. `written` is the scenario's JSON, which decides how fields whose shape a file may
 * choose are shown and written (a distribution or one per severity, a named schedule's shifts,
 * the surges).
 */
export function formFields(s: Scenario, written: WrittenScenario): FormField[] {
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
    ...STAFFED_POOLS.map(([key, name]): FormField => ({
      group: 'Staffing',
      section: 'Shrinkage',
      sectionNote: 'Share of paid time away from cases (training, meetings, leave), below 1.',
      label: name,
      path: `pools.${key}.shrinkage`,
      kind: 'share',
      value: p[key].shrinkage,
    })),
  ];
  const demand: FormField[] = [
    {
      group: 'Demand',
      label: 'Cases per hour',
      path: 'arrivals.casesPerHour',
      kind: 'number',
      value: s.arrivals.casesPerHour,
      hint:
        s.arrivals.trace === null
          ? 'mean over the week'
          : `not used: the cases come from ${s.arrivals.trace.file}`,
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
  const afterHours = s.arrivals.mix.severityAfterHours;
  if (afterHours !== null)
    demand.push(
      ...(['A', 'B', 'C'] as const).map((sev): FormField => ({
        group: 'Demand',
        section: 'After hours',
        sectionNote: 'The severity mix of cases arriving outside business hours (A + B + C = 1).',
        label: `Sev ${sev} share`,
        path: `arrivals.mix.severityAfterHours.${sev}`,
        kind: 'share',
        value: afterHours[sev],
      })),
    );
  const surges = valueAt(written.merged, SURGES_PATH);
  demand.push(...surgeFields(Array.isArray(surges) ? surges : []));
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
    {
      group: 'Run',
      label: 'Seed',
      path: 'seed',
      kind: 'whole',
      value: s.seed,
      hint: 'of every random stream',
    },
  ];
  const fields = [
    ...staffing,
    ...demand,
    ...handleTimeFields(s, written),
    ...scheduleFields(s, written),
    ...escalationFields(s, written),
    ...targetFields(s),
    ...costFields(s),
    ...run,
  ];
  // Grouped in the form's order (a stable sort keeps each group's own order).
  return fields.sort((a, b) => FORM_GROUPS.indexOf(a.group) - FORM_GROUPS.indexOf(b.group));
}
