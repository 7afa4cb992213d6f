import { describe, expect, it } from 'vitest';
import { invalidForm, issueIsAbout, valueAt } from '../../src/viz/invalid-form.js';
import { checkScenario } from '../../src/viz/scenario-source.js';

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
