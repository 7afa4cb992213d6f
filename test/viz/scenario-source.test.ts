import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_SCENARIOS, bundledReader } from '../../src/viz/bundled.js';
import { checkScenario, withValue } from '../../src/viz/scenario-source.js';
import { scenarioFile } from '../support/scenario.js';

describe('the scenarios the app bundles', () => {
  it('lists the scenarios of scenarios/ (not the JSON Schemas), the baseline first', () => {
    const names = [...BUNDLED_SCENARIOS.keys()];
    expect(names[0]).toBe('baseline.json');
    expect(names).toContain('router-cut.json');
    expect(names.some((name) => name.includes('schema'))).toBe(false);
  });

  it('resolves every bundled overlay to what the CLI loads from disk', () => {
    for (const [name, raw] of BUNDLED_SCENARIOS) {
      const checked = checkScenario(raw, `scenarios/${name}`);
      expect(checked.ok, name).toBe(true);
      if (checked.ok) expect(checked.scenario, name).toEqual(scenarioFile(`scenarios/${name}`));
    }
  });

  it('resolves the teaching overlays of the floor plan by their name in scenarios/', () => {
    const raw: unknown = JSON.parse(readFileSync('scenarios/teach/quiet-day.json', 'utf8'));
    const checked = checkScenario(raw, 'teach/quiet-day.json');
    expect(checked.ok && checked.scenario).toEqual(scenarioFile('scenarios/teach/quiet-day.json'));
  });

  it('lets an uploaded file extend a bundled scenario by its name or path', () => {
    for (const base of ['baseline.json', './router-cut.json', '../baseline.json', 'teach/quiet-day.json']) {
      const upload = { extends: base, name: 'Uploaded', pools: { router: { staff: 3 } } };
      const checked = checkScenario(upload, 'scenarios/my-upload.json');
      expect(checked.ok, base).toBe(true);
      if (checked.ok) {
        expect(checked.scenario.pools.router.staff).toBe(3);
        expect(checked.scenario.arrivals.weeklyProfile?.weights, base).toHaveLength(168);
      }
    }
  });

  it('names the missing file and the extends field when an upload extends nothing bundled', () => {
    const checked = checkScenario({ extends: 'elsewhere.json', name: 'x' }, 'scenarios/up.json');
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(checked.message).toBe(
        'scenarios/up.json: extends: cannot read scenarios/elsewhere.json (no such file)',
      );
    expect(() => bundledReader('scenarios/up.json')('nothing.csv')).toThrow('not among the app');
  });

  it('edits a field of an overlay: the form’s value wins over the base', () => {
    const raw = BUNDLED_SCENARIOS.get('router-cut.json');
    const edited = withValue(raw, 'pools.se.specialties.XADM.sesPerTeam', 10);
    const checked = checkScenario(edited, 'scenarios/router-cut.json');
    expect(checked.ok && checked.scenario.pools.se.specialties.XADM).toEqual({ teams: 3, sesPerTeam: 10 });
    expect(checked.ok && checked.scenario.pools.router.staff).toBe(12);
  });
});
