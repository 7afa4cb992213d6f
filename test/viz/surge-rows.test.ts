import { describe, expect, it } from 'vitest';
import { BUNDLED_SCENARIOS } from '../../src/viz/bundled.js';
import { fieldText } from '../../src/viz/form-field.js';
import { FormWrites } from '../../src/viz/form-writes.js';
import { invalidForm, issueIsAbout } from '../../src/viz/invalid-form.js';
import { checkScenario, withValue } from '../../src/viz/scenario-source.js';
import { SURGES_PATH, surgeFields, withNewSurge, withoutSurge } from '../../src/viz/surge-rows.js';

describe('surge rows', () => {
  const launch = { fromDay: 14, toDay: 21, volumeFactor: 1.3, betaShare: 0.25 };

  it('are a row per surge of from day, to day and volume factor, written with the whole list', () => {
    const fields = surgeFields([launch]);
    expect(fields.map((f) => [f.path, fieldText(f)])).toEqual([
      ['arrivals.surges[0].fromDay', '14'],
      ['arrivals.surges[0].toDay', '21'],
      ['arrivals.surges[0].volumeFactor', '1.3'],
    ]);
    const edit = new FormWrites().edit(fields[2], '2');
    // The surge's own beta share stays.
    expect(edit).toEqual({ path: SURGES_PATH, value: [{ ...launch, volumeFactor: 2 }] });
  });

  it('are added after the last one and removed by their index', () => {
    expect(withNewSurge([])).toEqual([{ fromDay: 7, toDay: 14, volumeFactor: 1.5 }]);
    const two = withNewSurge([launch]);
    expect(two[1]).toEqual({ fromDay: 21, toDay: 28, volumeFactor: 1.5 });
    expect(withoutSurge(two, 0)).toEqual([two[1]]);
    const raw = withValue(BUNDLED_SCENARIOS.get('baseline.json'), SURGES_PATH, two);
    const checked = checkScenario(raw, 'scenarios/baseline.json');
    expect(checked.ok && checked.scenario.arrivals.surges.length).toBe(2);
  });

  it('open a broken file in the form with the wrong day shown and the issue about its field', () => {
    const raw = {
      extends: 'baseline.json',
      name: 'Broken surge',
      arrivals: { surges: [{ fromDay: 5, toDay: 3 }] },
    };
    const checked = checkScenario(raw, 'scenarios/broken.json');
    if (checked.ok) throw new Error('expected issues');
    expect(checked.issues.map((i) => i.path)).toEqual(['arrivals.surges[0].toDay']);
    const fields = invalidForm(raw, 'scenarios/broken.json', checked.issues);
    const toDay = fields?.find((f) => f.path === 'arrivals.surges[0].toDay');
    expect(toDay?.text).toBe('3');
    expect(issueIsAbout(checked.issues[0].path, toDay?.path ?? '')).toBe(true);
  });
});
