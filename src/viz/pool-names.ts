/** The staffed pools of `pools` (each has a schedule, hours per week and shrinkage), as the form names them. */
export const STAFFED_POOLS = [
  ['router', 'Routers'],
  ['se', 'Support engineers'],
  ['pods', 'Pod members'],
  ['beta', 'Beta SEs'],
  ['problemControl', 'Problem Control'],
  ['escalation', 'Escalation engineers'],
  ['escalationManagers', 'Escalation managers'],
  ['tams', 'TAMs'],
] as const;

/** A key of {@link STAFFED_POOLS}. */
export type StaffedPool = (typeof STAFFED_POOLS)[number][0];

/** The page's name of each role (of headcount and costs). */
export const ROLE_NAMES: Readonly<Record<string, string>> = {
  router: 'Routers',
  se: 'Support engineers',
  tl: 'Technical leads',
  teamManager: 'Team managers',
  pod: 'Pod engineers',
  beta: 'Beta SEs',
  problemControl: 'Problem Control',
  escalation: 'Escalation engineers',
  escalationManager: 'Escalation managers',
  tam: 'TAMs',
};
