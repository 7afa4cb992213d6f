import { describe, expect, it } from 'vitest';
import { parseScenario } from '../src/sim/scenario/index.js';

const load = (raw: object) => parseScenario({ name: 'x', textbook: true, ...raw }, { file: 'x.json' });
const exponential = (mean: number) => ({ dist: 'exponential', mean });

describe('textbook mode', () => {
  it('switches every realism feature off', () => {
    const s = load({});
    expect(s.pools.router.patience).toBeNull();
    expect(s.pools.router.triage).toEqual(exponential(5));
    expect(s.pools.se.work).toEqual({ A: exponential(240), B: exponential(180), C: exponential(120) });
    expect(s.pools.pods.work).toEqual({ A: exponential(180), B: exponential(180), C: exponential(120) });
    expect(s.pools.beta.work.B).toEqual(exponential(240));
    expect(s.pools.problemControl.work.C).toEqual(exponential(600));
    expect(s.pools.escalation.work.A).toEqual(exponential(960));
    expect(s.pools.escalationManagers.work.A).toEqual(exponential(120));
    expect(s.pools.tams.schedule.name).toBe('24x7');
    expect(s.arrivals.mix.contract).toEqual({ standard: 1, premier: 0, tier3: 0 });
  });

  it('lets a field given explicitly win', () => {
    const s = load({
      pools: { router: { shrinkage: 0.2, schedule: 'business' }, se: { sessions: 2 } },
      arrivals: { betaShare: 0.1 },
    });
    expect(s.pools.router.shrinkage).toBe(0.2);
    expect(s.pools.router.schedule.name).toBe('business');
    expect(s.pools.router.misrouteShare).toBe(0); // still textbook beside the explicit fields
    expect(s.pools.se.sessions).toBe(2);
    expect(s.arrivals.betaShare).toBe(0.1);
  });

  it('keeps the textbook work of the severities a file leaves out', () => {
    const s = load({ pools: { se: { work: { C: { dist: 'exponential', mean: '25m' } } } } });
    expect(s.pools.se.work).toEqual({ A: exponential(240), B: exponential(180), C: exponential(25) });
  });

  it('replaces a distribution whole rather than merging its parameters', () => {
    const s = load({
      pools: {
        router: { triage: { dist: 'lognormal', mean: '6m', sd: '2m' } },
        beta: { work: { dist: 'constant', value: 30 } },
      },
    });
    expect(s.pools.router.triage).toEqual({ dist: 'lognormal', mean: 6, sd: 2 });
    const constant = { dist: 'constant', value: 30 };
    expect(s.pools.beta.work).toEqual({ A: constant, B: constant, C: constant });
  });

  it('replaces a mix whole: { "premier": 1 } means premier only', () => {
    const s = load({ arrivals: { mix: { contract: { premier: 1 } } } });
    expect(s.arrivals.mix.contract).toEqual({ standard: 0, premier: 1, tier3: 0 });
  });

  it('lets a file turn one customer wait or age limit back on', () => {
    const s = load({
      pools: { se: { customerWait: { A: { dist: 'exponential', mean: '1h' } } } },
      escalation: { escalateAfter: { B: '2d' } },
    });
    expect(s.pools.se.customerWait).toEqual({ A: exponential(60), B: null, C: null });
    expect(s.escalation.escalateAfter).toEqual({ A: null, B: 2880, C: null });
  });

  it('replaces a schedule whole', () => {
    const shifts = [{ days: 'Mon-Fri', start: '09:00', end: '17:00', share: 1 }];
    const s = load({ pools: { se: { schedule: { shifts } } } });
    expect(s.pools.se.schedule).toEqual({
      name: 'custom',
      shifts: [{ name: 'shift 1', days: [0, 1, 2, 3, 4], startMinute: 540, endMinute: 1020, share: 1 }],
    });
  });

  it('is off unless textbook is exactly true', () => {
    const s = parseScenario({ name: 'x', textbook: false }, { file: 'x.json' });
    expect(s.pools.router.patience).toEqual(exponential(15));
    expect(() => parseScenario({ name: 'x', textbook: 'yes' }, { file: 'x.json' })).toThrow(
      'x.json: textbook: expected true or false, got "yes"',
    );
  });
});
