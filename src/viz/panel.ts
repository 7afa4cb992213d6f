import { plannedStaffing, type Scenario, type ScenarioIssue } from '../sim/index.js';
import { BUNDLED_SCENARIOS } from './bundled.js';
import { fieldValue, formFields } from './form-fields.js';
import { issueIsAbout, type InvalidFormField } from './invalid-form.js';

/** What the panel asks the app to do. */
export interface PanelActions {
  chooseScenario(name: string): void;
  /** A scenario file, with the CSV files it names and a fit's backtest.csv when given. */
  loadFiles(files: readonly File[]): void;
  edit(path: string, value: unknown): void;
  run(): void;
  cancel(): void;
  pin(): void;
  unpin(): void;
  downloadScenario(): void;
  downloadKpis(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

const ROLE_NAMES: Record<string, string> = {
  router: 'Routers',
  se: 'Support engineers',
  tl: 'Technical leads',
  teamManager: 'Team managers',
  pod: 'Pod engineers',
  beta: 'Beta SEs',
  problemControl: 'Problem Control',
  escalation: 'Escalation engineers',
  escalationManager: 'Escalation managers',
  tam: 'TAMs',
};

/**
 * The scenario panel: choose or load a scenario, edit staffing, demand, targets and the run,
 * see derived headcount and cost per week as you type, errors with their field paths, and run,
 * cancel, pin and download.
 */
export class Panel {
  private readonly errors = el('div', { class: 'errors', role: 'alert', 'aria-live': 'assertive' });
  private readonly derived = el('div', { class: 'derived', 'aria-live': 'polite' });
  private readonly fieldsBox = el('div', { class: 'fields' });
  private readonly select = el('select', { id: 'scenario-select' });
  readonly progress = el('progress', {
    id: 'run-progress',
    max: '1',
    value: '0',
    'aria-label': 'Run progress',
  });
  readonly status = el('p', { class: 'status', id: 'run-status', 'aria-live': 'polite' });
  readonly runButton = el('button', { type: 'button', id: 'run' }, 'Run');
  readonly cancelButton = el('button', { type: 'button', id: 'cancel', disabled: '' }, 'Cancel');
  readonly pinButton = el('button', { type: 'button', id: 'pin', disabled: '' }, 'Pin as plan');
  readonly unpinButton = el('button', { type: 'button', id: 'unpin', hidden: '' }, 'Clear plan');
  private shownFor = '';

  constructor(
    root: HTMLElement,
    private readonly actions: PanelActions,
  ) {
    const chooser = el('div', { class: 'chooser' });
    chooser.append(el('label', { for: 'scenario-select' }, 'Scenario'), this.select);
    for (const name of BUNDLED_SCENARIOS.keys())
      this.select.append(el('option', { value: name }, name.replace(/\.json$/, '')));
    this.select.addEventListener('change', () => actions.chooseScenario(this.select.value));
    const fileLabel = el(
      'label',
      {
        for: 'scenario-file',
        class: 'file',
        title:
          'A scenario JSON file; with it, the CSV files it names and, for a scenario from tiersim fit, its backtest.csv',
      },
      'Load a scenario file (and its CSV files)',
    );
    const file = el('input', {
      type: 'file',
      id: 'scenario-file',
      multiple: '',
      accept: '.json,.csv,application/json,text/csv',
    });
    file.addEventListener('change', () => {
      if (file.files && file.files.length > 0) actions.loadFiles([...file.files]);
      file.value = '';
    });
    chooser.append(fileLabel, file);

    const controls = el('div', { class: 'controls' });
    this.runButton.addEventListener('click', () => actions.run());
    this.cancelButton.addEventListener('click', () => actions.cancel());
    this.pinButton.addEventListener('click', () => actions.pin());
    this.unpinButton.addEventListener('click', () => actions.unpin());
    controls.append(
      this.runButton,
      this.cancelButton,
      this.pinButton,
      this.unpinButton,
      this.progress,
      this.status,
    );

    const downloads = el('div', { class: 'downloads' });
    const dScenario = el('button', { type: 'button', id: 'download-scenario' }, 'Scenario JSON');
    const dKpis = el('button', { type: 'button', id: 'download-kpis' }, 'KPI CSV');
    dScenario.addEventListener('click', () => actions.downloadScenario());
    dKpis.addEventListener('click', () => actions.downloadKpis());
    downloads.append(el('span', {}, 'Download: '), dScenario, dKpis);

    root.append(chooser, controls, this.errors, this.fieldsBox, this.derived, downloads);
  }

  /** Shows the scenario's name in the chooser (a loaded file is added as an option). */
  setScenarioName(name: string): void {
    if (![...this.select.options].some((o) => o.value === name))
      this.select.append(el('option', { value: name }, name.replace(/\.json$/, '')));
    this.select.value = name;
  }

  /** Rebuilds the fields for a (valid) scenario, unless they already show it and one is being edited. */
  showScenario(scenario: Scenario, key: string): void {
    this.showFields(
      formFields(scenario).map((f) => ({ ...f, text: String(f.value) })),
      key,
    );
  }

  /**
   * Rebuilds the fields with the texts given (those of a scenario that does not validate, to be
   * fixed here), unless they already show `key`.
   */
  showFields(fields: readonly InvalidFormField[], key: string): void {
    if (this.shownFor === key) return;
    this.shownFor = key;
    this.fieldsBox.replaceChildren();
    const groups = new Map<string, HTMLFieldSetElement>();
    for (const f of fields) {
      let set = groups.get(f.group);
      if (!set) {
        set = el('fieldset');
        set.append(el('legend', {}, f.group));
        groups.set(f.group, set);
        this.fieldsBox.append(set);
      }
      set.append(this.input(f));
    }
  }

  /** No fields: the scenario has none the form could show (see invalidForm). */
  clearFields(): void {
    this.shownFor = '';
    this.fieldsBox.replaceChildren();
  }

  private input(f: InvalidFormField): HTMLElement {
    const id = `f-${f.path.replace(/[^A-Za-z0-9]/g, '-')}`;
    const row = el('div', { class: 'field' });
    const input = el('input', {
      id,
      name: f.path,
      'data-path': f.path,
      inputmode: f.kind === 'duration' ? 'text' : 'decimal',
    });
    input.value = f.text;
    input.addEventListener('input', () => this.actions.edit(f.path, fieldValue(f.kind, input.value)));
    row.append(el('label', { for: id }, f.label), input);
    if (f.hint) row.append(el('span', { class: 'hint' }, f.hint));
    return row;
  }

  /**
   * Field-path errors (or none). With `inForm` (default) they are the errors of the scenario the
   * fields show: each field an issue is about is marked invalid (red), and an issue no field is
   * about says it must be fixed in the file. Without it they are another scenario's (a file
   * that was not loaded) and no field is marked. `undo` adds a button after the title.
   */
  showErrors(
    issues: readonly ScenarioIssue[],
    title = 'The scenario is not valid; fix these fields to run it:',
    options: { inForm?: boolean; undo?: { label: string; action: () => void } } = {},
  ): void {
    this.errors.replaceChildren();
    const inputs = [...this.fieldsBox.querySelectorAll<HTMLInputElement>('input[data-path]')];
    inputs.forEach((i) => i.removeAttribute('aria-invalid'));
    if (issues.length === 0) return;
    this.errors.append(el('p', {}, title));
    if (options.undo) {
      const { label, action } = options.undo;
      const undo = el('button', { type: 'button', id: 'undo-load' }, label);
      undo.addEventListener('click', action);
      this.errors.append(undo);
    }
    const list = el('ul');
    for (const issue of issues) {
      // An issue in a scenario this one extends names that file.
      const where = issue.file === undefined ? '' : `${issue.file}: `;
      const field = issue.path === '' ? '' : `${issue.path}: `;
      const about =
        options.inForm === false || issue.file !== undefined
          ? []
          : inputs.filter((i) => issueIsAbout(issue.path, i.dataset.path ?? ''));
      about.forEach((i) => i.setAttribute('aria-invalid', 'true'));
      const elsewhere = options.inForm !== false && about.length === 0 ? ' (no field for it here)' : '';
      list.append(el('li', {}, `${where}${field}${issue.message}${elsewhere}`));
    }
    this.errors.append(list);
  }

  /** A problem that is not about a field (unreadable file, bad JSON). */
  showProblem(text: string): void {
    this.errors.replaceChildren(el('p', {}, text));
  }

  /** Derived headcount and cost per week of the scenario as it stands. */
  showDerived(scenario: Scenario): void {
    const roles = plannedStaffing(scenario);
    const table = el('table', { class: 'derived-table' });
    table.append(el('caption', {}, 'Headcount and cost per week (before overtime)'));
    const money = (x: number) => Math.round(x).toLocaleString('en-US');
    for (const r of roles) {
      if (r.headcount === 0) continue;
      const tr = el('tr');
      tr.append(
        el('th', { scope: 'row' }, ROLE_NAMES[r.role] ?? r.role),
        el('td', {}, String(r.headcount)),
        el('td', {}, money(r.costPerWeek)),
      );
      table.append(tr);
    }
    const total = el('tr', { class: 'total' });
    total.append(
      el('th', { scope: 'row' }, 'All roles'),
      el('td', { id: 'derived-headcount' }, String(roles.reduce((a, r) => a + r.headcount, 0))),
      el('td', { id: 'derived-cost' }, money(roles.reduce((a, r) => a + r.costPerWeek, 0))),
    );
    table.append(total);
    this.derived.replaceChildren(table);
  }

  /** No derived staffing: a scenario that was loaded invalid has none to show yet. */
  clearDerived(): void {
    this.derived.replaceChildren();
  }

  setRunning(running: boolean): void {
    this.runButton.disabled = running;
    this.cancelButton.disabled = !running;
  }

  setPinned(pinned: boolean, canPin: boolean): void {
    this.pinButton.disabled = !canPin;
    this.unpinButton.hidden = !pinned;
  }
}
