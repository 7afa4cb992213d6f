import { FORM_GROUPS, type FormField, type FormGroup } from './form-field.js';
import './form.css';
import type { InvalidFormField } from './invalid-form.js';
import { SURGES_PATH } from './surge-rows.js';
import { el } from './dom.js';

/** What the form's elements tell the panel. */
export interface FormHooks {
  /** Whether a group is shown open. */
  isOpen(group: FormGroup): boolean;
  /** The user opened or closed a group. */
  toggled(group: FormGroup, open: boolean): void;
  /** An input now holds `text`. */
  input(field: FormField, text: string): void;
  addSurge(): void;
  removeSurge(index: number): void;
}

/** A note under a group's title. */
const GROUP_NOTES: Partial<Record<FormGroup, string>> = {
  'Handle times':
    'Work per case: durations in minutes, or 90m / 4h / 2d. Each keeps its family (lognormal, exponential...); change a family in the scenario file.',
  Schedules:
    '24x7, business (Mon-Fri 08:00-17:00) or a schedule of the scenario, and the hours each person works a week within it.',
};

/**
 * The input of a field (a select for a choice, text for a value shown read-only), labelled `name`
 * for assistive technology when given.
 */
function control(f: InvalidFormField, hooks: FormHooks, name?: string): HTMLElement {
  const attrs = {
    id: `f-${f.path.replace(/[^A-Za-z0-9]/g, '-')}`,
    name: f.path,
    'data-path': f.path,
    ...(name === undefined ? {} : { 'aria-label': name }),
  };
  if (f.kind === 'choice') {
    const select = el('select', attrs);
    const choices = f.choices ?? [];
    for (const c of choices.includes(f.text) ? choices : [...choices, f.text])
      select.append(el('option', { value: c }, c));
    select.value = f.text;
    select.addEventListener('change', () => hooks.input(f, select.value));
    return select;
  }
  if (f.kind === 'fixed') return el('output', { ...attrs, class: 'fixed-value' }, f.text);
  const input = el('input', {
    ...attrs,
    inputmode: f.kind === 'duration' || f.kind === 'clock' ? 'text' : 'decimal',
  });
  input.value = f.text;
  input.addEventListener('input', () => hooks.input(f, input.value));
  return input;
}

/** One field on a line of its own: label, input, hint. */
function singleRow(f: InvalidFormField, hooks: FormHooks): HTMLElement {
  const row = el('div', { class: f.kind === 'fixed' ? 'field fixed' : 'field' });
  const input = control(f, hooks);
  row.append(el('label', { for: input.id }, f.label), input);
  if (f.hint) row.append(el('span', { class: 'hint' }, f.hint));
  return row;
}

/** Fields sharing a line (a distribution's parameters, a surge): the row's caption, then each labelled input. */
function multiRow(fields: readonly InvalidFormField[], hooks: FormHooks): HTMLElement {
  const first = fields[0];
  const row = el('div', { class: 'field multi' });
  const caption = el('span', { class: 'row-label' }, first.row);
  if (first.rowNote) caption.append(el('small', {}, first.rowNote));
  // At least two columns, so that a lone mean lines up with the means of the rows around it.
  const params = el('div', { class: 'params', style: `--columns: ${Math.max(2, fields.length)}` });
  for (const f of fields) {
    const name = [first.section, first.row, first.rowNote, f.label].filter(Boolean).join(', ');
    const param = el('label', { class: f.kind === 'fixed' ? 'param fixed' : 'param' });
    param.append(el('span', {}, f.label), control(f, hooks, name));
    params.append(param);
  }
  row.append(caption, params);
  const hint = fields.find((f) => f.hint)?.hint;
  if (hint) row.append(el('span', { class: 'hint' }, hint));
  return row;
}

/** The fields as rows under their section headings (consecutive fields of one row share a line). */
function renderRows(body: HTMLElement, fields: readonly InvalidFormField[], hooks: FormHooks): void {
  let section: string | undefined;
  for (let i = 0; i < fields.length;) {
    const f = fields[i];
    if (f.section !== section) {
      section = f.section;
      if (section !== undefined) body.append(el('h3', { class: 'subhead' }, section));
      if (f.sectionNote) body.append(el('p', { class: 'section-note' }, f.sectionNote));
    }
    let j = i + 1;
    while (
      f.row !== undefined &&
      j < fields.length &&
      fields[j].row === f.row &&
      fields[j].section === section
    )
      j++;
    body.append(f.row === undefined ? singleRow(f, hooks) : multiRow(fields.slice(i, j), hooks));
    i = j;
  }
}

/**
 * The surge rows (each with a button that removes it) and a button that adds one, into `box`
 * (emptied first): shown again whole when a row comes or goes.
 */
export function renderSurges(box: HTMLElement, fields: readonly InvalidFormField[], hooks: FormHooks): void {
  box.replaceChildren(el('h3', { class: 'subhead' }, 'Surges'));
  box.append(
    el(
      'p',
      { class: 'section-note' },
      'Days from the start of the run; the volume factor multiplies arrivals.',
    ),
  );
  const rows = new Map<string, InvalidFormField[]>();
  for (const f of fields) rows.set(f.row ?? '', [...(rows.get(f.row ?? '') ?? []), f]);
  [...rows.values()].forEach((row, index) => {
    const line = multiRow(row, hooks);
    const remove = el(
      'button',
      { type: 'button', class: 'remove', 'aria-label': `Remove ${row[0].row}` },
      '✕',
    );
    remove.addEventListener('click', () => hooks.removeSurge(index));
    line.append(remove);
    box.append(line);
  });
  if (rows.size === 0) box.append(el('p', { class: 'section-note' }, 'None: demand follows the usual week.'));
  const add = el('button', { type: 'button', class: 'add-surge', id: 'add-surge' }, 'Add a surge');
  add.addEventListener('click', () => hooks.addSurge());
  box.append(add);
}

/**
 * The form: a collapsible group (details and summary) for each of FORM_GROUPS that has fields,
 * each with its note, section headings and rows; the Demand group ends with the surges.
 */
export function renderGroups(box: HTMLElement, fields: readonly InvalidFormField[], hooks: FormHooks): void {
  box.replaceChildren();
  for (const group of FORM_GROUPS) {
    const own = fields.filter((f) => f.group === group);
    const surges = group === 'Demand';
    if (own.length === 0 && !surges) continue;
    const details = el('details', { class: 'group', 'data-group': group });
    details.open = hooks.isOpen(group);
    details.addEventListener('toggle', () => hooks.toggled(group, details.open));
    const summary = el('summary', {}, group);
    summary.append(el('span', { class: 'to-fix', 'aria-live': 'polite' }));
    details.append(summary);
    const body = el('div', { class: 'group-body' });
    const note = GROUP_NOTES[group];
    if (note) body.append(el('p', { class: 'group-note' }, note));
    renderRows(
      body,
      own.filter((f) => f.whole?.path !== SURGES_PATH),
      hooks,
    );
    if (surges) {
      const box = el('div', { class: 'surges' });
      renderSurges(
        box,
        own.filter((f) => f.whole?.path === SURGES_PATH),
        hooks,
      );
      body.append(box);
    }
    details.append(body);
    box.append(details);
  }
}

/**
 * Shows in each group's title how many of its fields are marked invalid, and opens a group that
 * has some when it had none before (a field to fix is never hidden in a closed group).
 */
export function markGroups(box: HTMLElement): void {
  for (const details of box.querySelectorAll<HTMLDetailsElement>('details.group')) {
    const count = details.querySelectorAll('[aria-invalid="true"]').length;
    const before = Number(details.dataset.invalid ?? '0');
    details.dataset.invalid = String(count);
    const badge = details.querySelector('.to-fix');
    if (badge) badge.textContent = count === 0 ? '' : `${count} to fix`;
    if (count > 0 && before === 0) details.open = true;
  }
}
