import { describe, expect, it } from 'vitest';
import { FormWrites } from '../../src/viz/form-writes.js';
import { invalidForm, issueIsAbout } from '../../src/viz/invalid-form.js';
import { valueAt } from '../../src/viz/json-path.js';
import { checkScenario, withValue } from '../../src/viz/scenario-source.js';

/** The form of `raw` as the page builds it after validation failed. */
function formOf(raw: unknown) {
  const checked = checkScenario(raw, 'scenarios/broken.json');
  if (checked.ok) throw new Error('expected a scenario that does not validate');
  return invalidForm(raw, 'scenarios/broken.json', checked.issues);
}

const textAt = (fields: ReturnType<typeof formOf>, path: string) =>
  fields?.find((f) => f.path === path)?.text;

describe('invalidForm', () => {
  it('shows the wrong values as written, and the others as the file has or inherits them', () => {
    const fields = formOf({
      extends: 'baseline.json',
      name: 'Broken',
      pools: { router: { staff: -2 }, se: { specialties: { XADM: { sesPerTeam: 'ten' } } } },
      arrivals: { casesPerHour: 9 },
    });
    expect(textAt(fields, 'pools.router.staff')).toBe('-2');
    expect(textAt(fields, 'pools.se.specialties.XADM.sesPerTeam')).toBe('ten');
    expect(textAt(fields, 'arrivals.casesPerHour')).toBe('9');
    // Inherited from the baseline.
    expect(textAt(fields, 'pools.se.specialties.XCON.sesPerTeam')).toBe('14');
  });

  it('fills what a file leaves out with the defaults', () => {
    const fields = formOf({ name: 'Broken', pools: { router: { staff: -2 } } });
    expect(textAt(fields, 'pools.router.staff')).toBe('-2');
    expect(fields?.length).toBeGreaterThan(10);
  });

  it('has no form for a file the form could not show', () => {
    expect(formOf({ pools: { router: { staff: -2 } } })).toBeNull(); // no name
    expect(formOf([])).toBeNull();
    expect(formOf({ extends: 'nowhere.json', name: 'x' })).toBeNull();
  });

  it('tells which fields an issue is about: the field, or an object it is in', () => {
    expect(issueIsAbout('arrivals.mix.severity', 'arrivals.mix.severity.A')).toBe(true);
    expect(issueIsAbout('pools.router.staff', 'pools.router.staff')).toBe(true);
    expect(issueIsAbout('pools.router.staff', 'pools.router.staffing')).toBe(false);
    expect(issueIsAbout('pools.router', 'pools.routers.staff')).toBe(false);
    expect(issueIsAbout('', 'pools.router.staff')).toBe(false);
  });

  it('reads a value at a dotted path', () => {
    expect(valueAt({ a: { b: 2 } }, 'a.b')).toBe(2);
    expect(valueAt({ a: { b: 2 } }, 'a.c')).toBeUndefined();
    expect(valueAt({ a: 1 }, 'a.b')).toBeUndefined();
  });
});

describe('a broken distribution in a file', () => {
  it('opens in the form with its wrong value, its family and its other parameter as written', () => {
    const raw = {
      extends: 'baseline.json',
      name: 'Broken work',
      pools: { problemControl: { work: { dist: 'gamma', mean: -1, sd: '3h' } }, se: { shrinkage: 1 } },
    };
    const checked = checkScenario(raw, 'scenarios/broken.json');
    if (checked.ok) throw new Error('expected issues');
    const fields = invalidForm(raw, 'scenarios/broken.json', checked.issues);
    const text = (path: string) => fields?.find((f) => f.path === path)?.text;
    expect(text('pools.problemControl.work.mean')).toBe('-1');
    expect(text('pools.problemControl.work.sd')).toBe('3h');
    expect(fields?.find((f) => f.path === 'pools.problemControl.work.mean')?.rowNote).toBe('gamma');
    expect(text('pools.se.shrinkage')).toBe('1');
    // Fixed in the form, it keeps its family.
    const mean = fields!.find((f) => f.path === 'pools.problemControl.work.mean')!;
    const edit = new FormWrites().edit(mean, '6h');
    const fixed = withValue(withValue(raw, edit.path, edit.value), 'pools.se.shrinkage', 0.3);
    const again = checkScenario(fixed, 'scenarios/broken.json');
    expect(again.ok && again.scenario.pools.problemControl.work.A).toMatchObject({
      dist: 'gamma',
      mean: 360,
    });
  });

  it('opens in the form when a parameter is missing', () => {
    const raw = { name: 'No mean', pools: { beta: { work: { dist: 'lognormal', sd: '2h' } } } };
    const checked = checkScenario(raw, 'scenarios/broken.json');
    if (checked.ok) throw new Error('expected issues');
    const fields = invalidForm(raw, 'scenarios/broken.json', checked.issues);
    expect(fields?.find((f) => f.path === 'pools.beta.work.mean')?.text).toBe('');
    expect(fields?.find((f) => f.path === 'pools.beta.work.sd')?.text).toBe('2h');
  });
});
