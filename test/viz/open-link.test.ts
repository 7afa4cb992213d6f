import { describe, expect, it } from 'vitest';
import { whatToOpen } from '../../src/viz/open-link.js';
import { encodePlans } from '../../src/viz/plan-link.js';
import { encodeState } from '../../src/viz/url-state.js';

const shipped = new Map<string, unknown>([
  ['baseline.json', { name: 'Baseline' }],
  ['router-cut.json', { name: 'Router cut' }],
]);
const fallback = { name: 'baseline.json', raw: { name: 'Baseline' } };
const plan = { name: 'Today', scenarioName: 'baseline.json', raw: { seed: 1 } };

describe('what a link opens', () => {
  it('opens the scenario of a link with the plans it holds', () => {
    const hash = encodeState({ name: 'mine.json', raw: { seed: 3 } }) + encodePlans([plan], 0);
    expect(whatToOpen(hash, shipped, fallback)).toEqual({
      name: 'mine.json',
      raw: { seed: 3 },
      plans: { plans: [plan], selected: 0, problems: [] },
      notice: null,
    });
  });

  it('opens a shipped scenario by its name, with or without .json, and its plans', () => {
    const opened = whatToOpen(`#s=router-cut${encodePlans([plan], null)}`, shipped, fallback);
    expect(opened).toMatchObject({ name: 'router-cut.json', raw: { name: 'Router cut' }, notice: null });
    expect(opened.plans.plans).toEqual([plan]);
  });

  it('pins a link’s plans again even when its scenario is one the app does not have or cannot read', () => {
    const plans = encodePlans([plan], 0);
    expect(whatToOpen(`#s=nowhere.json${plans}`, shipped, fallback).plans.plans).toEqual([plan]);
    expect(whatToOpen(`#s=baseline.json&j=%%%${plans}`, shipped, fallback).plans).toEqual({
      plans: [plan],
      selected: 0,
      problems: [],
    });
  });

  it('opens the baseline, saying why, for a link it cannot follow, and quietly for no link', () => {
    const unknown = whatToOpen('#s=nowhere.json', shipped, fallback);
    expect(unknown).toMatchObject(fallback);
    expect(unknown.notice).toBe(
      'This link names the scenario “nowhere.json”, which the app does not have (it has baseline, router-cut); the baseline is shown instead.',
    );
    expect(whatToOpen('#s=baseline.json&j=', shipped, fallback).notice).toBe(
      'This link could not be opened: the scenario in it is empty. The baseline is shown instead.',
    );
    expect(whatToOpen('', shipped, fallback)).toEqual({
      ...fallback,
      plans: { plans: [], selected: null, problems: [] },
      notice: null,
    });
  });
});
