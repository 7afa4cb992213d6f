import { describe, expect, it } from 'vitest';
import { parseDuration, parseScenario } from '../src/sim/scenario/index.js';

describe('parseDuration', () => {
  it('reads "90m" as 90, "4h" as 240, "2d" as 2880 and "1.5h" as 90 minutes', () => {
    expect(parseDuration('90m')).toBe(90);
    expect(parseDuration('4h')).toBe(240);
    expect(parseDuration('2d')).toBe(2880);
    expect(parseDuration('1.5h')).toBe(90);
  });

  it('reads "30min" as 30 and a bare number as minutes', () => {
    expect(parseDuration('30min')).toBe(30);
    expect(parseDuration(25)).toBe(25);
    expect(parseDuration(0)).toBe(0);
  });

  it('refuses "4 hours", a unitless string and negative minutes with the format hint', () => {
    expect(() => parseDuration('4 hours')).toThrow(
      'expected a duration (minutes, or "90m"/"4h"/"2d"), got "4 hours"',
    );
    expect(() => parseDuration('90')).toThrow('got "90"');
    expect(() => parseDuration(-1)).toThrow('got -1');
  });

  it('turns duration fields of a scenario into minutes', () => {
    const scenario = parseScenario(
      {
        name: 'x',
        sla: { firstResponse: { A: '30min', B: 90, C: '1d' } },
        pools: { pods: { crossSkillAfter: '1.5h' } },
        escalation: { escalateAfter: { A: '4h', B: null } },
      },
      { file: 'x.json' },
    );
    expect(scenario.sla.firstResponse).toEqual({ A: 30, B: 90, C: 1440 });
    expect(scenario.pools.pods.crossSkillAfter).toBe(90);
    expect(scenario.escalation.escalateAfter).toEqual({ A: 240, B: null, C: 7200 });
  });

  it('names the field of a bad duration', () => {
    expect(() =>
      parseScenario({ name: 'x', sla: { firstResponse: { B: '4 hours' } } }, { file: 'x.json' }),
    ).toThrow(
      'x.json: sla.firstResponse.B: expected a duration (minutes, or "90m"/"4h"/"2d"), got "4 hours"',
    );
  });
});
