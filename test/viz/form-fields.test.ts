import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/sim/index.js';
import { BUNDLED_SCENARIOS } from '../../src/viz/bundled.js';
import { clockText, durationText, fieldText, fieldValue, type FormField } from '../../src/viz/form-field.js';
import { formFields } from '../../src/viz/form-fields.js';
import { FormWrites } from '../../src/viz/form-writes.js';
import { checkScenario, withValue, writtenScenario } from '../../src/viz/scenario-source.js';

/** A scenario's form (as the page builds it for the file `scenarios/<file>`), and its parse. */
function formOf(raw: unknown, file = 'test.json'): { fields: FormField[]; scenario: Scenario } {
  const checked = checkScenario(raw, `scenarios/${file}`);
  if (!checked.ok) throw new Error(checked.message);
  return {
    fields: formFields(checked.scenario, writtenScenario(raw, `scenarios/${file}`)),
    scenario: checked.scenario,
  };
}

const shipped = (file: string) => formOf(BUNDLED_SCENARIOS.get(file), file);
const at = (fields: readonly FormField[], path: string) => {
  const found = fields.find((f) => f.path === path);
  if (!found) throw new Error(`no field ${path}`);
  return found;
};

/** `raw` after typing `text` in each field in turn, as the page writes it, and its parse. */
function typed(raw: unknown, file: string, edits: [string, string][]): Scenario {
  const { fields } = formOf(raw, file);
  const writes = new FormWrites();
  let now = raw;
  for (const [path, text] of edits) {
    const edit = writes.edit(at(fields, path), text);
    now = withValue(now, edit.path, edit.value);
  }
  const checked = checkScenario(now, `scenarios/${file}`);
  if (!checked.ok) throw new Error(checked.message);
  return checked.scenario;
}

describe('the handle times of the form', () => {
  it('shows each distribution as the file writes it: a row per severity, or one for every severity', () => {
    const { fields } = shipped('baseline.json');
    const seB = at(fields, 'pools.se.work.B.mean');
    expect(seB).toMatchObject({
      group: 'Handle times',
      row: 'Sev B',
      rowNote: 'lognormal',
      kind: 'duration',
    });
    expect(fieldText(seB)).toBe('2.5h');
    expect(fieldText(at(fields, 'pools.se.work.B.sd'))).toBe('1.5h');
    expect(seB.whole).toEqual({
      path: 'pools.se.work.B',
      value: { dist: 'lognormal', mean: '2.5h', sd: '1.5h' },
      at: ['mean'],
    });
    // Problem Control writes one distribution for every severity; escalation managers an exponential.
    expect(at(fields, 'pools.problemControl.work.mean').row).toBe('Every severity');
    expect(fields.some((f) => f.path === 'pools.problemControl.work.A.mean')).toBe(false);
    expect(fields.some((f) => f.path === 'pools.escalationManagers.work.sd')).toBe(false);
    expect(fieldText(at(fields, 'pools.router.triage.sd'))).toBe('3m');
  });

  it('writes a distribution whole, keeping its family and the parameter not edited', () => {
    const raw = BUNDLED_SCENARIOS.get('baseline.json');
    const s = typed(raw, 'baseline.json', [
      ['pools.se.work.B.mean', '5h'],
      ['pools.problemControl.work.sd', '90'],
      ['pools.problemControl.work.mean', '12h'],
    ]);
    expect(s.pools.se.work.B).toMatchObject({ dist: 'lognormal', mean: 300, sd: 90 });
    expect(s.pools.se.work.A).toMatchObject({ dist: 'lognormal', mean: 180, sd: 120 });
    for (const sev of ['A', 'B', 'C'] as const)
      expect(s.pools.problemControl.work[sev]).toMatchObject({ dist: 'lognormal', mean: 720, sd: 90 });
  });

  it('writes a default or inherited distribution whole, from the scenario, into the file', () => {
    // No work in the file: Problem Control's default is the same for every severity, the SEs' is not.
    const bare = formOf({ name: 'Bare' }).fields;
    expect(at(bare, 'pools.problemControl.work.mean').whole?.value).toEqual({
      dist: 'lognormal',
      mean: '10h',
      sd: '8h',
    });
    expect(fieldText(at(bare, 'pools.se.work.A.mean'))).toBe('4h');
    const s = typed({ name: 'Bare' }, 'bare.json', [['pools.problemControl.work.mean', '2h']]);
    expect(s.pools.problemControl.work.B).toMatchObject({ dist: 'lognormal', mean: 120, sd: 480 });
    // An overlay inherits its base's; the edit lands in the overlay and the base's sd stays.
    const routerCut = BUNDLED_SCENARIOS.get('router-cut.json');
    const cut = typed(routerCut, 'router-cut.json', [['pools.escalation.work.mean', '20h']]);
    expect(cut.pools.escalation.work.C).toMatchObject({ mean: 1200, sd: 720 });
    expect(cut.pools.router.staff).toBe(12);
  });

  it('keeps a textbook file’s exponential times exponential', () => {
    const { fields } = shipped('textbook-tiers.json');
    // The file writes Sev C; A and B are the textbook's.
    expect(at(fields, 'pools.se.work.C.mean').rowNote).toBe('exponential');
    expect(fieldText(at(fields, 'pools.se.work.A.mean'))).toBe('4h');
    expect(fields.some((f) => f.path === 'pools.se.work.A.sd')).toBe(false);
    const s = typed(BUNDLED_SCENARIOS.get('textbook-tiers.json'), 'textbook-tiers.json', [
      ['pools.se.work.A.mean', '5h'],
    ]);
    expect(s.pools.se.work.A).toEqual({ dist: 'exponential', mean: 300 });
    expect(s.pools.se.work.B).toEqual({ dist: 'exponential', mean: 180 });
  });

  it('shows a CSV (empirical) distribution read-only, with a note', () => {
    const { fields } = shipped('trace-replay.json');
    const triage = at(fields, 'pools.router.triage');
    expect(triage.kind).toBe('fixed');
    expect(fieldText(triage)).toBe('../data/triage-minutes.csv, column triageMinutes');
    expect(triage.hint).toMatch(/CSV file/);
    expect(triage.whole).toBeUndefined();
  });
});

describe('the other new fields of the form', () => {
  it('has shrinkage, schedules, escalation, contract targets, costs and the seed, with the scenario’s values', () => {
    const { fields } = shipped('baseline.json');
    expect(at(fields, 'pools.se.shrinkage')).toMatchObject({ group: 'Staffing', value: 0.35 });
    expect(at(fields, 'pools.router.schedule')).toMatchObject({
      group: 'Schedules',
      kind: 'choice',
      value: 'router-shifts',
      choices: ['24x7', 'business', 'router-shifts', 'se-follow-the-sun'],
    });
    expect(at(fields, 'pools.se.hoursPerWeek').value).toBe(40);
    expect(at(fields, 'escalation.toProblemControl').value).toBe(0.05);
    expect(fieldText(at(fields, 'escalation.escalateAfter.B'))).toBe('5d');
    expect(fieldText(at(fields, 'sla.firstResponseByContract.premier.B'))).toBe('1.5h');
    expect(fieldText(at(fields, 'sla.firstResponseByContract.standard.A'))).toBe('');
    // From data/role-costs.csv, and a hint that says so.
    expect(at(fields, 'costs.router').value).toBe(38);
    expect(at(fields, 'costs.router').sectionNote).toMatch(/role-costs\.csv/);
    expect(fieldText(at(fields, 'costs.premiums.nightStart'))).toBe('20:00');
    expect(at(fields, 'seed').value).toBe(2026);
    expect(at(fields, 'arrivals.mix.severityAfterHours.A').value).toBe(0.072);
    // Each group's fields together, in the form's order.
    const groups = fields.map((f) => f.group).filter((g, i, all) => g !== all[i - 1]);
    expect(groups).toEqual([
      'Staffing',
      'Demand',
      'Handle times',
      'Schedules',
      'Escalation',
      'Service targets',
      'Costs',
      'Run',
    ]);
  });

  it('writes the shares of a named schedule as its whole list of shifts, in an overlay too', () => {
    const { fields } = shipped('router-cut.json');
    const night = at(fields, 'schedules.router-shifts.shifts[1].share');
    expect(night).toMatchObject({ label: 'night', hint: 'Mon-Sun 19:00-07:00', value: 0.26 });
    const s = typed(BUNDLED_SCENARIOS.get('router-cut.json'), 'router-cut.json', [
      ['schedules.router-shifts.shifts[0].share', '0.53'],
      ['schedules.router-shifts.shifts[1].share', '0.36'],
    ]);
    expect(s.schedules['router-shifts'].shifts.map((shift) => shift.share)).toEqual([0.53, 0.36, 0.11]);
    expect(s.schedules['router-shifts'].shifts[2].name).toBe('weekend day');
  });

  it('says "never" for no escalation by age in a file of its own, not in one that extends another', () => {
    const own = formOf({ name: 'Own', escalation: { escalateAfter: { A: null } } }).fields;
    expect(fieldText(at(own, 'escalation.escalateAfter.A'))).toBe('never');
    expect(at(own, 'escalation.escalateAfter.A').none).toBe('never');
    expect(at(shipped('router-cut.json').fields, 'escalation.escalateAfter.A').none).toBeUndefined();
  });

  it('turns texts into JSON values: numbers, durations and times as typed, the no-value text into null', () => {
    expect(fieldValue('duration', ' 90 ')).toBe(90);
    expect(fieldValue('duration', '4h')).toBe('4h');
    expect(fieldValue('duration', 'never', 'never')).toBeNull();
    expect(fieldValue('duration', '', '')).toBeNull();
    expect(fieldValue('whole', 'ten')).toBe('ten');
    expect(fieldValue('clock', '20:00')).toBe('20:00');
    expect(fieldValue('choice', '24x7')).toBe('24x7');
  });

  it('shows durations with a unit and times of day as HH:MM', () => {
    expect([60, 90, 150, 45, 1440, 2160, 14400, 720, 137.25, 0].map(durationText)).toEqual([
      '1h',
      '1.5h',
      '2.5h',
      '45m',
      '1d',
      '1.5d',
      '10d',
      '12h',
      '137.25m',
      '0m',
    ]);
    expect(durationText(1e-7)).toBe('1e-7');
    expect([0, 360, 1200, 1440].map(clockText)).toEqual(['00:00', '06:00', '20:00', '24:00']);
  });
});
