import { describe, expect, it } from 'vitest';
import { simulateReplication } from '../src/sim/index.js';
import { staffingPlan } from '../src/sim/model/staffing-plan.js';
import { constant, HERE, kpi, oneByOne } from './fixtures/model/harness.js';
import { scenarioFrom } from './support/scenario.js';

// Two XADM teams of one SE: team 1's SE works Monday 08:00-10:00, team 2's 10:00-12:00. Each
// team's TL works the shift of its team. A case at 09:50 (590): triage 590-595, the early SE
// works it 595-655 and then asks a TL; their own TL's shift ended at 10:00.
const scenario = scenarioFrom(
  oneByOne('late-consult-other-team.csv', {
    pools: {
      se: {
        specialties: { XADM: { teams: 2, sesPerTeam: 1 } },
        schedule: {
          shifts: [
            { name: 'early', days: 'Mon', start: '08:00', end: '10:00', share: 0.5 },
            { name: 'late', days: 'Mon', start: '10:00', end: '12:00', share: 0.5 },
          ],
        },
        consultShare: 1,
        consult: constant(20),
      },
    },
  }),
  HERE,
);

describe('teams keep their leads', () => {
  it('puts each team’s TL on the shift its SEs work: team 1 early, team 2 late', () => {
    const leads = staffingPlan(scenario).filter((p) => p.role === 'tl');
    expect(leads.map((p) => [p.name, p.staffing.schedule.shifts.map((s) => s.name)])).toEqual([
      ['tl/XADM/t1', ['early']],
      ['tl/XADM/t2', ['late']],
    ]);
  });

  it('has an SE whose TL is off duty consult the on-duty TL of the other team, at 655, with no overtime', () => {
    const result = simulateReplication(scenario, { replication: 0, trace: true });
    const consults = result.trace!.filter((r) => r.event === 'consult');
    expect(consults.map((r) => [r.at, r.place, r.engineer])).toEqual([[655, 'tl/XADM/t2', 'tl/XADM/t2']]);
    expect(result.trace!.find((r) => r.event === 'resolved')?.at).toBe(675);
    expect(kpi(result, 'overtime.hoursPerWeek', 'pool:tl')).toBe(0);
  });
});
