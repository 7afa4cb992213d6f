import { describe, expect, it } from 'vitest';
import { encodePlans, readPlans, type PlanLink } from '../../src/viz/plan-link.js';
import { encodeState, readLink } from '../../src/viz/url-state.js';

const today: PlanLink = { name: 'Today', scenarioName: 'baseline.json', raw: { name: 'Baseline', seed: 1 } };
const more: PlanLink = {
  name: 'Plus d’ingénieurs — été 🌞',
  scenarioName: 'mon scénario.json',
  raw: { name: 'Équipe', pools: { router: { staff: 9 } } },
};

/** A link's hash with `json` as its plans part, as a hand-edited or broken link would have it. */
const withPlans = (json: string, c = '') =>
  `${encodeState({ name: 'baseline.json', raw: {} })}&p=${Buffer.from(json).toString('base64url')}${c}`;

describe('the pinned plans in a link', () => {
  it('reads back the plans and the one compared with, non-ASCII names included', () => {
    const hash = encodeState({ name: 'baseline.json', raw: { seed: 2 } }) + encodePlans([today, more], 1);
    expect(readPlans(hash)).toEqual({ plans: [today, more], selected: 1, problems: [] });
    // The scenario's parts are read as before.
    expect(readLink(hash)).toEqual({ kind: 'scenario', name: 'baseline.json', raw: { seed: 2 } });
  });

  it('writes nothing for no plans, and reads a link without plans as having none', () => {
    expect(encodePlans([], null)).toBe('');
    const old = encodeState({ name: 'baseline.json', raw: { seed: 2 } });
    expect(readPlans(old)).toEqual({ plans: [], selected: null, problems: [] });
    expect(readPlans('')).toEqual({ plans: [], selected: null, problems: [] });
  });

  it('writes only the name, the scenario name and the scenario of each plan', () => {
    const withRun = { ...today, run: { results: [1, 2, 3] } };
    expect(readPlans(encodePlans([withRun], 0)).plans).toEqual([today]);
  });

  it('says why plans part cannot be read, and keeps every plan that can', () => {
    const whole = encodePlans([today, more], 0);
    expect(readPlans(whole.slice(0, whole.length - 10)).problems).toEqual([
      'the plans in it cannot be read (is the link cut short?)',
    ]);
    expect(readPlans(withPlans('{"name":"x"}')).problems).toEqual(['the plans in it are not a list']);
    const mixed = readPlans(
      withPlans(
        JSON.stringify([
          today,
          { name: '', scenarioName: 'a.json', raw: {} },
          { name: 'No file', raw: {} },
          { name: 'No JSON', scenarioName: 'a.json' },
          'Plan 5',
          more,
        ]),
        '&c=5',
      ),
    );
    expect(mixed.plans).toEqual([today, more]);
    expect(mixed.problems).toEqual([
      'the plan 2 has no name',
      'the plan 3 (“No file”) names no scenario file',
      'the plan 4 (“No JSON”) has no scenario',
      'the plan 5 is not a plan',
    ]);
    // The sixth entry of the link is the second plan kept.
    expect(mixed.selected).toBe(1);
  });

  it('compares with no plan when the one named was left out or is not there, and says so when not there', () => {
    const bad = JSON.stringify([{ name: 'Broken' }, today]);
    expect(readPlans(withPlans(bad, '&c=0'))).toMatchObject({ plans: [today], selected: null });
    expect(readPlans(withPlans(JSON.stringify([today]), '&c=3'))).toEqual({
      plans: [today],
      selected: null,
      problems: ['the plan to compare with (“3”) is not one of them'],
    });
    expect(readPlans(withPlans(JSON.stringify([today]), '&c=first')).problems).toHaveLength(1);
  });
});
