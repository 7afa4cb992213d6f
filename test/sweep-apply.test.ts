import { describe, expect, it } from 'vitest';
import { applyValues } from '../src/cli/sweep/apply.js';
import { UserError } from '../src/cli/user-error.js';
import { scenarioFrom } from './support/scenario.js';

describe('applying a variant to a scenario', () => {
  it('sets existing fields and leaves the rest as it was', () => {
    const raw = { name: 'x', arrivals: { casesPerHour: 8.5, betaShare: 0.03 } };
    expect(applyValues(raw, [{ path: 'arrivals.casesPerHour', value: 25 }])).toEqual({
      name: 'x',
      arrivals: { casesPerHour: 25, betaShare: 0.03 },
    });
  });

  it('creates the objects a file leaves out, so the scenario parses with the value', () => {
    const raw = { name: 'x' };
    const varied = applyValues(raw, [
      { path: 'pools.se.specialties.XADM.teams', value: 2 },
      { path: 'pools.se.specialties.XADM.sesPerTeam', value: 10 },
    ]);
    expect(varied).toEqual({
      name: 'x',
      pools: { se: { specialties: { XADM: { teams: 2, sesPerTeam: 10 } } } },
    });
    expect(scenarioFrom(varied as Record<string, unknown>).pools.se.specialties.XADM).toEqual({
      teams: 2,
      sesPerTeam: 10,
    });
  });

  it('does not change its input', () => {
    const raw = { name: 'x', pools: { router: { staff: 3 } } };
    const before = structuredClone(raw);
    const varied = applyValues(raw, [
      { path: 'pools.router.staff', value: 5 },
      { path: 'pools.se.sessions', value: 2 },
    ]);
    expect(raw).toEqual(before);
    expect(varied).toEqual({ name: 'x', pools: { router: { staff: 5 }, se: { sessions: 2 } } });
  });

  it('refuses a path through a number, naming the path', () => {
    const raw = { name: 'x', arrivals: { casesPerHour: 8.5 } };
    expect(() => applyValues(raw, [{ path: 'arrivals.casesPerHour.peak', value: 1 }])).toThrow(
      new UserError('cannot set arrivals.casesPerHour.peak: arrivals.casesPerHour is 8.5, not an object'),
    );
  });

  it('refuses a path through a list, a string or null', () => {
    const raw = {
      name: 'x',
      specialties: ['XADM'],
      pools: { se: { work: { A: '3h' } } },
      escalation: { escalateAfter: { A: null } },
    };
    expect(() => applyValues(raw, [{ path: 'specialties.XADM', value: 1 }])).toThrow(
      'cannot set specialties.XADM: specialties is a list, not an object',
    );
    expect(() => applyValues(raw, [{ path: 'pools.se.work.A.mean', value: 1 }])).toThrow(
      'cannot set pools.se.work.A.mean: pools.se.work.A is "3h", not an object',
    );
    expect(() => applyValues(raw, [{ path: 'escalation.escalateAfter.A.x', value: 1 }])).toThrow(
      'cannot set escalation.escalateAfter.A.x: escalation.escalateAfter.A is null, not an object',
    );
  });

  it('leaves a value that is not allowed to parseScenario, which names the field', () => {
    const varied = applyValues({ name: 'x' }, [{ path: 'pools.router.staff', value: -2 }]);
    expect(() => scenarioFrom(varied as Record<string, unknown>)).toThrow(
      'scenarios/test.json: pools.router.staff: expected a whole number >= 0, got -2',
    );
  });
});
